// `npm start`: runs the compiled server (build/server/main.js) with plain node, building first the
// parts that are missing or whose sources changed (build-stamp.mjs). On a built tree installed with
// `npm ci --omit=dev` nothing is built and nothing from the devDependencies is loaded.
// `npm run restore -- FILE` comes here too (`start.mjs restore FILE`): the compiled restore command.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isStale, PARTS, ROOT } from './build-stamp.mjs';

const restore = process.argv[2] === 'restore';
if (restore) process.argv.splice(2, 1);
const entry = restore ? 'scripts/restore.js' : 'server/main.js';
const needed = restore ? ['server'] : ['server', 'screens'];

const stale = needed.filter((part) => isStale(part));
if (stale.length > 0) {
  const tools = ['tsx', 'typescript', 'vite'];
  const missing = tools.filter((name) => !existsSync(join(ROOT, 'node_modules', name, 'package.json')));
  if (missing.length > 0) {
    const what = stale.map((p) => `${PARTS[p].out}/`).join(' and ');
    console.error(
      `motcua: ${what} ${stale.length > 1 ? 'are' : 'is'} missing or older than the sources, and the build tools ` +
        `(${missing.join(', ')}) are not installed (npm ci --omit=dev). Build where they are: npm ci && npm run build`,
    );
    process.exit(1);
  }
  const built = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/build.ts'), ...stale], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

// Stack traces name the TypeScript sources (tsc writes the maps beside the files).
process.setSourceMapsEnabled(true);
await import(pathToFileURL(join(ROOT, 'build', entry)).href);
