// What each part of the production build is made from, and whether the built copy is still that.
// Plain JavaScript: `npm start` reads it with plain `node` before anything is built, also where the
// devDependencies (tsx, TypeScript, Vite) are not installed. Types: build-stamp.d.mts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (this file is in scripts/). */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Each part: the sources it is built from (relative to ROOT) and the folder it is built into. */
export const PARTS = {
  // tsc: the server and what it imports from shared/, plus the restore command (tsconfig.build.json).
  server: {
    out: 'build',
    sources: ['server', 'shared', 'scripts/restore.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json'],
  },
  // Vite: every screen, with the libraries it bundles (hence the lock file).
  screens: {
    out: 'dist',
    sources: [
      'display',
      'counter',
      'ui',
      'shared',
      'index.html',
      'vite.config.ts',
      'vite.worker.config.ts',
      'package.json',
      'package-lock.json',
    ],
  },
};

/** Written last by a build that succeeded; a dotfile, so express.static never serves it. */
const STAMP = '.sources-sha256';

function filesUnder(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).flatMap((name) => filesUnder(join(path, name)));
}

/**
 * A digest of the part's sources: every file's path and content. Contents, not times: a copied or
 * freshly cloned tree has new times and the same sources, and must not need the build tools again.
 */
export function sourcesHash(part) {
  const hash = createHash('sha256');
  const files = PARTS[part].sources.flatMap((s) => filesUnder(join(ROOT, s)));
  for (const file of files.map((f) => relative(ROOT, f).split(sep).join('/')).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(ROOT, file)))
      .update('\0');
  }
  return hash.digest('hex');
}

/** The folder a part is built into (absolute); `outDir` overrides it (tests build elsewhere). */
export function outDirOf(part, outDir) {
  return outDir ?? join(ROOT, PARTS[part].out);
}

/** True when the part was never built, its build failed, or its sources changed since. */
export function isStale(part, outDir) {
  const stamp = join(outDirOf(part, outDir), STAMP);
  return !existsSync(stamp) || readFileSync(stamp, 'utf8').trim() !== sourcesHash(part);
}

/** Records that the part in `outDir` was built from sources with this digest. */
export function writeStamp(part, digest, outDir) {
  writeFileSync(join(outDirOf(part, outDir), STAMP), digest + '\n');
}
