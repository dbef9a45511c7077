// The wall's sound: an AudioContext for the chime, the call line in the device's Vietnamese voice —
// or, where it has none, from recorded clips (clip-player.ts) — and the queue that keeps
// announcements in order. Browsers keep audio locked until a gesture in the page, lost at every
// reload, unless their autoplay policy allows it (README: "Wall and kiosk browsers"). So the
// controller says whether sound is on or blocked: blocked, the board shows its small "enable sound"
// badge and tells the server, whose manager board raises an alert.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lang } from '../../shared/types.js';
import { callClips } from '../../shared/voice-clips.js';
import type { VoiceTemplates } from '../../shared/voice.js';
import { CallAnnouncer, type CallToAnnounce } from './call-announcer.js';
import { ClipPlayer } from './clip-player.js';
import { playChime } from '../common/chime.js';
import { hasVoice, speakLine, unlockSpeech } from './speech.js';

/** 'starting' until the browser has had time to let the audio start by itself. */
export type SoundState = 'starting' | 'on' | 'blocked';

/** A context the autoplay policy allows starts within moments; still suspended after this, sound is blocked. */
const SETTLE_MS = 1_500;

export class SoundController implements ReactiveController {
  state: SoundState = 'starting';
  private ctx: AudioContext | null = null;
  /** Set by the "enable sound" tap, even if no audio device answered: the badge is shown once. */
  private unlocked = false;
  /** The browser refused to play a clip: blocked, whatever the context says. */
  private refused = false;
  private settled = false;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly clips = new ClipPlayer();
  private readonly announcer = new CallAnnouncer({
    chime: () => (this.ctx?.state === 'running' ? playChime(this.ctx) : Promise.resolve()),
    speak: (text, lang, call) => (lang === 'vi' && !hasVoice('vi') ? this.playClips(call) : speakLine(text, lang)),
  });

  /** `changed` hears each settled state ('on' or 'blocked') when it changes. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly changed: (state: Exclude<SoundState, 'starting'>) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    try {
      this.ctx = new AudioContext();
      this.ctx.addEventListener('statechange', () => this.update());
    } catch {
      this.ctx = null; // No audio output: the board still speaks, if it can, and works visually.
    }
    this.settleTimer = setTimeout(() => {
      this.settled = true;
      this.update();
    }, SETTLE_MS);
    this.update();
  }

  hostDisconnected(): void {
    clearTimeout(this.settleTimer);
    void this.ctx?.close();
    this.ctx = null;
  }

  /** Must run inside a user gesture (the "enable sound" tap). */
  unlock(): void {
    this.unlocked = true;
    this.refused = false;
    void this.ctx?.resume();
    unlockSpeech();
    this.update();
  }

  /** Announces a call if sound is on; does nothing while it is blocked. */
  announce(call: CallToAnnounce, langs: readonly Lang[], voice: VoiceTemplates): void {
    if (this.state === 'on') this.announcer.announce(call, langs, voice);
  }

  /** The default sentence from clips: a center's own wording cannot be pieced together from them. */
  private async playClips(call: CallToAnnounce): Promise<void> {
    try {
      await this.clips.play(callClips(call.number, call.counterNumber));
    } catch (err) {
      if (err instanceof DOMException && err.name === 'NotAllowedError') {
        this.refused = true;
        this.update();
      }
      throw err;
    }
  }

  private update(): void {
    const on = !this.refused && (this.unlocked || this.ctx?.state === 'running');
    const next: SoundState = on ? 'on' : this.settled || this.refused ? 'blocked' : 'starting';
    if (next === this.state) return;
    this.state = next;
    this.host.requestUpdate();
    if (next !== 'starting') this.changed(next);
  }
}
