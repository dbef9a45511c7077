// What the start-up log tells whoever started motcua (issue #14): only links that open something as
// they are — the rating tablet at a counter, the province board of a center with wards, the pairing
// page; never the status page, which needs a ticket's token — and a warning when the tickets' QR
// codes would carry an address no phone can open.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer, type ChildServer } from '../support/child-server.js';

const dirs: string[] = [];
let running: ChildServer | null = null;

afterEach(async () => {
  if (running && running.process.exitCode === null) {
    running.process.kill('SIGTERM');
    await running.exited;
  }
  running = null;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(env: Record<string, string>): Promise<ChildServer> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-startup-'));
  dirs.push(dir);
  running = await startChildServer(dir, env);
  return running;
}

/** The paths of the localhost links printed, once the whole start-up block is out. */
async function printedPaths(server: ChildServer): Promise<string[]> {
  await expect.poll(() => server.output()).toContain('API health');
  return [...server.output().matchAll(/http:\/\/localhost:\d+(\/[^\s"\\]*)/g)].map((m) => m[1]).filter((p) => !p.startsWith('/api/'));
}

describe('the start-up log', () => {
  it('links every screen with what it needs, the province board at the province center, and no status page', async () => {
    const server = await start({ MOTCUA_DEMO_PROVINCE: '1', MOTCUA_PUBLIC_URL: 'https://motcua.example.vn' });
    const paths = await printedPaths(server);
    expect(paths).toEqual([
      '/',
      '/kiosk?center=hoa-binh',
      '/wall?center=hoa-binh',
      '/counter?center=hoa-binh',
      '/reception?center=hoa-binh',
      '/booking?center=hoa-binh',
      '/leader?center=hoa-binh',
      '/admin?center=hoa-binh',
      '/board?center=hoa-binh',
      '/rating?center=hoa-binh&counter=1',
      '/province?center=tinh-bac-ninh',
      '/pair',
    ]);
    // A public address phones can reach: no warning about the QR codes.
    expect(server.output()).not.toContain('no phone can open');
  });

  it('without a province, prints no province board; warns that the QR codes follow the kiosk’s address', async () => {
    const server = await start({});
    const paths = await printedPaths(server);
    expect(paths.some((p) => p.startsWith('/province') || p.startsWith('/status'))).toBe(false);
    await expect.poll(() => server.output()).toContain('MOTCUA_PUBLIC_URL is not set');
  });

  it('warns when the QR codes would carry a loopback address', async () => {
    const server = await start({ MOTCUA_PUBLIC_URL: 'http://127.0.0.1:3000' });
    await printedPaths(server);
    await expect.poll(() => server.output()).toContain('ticket QR codes carry http://127.0.0.1:3000, a loopback address no phone can open');
  });
});
