// The wall's sound: an AudioContext for the chime, speech for the call line, and the queue that
// keeps announcements in order. Browsers keep audio locked until a user gesture, so `ready` stays
// false (and the board offers its "enable sound" button) until unlock() runs inside a tap — unless
// the browser's autoplay policy lets the context start by itself.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../shared/types.js';
import type { VoiceTemplates } from '../../shared/voice.js';
import { CallAnnouncer, type CallToAnnounce } from './call-announcer.js';
import { playChime } from '../common/chime.js';
import { speakLine, unlockSpeech } from './speech.js';

export class SoundController implements ReactiveController {
  private ctx: AudioContext | null = null;
  /** Set by the "enable sound" tap, even if no audio device answered: the button is shown once. */
  private unlocked = false;
  private readonly announcer = new CallAnnouncer({
    chime: () => (this.ctx?.state === 'running' ? playChime(this.ctx) : Promise.resolve()),
    speak: speakLine,
  });

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** True once sound can play; the board hides its "enable sound" button then. */
  get ready(): boolean {
    return this.unlocked || this.ctx?.state === 'running';
  }

  hostConnected(): void {
    try {
      this.ctx = new AudioContext();
      this.ctx.addEventListener('statechange', () => this.host.requestUpdate());
    } catch {
      this.ctx = null; // No audio output: the board still speaks, if it can, and works visually.
    }
  }

  hostDisconnected(): void {
    void this.ctx?.close();
    this.ctx = null;
  }

  /** Must run inside a user gesture (the "enable sound" tap). */
  unlock(): void {
    this.unlocked = true;
    void this.ctx?.resume();
    unlockSpeech();
    this.host.requestUpdate();
  }

  /** Announces a call if sound is on; silently does nothing before the first tap. */
  announce(call: CallToAnnounce, langs: readonly Lang[], voice: VoiceTemplates): void {
    if (this.ready) this.announcer.announce(call, langs, voice);
  }
}
