// The two-tone "ding-dong" before a call on the wall, and on a citizen's phone when the ticket is
// called; synthesised so no audio file is needed.
const TONES = [
  { hz: 880, at: 0 },
  { hz: 660, at: 0.45 },
] as const;
const TONE_SECONDS = 0.6;

/** Plays the chime on `ctx`; resolves once it has died away. */
export function playChime(ctx: AudioContext): Promise<void> {
  const start = ctx.currentTime + 0.05;
  for (const { hz, at } of TONES) {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = hz;
    // A soft attack and a bell-like decay: a square cut-off clicks through TV speakers.
    gain.gain.setValueAtTime(0.0001, start + at);
    gain.gain.exponentialRampToValueAtTime(0.5, start + at + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + at + TONE_SECONDS);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start + at);
    osc.stop(start + at + TONE_SECONDS);
  }
  const total = TONES[TONES.length - 1].at + TONE_SECONDS + 0.1;
  return new Promise((resolve) => setTimeout(resolve, total * 1000));
}
