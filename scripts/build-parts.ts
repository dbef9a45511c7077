// The production build: the server compiled by tsc into build/ (run by plain `node`), the screens
// bundled by Vite into dist/. Each part records the digest of its sources (build-stamp.mjs) once it
// is built, so `npm start` and the browser tests rebuild only what changed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isStale, outDirOf, ROOT, sourcesHash, writeStamp, type Part } from './build-stamp.mjs';

export type { Part };
export const ALL_PARTS: readonly Part[] = ['server', 'screens'];

const require = createRequire(import.meta.url);

/**
 * tsc over tsconfig.build.json into `outDir` (default build/): one .js file (and source map) per
 * module, so server/store/migrate.js finds the SQL files copied beside it as in the sources. A type
 * error fails the build and leaves no stamp.
 */
export function buildServer(outDir?: string): void {
  const out = outDirOf('server', outDir);
  const digest = sourcesHash('server');
  rmSync(out, { recursive: true, force: true });
  const tsc = spawnSync(
    process.execPath,
    [require.resolve('typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', out],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (tsc.status !== 0) throw new Error(`tsc -p tsconfig.build.json failed (exit ${tsc.status ?? tsc.signal})`);
  cpSync(join(ROOT, 'server/store/migrations'), join(out, 'server/store/migrations'), { recursive: true });
  // The compiled files are ES modules wherever the folder is put (tests build outside the project).
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
  writeStamp('server', digest, outDir);
}

/** Vite over vite.config.ts into dist/, then the status page's service worker (vite.worker.config.ts) beside it. */
export async function buildScreens(): Promise<void> {
  const digest = sourcesHash('screens');
  const { build } = await import('vite');
  await build({ root: ROOT, configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  await build({ root: ROOT, configFile: join(ROOT, 'vite.worker.config.ts'), logLevel: 'warn' });
  writeStamp('screens', digest);
}

export async function buildPart(part: Part): Promise<void> {
  console.log(part === 'server' ? 'Building the server (tsc → build/)…' : 'Building the screens (vite → dist/)…');
  if (part === 'server') buildServer();
  else await buildScreens();
}

/** Builds the parts whose sources changed since their last build; returns those it built. */
export async function buildIfStale(parts: readonly Part[] = ALL_PARTS): Promise<Part[]> {
  const stale = parts.filter((p) => isStale(p));
  for (const part of stale) await buildPart(part);
  return stale;
}
