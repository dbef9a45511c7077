// Builds the screens with Vite when their sources are newer than the last build.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['display', 'counter', 'ui', 'shared', 'index.html', 'vite.config.ts', 'package.json'];
const STAMP = join('dist', 'index.html');

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Returns true when it had to build. Paths are relative to the project root (the working directory). */
export async function buildScreensIfStale(): Promise<boolean> {
  const builtAt = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
  if (Math.max(...SOURCES.map(newestMtime)) <= builtAt) return false;
  console.log('Building the screens (vite build)…');
  const { build } = await import('vite');
  await build({ logLevel: 'warn' });
  return true;
}
