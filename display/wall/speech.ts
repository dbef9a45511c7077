// The spoken call line through the browser's speech synthesis. A line is only spoken with a voice
// of its own language: an English voice reading Vietnamese is worse than the chime alone.
import type { Lang } from '../../shared/types.js';

const RATE: Record<Lang, number> = { vi: 0.9, en: 0.95 };

/** Utterances still speaking: Chromium drops the end event of an utterance nobody references. */
const speaking = new Set<SpeechSynthesisUtterance>();

function voiceFor(lang: Lang): SpeechSynthesisVoice | undefined {
  const voices = speechSynthesis.getVoices().filter((v) => v.lang.toLowerCase().replace('_', '-').startsWith(lang));
  return voices.find((v) => v.localService) ?? voices[0];
}

function speechAvailable(): boolean {
  return 'speechSynthesis' in window;
}

/** The device has a voice of `lang` (headless Chromium and many TVs have none for Vietnamese). */
export function hasVoice(lang: Lang): boolean {
  return speechAvailable() && voiceFor(lang) !== undefined;
}

/** Resolves when the line has been spoken, could not be, or there is no voice for `lang`. */
export function speakLine(text: string, lang: Lang): Promise<void> {
  const voice = speechAvailable() ? voiceFor(lang) : undefined;
  if (!voice) return Promise.resolve();
  return new Promise((resolve) => {
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    utterance.rate = RATE[lang];
    const end = () => {
      speaking.delete(utterance);
      resolve();
    };
    utterance.addEventListener('end', end);
    utterance.addEventListener('error', end);
    speaking.add(utterance);
    speechSynthesis.speak(utterance);
  });
}

/** Called from the "enable sound" tap: a silent utterance made inside a user gesture unlocks speech. */
export function unlockSpeech(): void {
  if (!speechAvailable()) return;
  const silent = new SpeechSynthesisUtterance(' ');
  silent.volume = 0;
  speechSynthesis.speak(silent);
}
