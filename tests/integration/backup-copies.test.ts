// Backups that survive the disk: each backup is copied to MOTCUA_BACKUP_COPY_DIR and verified there
// before older copies go; readiness and the admin API say where the last good copy stands; a server
// restored from the copy alone finds every ticket.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../../server/app.js';
import { restoreDatabase } from '../../server/ops/restore.js';
import { Store } from '../../server/store/database.js';
import type { BackupsView } from '../../shared/types.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('off-box backup copies', () => {
  let server: TestServer;
  let copyDir: string;
  let admin: ApiClient;

  beforeAll(async () => {
    copyDir = mkdtempSync(join(tmpdir(), 'motcua-offbox-'));
    server = await startTestServer(undefined, { backups: (dir) => ({ dir: join(dir, 'backups'), keepDays: 14, copyDir }) });
    admin = await signedIn(server, 'admin', DEMO_PASSWORDS.admin);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(copyDir, { recursive: true, force: true });
  });

  it('copies each backup off the box, verified, and says so to the admin and to readiness', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    for (const prefix of ['A', 'B', 'C']) await issue(kiosk, [catalog.procedureIds(prefix)[0]]);
    const before = ok(await admin.get<BackupsView>('/api/admin/backups'));
    expect(before).toMatchObject({ copyConfigured: true, lastCopy: null });

    const taken = ok(await admin.post<{ file: string; copy: BackupsView['lastCopy']; copyError: string | null }>('/api/admin/backup'));
    expect(taken.copyError).toBeNull();
    expect(taken.copy).toMatchObject({ file: taken.file, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) as string });
    expect(readdirSync(copyDir).sort()).toEqual([taken.file, `${taken.file}.json`]);
    expect(ok(await admin.get<BackupsView>('/api/admin/backups')).lastCopy).toEqual(taken.copy);

    const ready = (await (await fetch(`${server.baseUrl}/api/health/ready`)).json()) as { checks: Record<string, { status: string }[]> };
    expect(ready.checks['backup:copy'][0].status).toBe('pass');
  });

  it('a server restored from the copy alone finds every ticket', async () => {
    const copy = ok(await admin.get<BackupsView>('/api/admin/backups')).lastCopy!;
    const tickets = server.store.all<{ number: string }>('SELECT number FROM tickets ORDER BY id');
    expect(tickets.length).toBe(3);
    const dataDir = mkdtempSync(join(tmpdir(), 'motcua-restored-'));
    try {
      restoreDatabase(join(copyDir, copy.file), dataDir);
      const store = new Store(join(dataDir, 'motcua.sqlite'));
      const app = createApplication({ store, clock: server.clock.now, distDir: dataDir });
      try {
        expect(
          app.domain.issuer
            .today(DEMO_CENTER_ID)
            .map((t) => t.number)
            .sort(),
        ).toEqual(tickets.map((t) => t.number).sort());
      } finally {
        await app.close();
        store.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('never replaces a good copy by one that fails its check, and leaves nothing half-written', async () => {
    const copies = server.app.backups.copies!;
    const good = (await copies.lastGood())!;
    // A backup file that is not a database (a truncated write, a disk that lies): refused where it lands.
    const junkDir = mkdtempSync(join(tmpdir(), 'motcua-junk-'));
    const junk = join(junkDir, 'motcua-20991231-235959.sqlite');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    try {
      await expect(copies.copy(junk, Date.now())).rejects.toThrow(/not a database|integrity|malformed/i);
    } finally {
      rmSync(junkDir, { recursive: true, force: true });
    }
    expect(await copies.lastGood()).toEqual(good);
    expect(readdirSync(copyDir).filter((f) => f.includes('20991231'))).toEqual([]);
  });

  it('trusts no record another host wrote on the share: a path outside it, or one that does not parse', async () => {
    // A file beside the share that a record pointing out of it would have the pruning delete.
    const outside = mkdtempSync(join(tmpdir(), 'motcua-outside-'));
    const sentinel = join(outside, 'precious.sqlite');
    writeFileSync(sentinel, 'keep me');
    const escape = relative(copyDir, sentinel);
    writeFileSync(join(copyDir, 'motcua-20200101-000000.sqlite.json'), JSON.stringify({ file: escape, takenAt: 0 }));
    writeFileSync(join(copyDir, 'motcua-20200102-000000.sqlite.json'), '{"file": "motcua-2020');
    try {
      const taken = ok(await admin.post<{ copyError: string | null }>('/api/admin/backup'));
      expect(taken.copyError).toBeNull();
      expect(existsSync(sentinel)).toBe(true);
      expect((await admin.get('/api/admin/backups')).status).toBe(200);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('says so when the share is gone, and copies again once it is back', async () => {
    rmSync(copyDir, { recursive: true, force: true });
    writeFileSync(copyDir, 'the mount point, without its share');
    const failed = ok(await admin.post<{ copy: unknown; copyError: string | null }>('/api/admin/backup'));
    expect(failed.copy).toBeNull();
    expect(failed.copyError).toMatch(/EEXIST|ENOTDIR/);
    const ready = await fetch(`${server.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { checks: Record<string, { status: string }[]> };
    expect(body.checks['backup:copy'][0].status).toBe('warn');
    expect(ok(await admin.get<BackupsView>('/api/admin/backups')).copyError).toMatch(/EEXIST|ENOTDIR/);

    rmSync(copyDir, { force: true });
    const again = ok(await admin.post<{ copy: unknown; copyError: string | null }>('/api/admin/backup'));
    expect(again.copyError).toBeNull();
    expect(ok(await admin.get<BackupsView>('/api/admin/backups')).copyError).toBeNull();
  });
});
