// Plays the recorded clips of a call one after another (shared/voice-clips.ts says which), each
// through its own <audio> element, made on first use and kept: a clip already loaded starts at once.
// The clips are Ogg Opus files Vite copies into the build; Chromium plays them without extra codecs.
import type { ClipName } from '../../shared/voice-clips.js';

// A template with one dynamic part: Vite finds every clip of the folder and emits them as files.
const clipUrl = (name: ClipName) => new URL(`./clips/vi/${name}.opus`, import.meta.url).href;

export class ClipPlayer {
  private readonly elements = new Map<ClipName, HTMLAudioElement>();

  /** Resolves once the last clip has ended; rejects as the browser refuses (NotAllowedError: sound is blocked). */
  async play(names: readonly ClipName[]): Promise<void> {
    for (const name of names) await playToEnd(this.element(name));
  }

  private element(name: ClipName): HTMLAudioElement {
    let audio = this.elements.get(name);
    if (!audio) {
      audio = new Audio(clipUrl(name));
      audio.preload = 'auto';
      this.elements.set(name, audio);
    }
    return audio;
  }
}

function playToEnd(audio: HTMLAudioElement): Promise<void> {
  audio.currentTime = 0;
  return new Promise((resolve, reject) => {
    const settle = (failure?: unknown) => {
      audio.removeEventListener('ended', ended);
      audio.removeEventListener('error', failed);
      if (failure === undefined) resolve();
      else reject(failure instanceof Error ? failure : new Error('clip failed'));
    };
    const ended = () => settle();
    const failed = () => settle(new Error(`clip failed to load: ${audio.src}`));
    audio.addEventListener('ended', ended);
    audio.addEventListener('error', failed);
    audio.play().catch(settle);
  });
}
