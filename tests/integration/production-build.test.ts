// The production build: tsc compiles the server into a folder that plain `node` runs with only the
// production dependencies beside it (what `npm ci --omit=dev` leaves) — no tsx, no TypeScript, no
// Vite — and that server answers /api/health and stops cleanly on SIGTERM, as systemd stops it.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../scripts/build-parts.js';
import { isStale } from '../../scripts/build-stamp.mjs';
import { freePort, WEEKDAY_9AM_ISO } from '../support/child-server.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';
import { Desk, demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import type { TicketStatus } from '../../shared/types.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : jsFiles(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

/** `express` of 'express', `@scope/name` of '@scope/name/sub'. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

describe('the production build', () => {
  let dir: string;
  let out: string;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-build-'));
    out = join(dir, 'app');
    buildServer(out);
    // Only the production dependencies are reachable from the compiled files (each still finds its
    // own dependencies from its real folder, as npm installs them).
    for (const name of Object.keys(pkg.dependencies)) {
      mkdirSync(dirname(join(out, 'node_modules', name)), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules', name), join(out, 'node_modules', name));
    }
  }, 240_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports nothing but Node itself and the production dependencies', () => {
    const builtins = new Set(builtinModules);
    const imported = new Set<string>();
    for (const file of jsFiles(out)) {
      // `… from 'x'`, `import 'x'`, `import('x')`: tsc writes them on one line each.
      for (const m of readFileSync(file, 'utf8').matchAll(/\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const specifier = m[1] ?? m[2];
        if (!specifier.startsWith('.')) imported.add(specifier);
      }
    }
    const foreign = [...imported].filter((s) => !s.startsWith('node:') && !builtins.has(s) && !(packageOf(s) in pkg.dependencies));
    expect(foreign).toEqual([]);
    // The check saw the server's imports at all.
    expect(imported).toContain('express');
  });

  it('carries the migrations beside the compiled store, and its stamp', () => {
    expect(readdirSync(join(out, 'server/store/migrations'))).toEqual(readdirSync(join(ROOT, 'server/store/migrations')));
    expect(isStale('server', out)).toBe(false);
  });

  it('runs with plain node: seeds, answers /api/health, drains on SIGTERM', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--enable-source-maps', join(out, 'server/main.js')], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        DATA_DIR: join(dir, 'data'),
        PORT: String(port),
        HOST: '127.0.0.1',
        MOTCUA_CLOCK: WEEKDAY_9AM_ISO,
        MOTCUA_ADMIN_PASSWORD: DEMO_PASSWORDS.admin,
        MOTCUA_DEMO_PASSWORD: DEMO_PASSWORDS.demo,
        MOTCUA_BACKUP_HOURS: '0',
        // The cheap password hash of test runs (vitest.config.ts), for the seeded accounts.
        ...(process.env.MOTCUA_SCRYPT_N ? { MOTCUA_SCRYPT_N: process.env.MOTCUA_SCRYPT_N } : {}),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const listening = new Promise<void>((resolve, reject) => {
      const collect = (d: Buffer) => {
        output += d.toString();
        if (output.includes('motcua is running at')) resolve();
      };
      child.stdout.on('data', collect);
      child.stderr.on('data', collect);
      void exited.then(() => reject(new Error(`the compiled server exited while starting:\n${output}`)));
    });
    try {
      await listening;
      const health = await fetch(`http://127.0.0.1:${port}/api/health`);
      expect(health.status).toBe(200);
      expect(output).toContain('Seeded the demo center');
      // The wait range's worker thread starts from the compiled JavaScript too (no tsx here).
      const api = new ApiClient({ baseUrl: `http://127.0.0.1:${port}` });
      const catalog = await demoCatalog(api);
      const clerk = new ApiClient({ baseUrl: `http://127.0.0.1:${port}` });
      ok(await clerk.login('canbo1', DEMO_PASSWORDS.demo));
      await new Desk(clerk, catalog.counterId(1)).open();
      await issue(api, [catalog.procedureIds('A')[0]]);
      const second = await issue(api, [catalog.procedureIds('A')[0]]);
      await expect
        .poll(async () => ok(await api.get<TicketStatus>(`/api/tickets/status/${second.statusToken}`)).waitRange, { timeout: 10_000 })
        .not.toBeNull();
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('closed cleanly');
  }, 60_000);
});
