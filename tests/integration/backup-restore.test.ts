// Backups are taken online (the server keeps serving), old ones are pruned, and `npm run restore`
// puts one back only when it is a sound motcua database and no server is running, keeping the
// replaced database aside.
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePidFile } from '../../server/ops/pid-file.js';
import { restoreDatabase, RestoreRefused } from '../../server/ops/restore.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const run = promisify(execFile);
const ticketCount = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT COUNT(*) AS n FROM tickets').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

describe('backups', () => {
  let server: TestServer;
  let admin: ApiClient;
  let kiosk: ApiClient;
  let procedureA: number;
  const backupsDir = () => join(server.dir, 'backups');

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedIn(server, 'admin', DEMO_PASSWORDS.admin);
    kiosk = new ApiClient(server);
    procedureA = (await demoCatalog(kiosk)).procedureIds('A')[0]!;
  });
  afterAll(() => server.stop());

  it('an admin takes an online backup on demand; it holds what was committed', async () => {
    await issue(kiosk, [procedureA]);
    await issue(kiosk, [procedureA]);
    const { file, bytes } = ok(await admin.post<{ file: string; bytes: number }>('/api/admin/backup'));
    expect(file).toMatch(/^motcua-\d{8}-\d{6}(-\d+)?\.sqlite$/);
    expect(bytes).toBeGreaterThan(0);
    expect(ticketCount(join(backupsDir(), file))).toBe(2);
    // The server goes on.
    await issue(kiosk, [procedureA]);
  });

  it('a manager may not take a backup', async () => {
    const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    expect(refusal(await manager.post('/api/admin/backup'))).toEqual({ status: 403, code: 'forbidden' });
  });

  it('backs up on a schedule', async () => {
    const before = server.app.backups.list().length;
    const failures: unknown[] = [];
    // The schedule's timer, ticked by hand: each tick is one scheduled backup, awaited to its end.
    let tick: (() => Promise<void>) | undefined;
    let period = 0;
    let stopped = false;
    const stop = server.app.backups.schedule(
      6,
      (err) => failures.push(err),
      (t, ms) => {
        tick = t;
        period = ms;
        return () => (stopped = true);
      },
    );
    expect(period).toBe(6 * 3600_000);
    await tick!();
    expect(failures).toEqual([]);
    expect(server.app.backups.list().length).toBe(before + 1);
    await tick!();
    expect(server.app.backups.list().length).toBe(before + 2);
    stop();
    expect(stopped).toBe(true);
  });

  it('removes backups older than the days kept', async () => {
    mkdirSync(backupsDir(), { recursive: true });
    // A backup's name says when it was taken; 1 January 2026 is more than 14 days before any run.
    const old = join(backupsDir(), 'motcua-20260101-020000.sqlite');
    writeFileSync(old, 'old');
    ok(await admin.post('/api/admin/backup'));
    expect(existsSync(old)).toBe(false);
    expect(server.app.backups.list().length).toBeGreaterThanOrEqual(2);
  });
});

describe('restore', () => {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-restore-'));
  const dataDir = join(dir, 'data');
  let backup: string;

  beforeAll(async () => {
    const server = await startTestServer();
    const kiosk = new ApiClient(server);
    const a = (await demoCatalog(kiosk)).procedureIds('A')[0];
    await issue(kiosk, [a]);
    backup = join(dir, 'backup.sqlite');
    await server.store.raw.backup(backup);
    await issue(kiosk, [a]);
    await issue(kiosk, [a]);
    // The "live" database of a stopped server: three tickets, the backup has one.
    mkdirSync(dataDir);
    await server.store.raw.backup(join(dataDir, 'motcua.sqlite'));
    await server.stop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a file that is not a sound motcua database, and leaves the live one alone', () => {
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database at all, just text');
    const foreign = join(dir, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE x (y)').close();
    for (const file of [garbage, foreign, join(dir, 'missing.sqlite')]) {
      expect(() => restoreDatabase(file, dataDir)).toThrow(RestoreRefused);
    }
    expect(ticketCount(join(dataDir, 'motcua.sqlite'))).toBe(3);
  });

  it('refuses while a server is running on the data folder', () => {
    writePidFile(dataDir); // This test process plays the running server.
    try {
      expect(() => restoreDatabase(backup, dataDir)).toThrow(/stop it first/);
    } finally {
      rmSync(join(dataDir, 'motcua.pid'));
    }
  });

  it('`npm run restore -- FILE` puts the backup in place and keeps the replaced database aside', async () => {
    const copy = join(dir, 'copy-of-backup.sqlite');
    copyFileSync(backup, copy);
    const { stdout } = await run('npm', ['run', '--silent', 'restore', '--', copy], {
      cwd: new URL('../..', import.meta.url).pathname,
      env: { ...process.env, DATA_DIR: dataDir },
    });
    expect(stdout).toContain('restored');
    expect(ticketCount(join(dataDir, 'motcua.sqlite'))).toBe(1);
    const kept = readdirSync(dataDir).filter((f) => /^motcua\.sqlite\.replaced-\d{8}-\d{6}$/.test(f));
    expect(kept).toHaveLength(1);
    expect(ticketCount(join(dataDir, kept[0]))).toBe(3);
    // On a fresh or changed tree `npm run restore` first compiles the server (npm run build): tens of
    // seconds on a loaded 2-core machine.
  }, 180_000);

  it('the CLI exits non-zero with the reason when it refuses', async () => {
    const garbage = join(dir, 'garbage2.sqlite');
    writeFileSync(garbage, 'nope');
    await expect(
      run('npm', ['run', '--silent', 'restore', '--', garbage], {
        cwd: new URL('../..', import.meta.url).pathname,
        env: { ...process.env, DATA_DIR: dataDir },
      }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('restore refused') as string });
  }, 180_000);
});
