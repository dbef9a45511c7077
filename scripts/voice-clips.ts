// `npm run voice-clips`: makes the wall's call clips (display/wall/clips/vi/<name>.opus) from the
// words in shared/voice-clips.ts, with Debian's espeak-ng (its Vietnamese voice) and opusenc
// (`apt-get install -y espeak-ng opus-tools`). The clips are kept in the repo: neither the tests
// nor a server needs these tools. Run it again after changing a clip's words, or to try a voice:
// VOICE=vi-vn-x-south SPEED=140 npm run voice-clips.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CLIP_TEXTS } from '../shared/voice-clips.js';

const OUT = resolve(import.meta.dirname, '../display/wall/clips/vi');
const voice = process.env.VOICE ?? 'vi';
const speed = process.env.SPEED ?? '150';

const work = mkdtempSync(join(tmpdir(), 'motcua-clips-'));
try {
  mkdirSync(OUT, { recursive: true });
  // Clips no longer in the table go.
  for (const file of readdirSync(OUT)) rmSync(join(OUT, file));
  for (const [name, words] of Object.entries(CLIP_TEXTS)) {
    const wav = join(work, `${name}.wav`);
    execFileSync('espeak-ng', ['-v', voice, '-s', speed, '-w', wav, words]);
    // Mono speech at 24 kbit/s: a few kilobytes a clip. A fixed stream serial keeps a re-run's files byte-identical.
    execFileSync('opusenc', ['--quiet', '--speech', '--bitrate', '24', '--serial', '1', wav, join(OUT, `${name}.opus`)]);
  }
  console.log(`${Object.keys(CLIP_TEXTS).length} clips in ${OUT}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
