// `npm run voice-clips`: makes the wall's call clips (display/wall/clips/vi/<name>.opus) from the
// words in shared/voice-clips.ts, with Debian's espeak-ng (its Vietnamese voice) and opusenc
// (`apt-get install -y espeak-ng opus-tools`). The clips are kept in the repo: neither the tests
// nor a server needs these tools. Run it again after changing a clip's words, or to try a voice:
// VOICE=vi-vn-x-south SPEED=140 npm run voice-clips.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLIP_TEXTS } from '../shared/voice-clips.js';

const OUT = resolve(import.meta.dirname, '../display/wall/clips/vi');
const voice = process.env.VOICE ?? 'vi';
const speed = process.env.SPEED ?? '150';

/** Below this a 16-bit sample is silence; so much of it is kept either side of the words. */
const SILENCE = 150;
const MARGIN_SECONDS = 0.06;

/**
 * espeak-ng pads each utterance with silence (a one-syllable clip lasts 0.7 s): cut to the words, so
 * the clips of a call follow each other as one sentence. Its WAV is 16-bit mono PCM behind the
 * canonical 44-byte header (a 16-byte fmt chunk, then data).
 */
function trimSilence(wav: string): void {
  const file = readFileSync(wav);
  if (file.toString('ascii', 36, 40) !== 'data' || file.readUInt16LE(34) !== 16) throw new Error(`${wav}: not espeak-ng's 16-bit WAV`);
  const rate = file.readUInt32LE(24);
  const samples = (file.length - 44) >> 1;
  const loud = (i: number) => Math.abs(file.readInt16LE(44 + 2 * i)) > SILENCE;
  let first = 0;
  while (first < samples && !loud(first)) first++;
  let last = samples - 1;
  while (last > first && !loud(last)) last--;
  const margin = Math.round(rate * MARGIN_SECONDS);
  const data = file.subarray(44 + 2 * Math.max(0, first - margin), 44 + 2 * Math.min(samples, last + 1 + margin));
  const header = Buffer.from(file.subarray(0, 44));
  header.writeUInt32LE(36 + data.length, 4);
  header.writeUInt32LE(data.length, 40);
  writeFileSync(wav, Buffer.concat([header, data]));
}

const work = mkdtempSync(join(tmpdir(), 'motcua-clips-'));
try {
  mkdirSync(OUT, { recursive: true });
  // Clips no longer in the table go.
  for (const file of readdirSync(OUT)) rmSync(join(OUT, file));
  for (const [name, words] of Object.entries(CLIP_TEXTS)) {
    const wav = join(work, `${name}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', speed, '-w', wav, words]);
    trimSilence(wav);
    // Mono speech at 24 kbit/s: a few kilobytes a clip. A fixed stream serial keeps a re-run's files byte-identical.
    execFileSync('opusenc', ['--quiet', '--speech', '--bitrate', '24', '--serial', '1', wav, join(OUT, `${name}.opus`)]);
  }
  console.log(`${Object.keys(CLIP_TEXTS).length} clips in ${OUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
