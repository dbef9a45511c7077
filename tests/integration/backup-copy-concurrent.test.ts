// Copying a backup off the box does not stop the server: the copy to the (possibly slow) mounted
// share, its checksum and its integrity check run while requests are answered. The proofs are held
// copies, not timings: the copy's source is a FIFO fed by another process that stops half way
// until told to go on, and the integrity check waits on a lock the test holds.
import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { integrityCheck } from '../../server/ops/integrity-check.js';
import { listProcedures } from '../../server/store/catalog-queries.js';
import type { Store } from '../../server/store/database.js';
import { insertTicket, markEnded } from '../../server/store/ticket-queries.js';
import { localDate } from '../../shared/rules/local-time.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import { demoCatalog, Desk, issue } from '../support/demo.js';
import { ApiClient, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const DAY = 86_400_000;

/** A year's finished tickets (a ward's worth of history): a database of a few megabytes. */
function fillHistory(store: Store, now: number, tickets: number): void {
  const procedures = listProcedures(store, DEMO_CENTER_ID);
  store.transaction(() => {
    for (let i = 0; i < tickets; i++) {
      const p = procedures[i % procedures.length];
      const issuedAt = now - (1 + (i % 300)) * DAY;
      const seq = 1 + Math.floor(i / 300);
      const id = insertTicket(store, {
        centerId: DEMO_CENTER_ID,
        fieldId: p.fieldId,
        localDate: localDate(issuedAt, 'Asia/Ho_Chi_Minh'),
        seq,
        number: formatTicketNumber(`H${p.fieldId}`, seq),
        priority: null,
        source: 'kiosk',
        lane: 'walk-in',
        notBefore: null,
        statusToken: `history-${i}-${'x'.repeat(40)}`,
        issuedAt,
        procedureIds: [p.id],
      });
      markEnded(store, id, 'done', issuedAt + 1_200_000);
    }
  });
}

/** Backup file names from an instant, as server/ops/backup.ts writes them. */
const nameAt = (at: number) => `motcua-${new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)}.sqlite`;

/**
 * Another process writing `file` into the FIFO `fifo`: the first half, then (once told "go" on its
 * stdin) the rest. It goes on by itself after a while only so that a copy which blocks its event
 * loop — and so can never say "go" — ends with a failed test instead of a hung one.
 */
function fifoWriter(fifo: string, file: string) {
  const script = `
    const fs = require('node:fs');
    const [fifo, file] = process.argv.slice(1);
    const bytes = fs.readFileSync(file);
    const half = bytes.length >> 1;
    const out = fs.createWriteStream(fifo);
    out.write(bytes.subarray(0, half), () => process.stdout.write('half\\n'));
    let done = false;
    const rest = () => { if (!done) { done = true; out.end(bytes.subarray(half)); } };
    out.on('close', () => process.exit(0));
    process.stdin.once('data', rest);
    setTimeout(rest, 15000);
  `;
  const child = spawn(process.execPath, ['-e', script, fifo, file], { stdio: ['pipe', 'pipe', 'inherit'] });
  const half = new Promise<void>((resolve) => child.stdout.on('data', (d: Buffer) => d.toString().includes('half') && resolve()));
  return { half, go: () => child.stdin.write('go\n'), exited: once(child, 'exit') };
}

describe('an off-box copy while the server serves', () => {
  let server: TestServer;
  let copyDir: string;
  let fifoDir: string;

  beforeAll(async () => {
    copyDir = mkdtempSync(join(tmpdir(), 'motcua-share-'));
    fifoDir = mkdtempSync(join(tmpdir(), 'motcua-fifo-'));
    server = await startTestServer(undefined, { backups: (dir) => ({ dir: join(dir, 'backups'), keepDays: 14, copyDir }) });
    fillHistory(server.store, server.clock.now(), 20_000);
  });
  afterAll(async () => {
    await server.stop();
    rmSync(copyDir, { recursive: true, force: true });
    rmSync(fifoDir, { recursive: true, force: true });
  });

  it('answers, and calls the next citizen, while a copy of several megabytes is held half way; prunes only after it verified', async () => {
    const backup = await server.app.backups.run();
    expect(backup.copyError).toBeNull();
    // A copy three weeks old on the share, past the 14 days kept: to be pruned, but only once the
    // next copy verified. (Backups are named and aged by real time, whatever the center's clock.)
    const oldAt = Date.now() - 21 * DAY;
    const oldSource = join(fifoDir, nameAt(oldAt));
    copyFileSync(backup.file, oldSource);
    const old = await server.app.backups.copies!.copy(oldSource, oldAt);
    const bytes = statSync(backup.file).size;
    expect(bytes).toBeGreaterThan(3 * 1024 * 1024);

    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    await issue(kiosk, [catalog.procedureIds('A')[0]]);
    const desk = new Desk(await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo), catalog.counterId(1));
    await desk.open();

    // The share receives the same database again, from a source that stops half way.
    const at = Date.now() + 3600_000;
    const name = nameAt(at);
    const fifo = join(fifoDir, name);
    const made = spawn('mkfifo', [fifo]);
    expect((await once(made, 'exit'))[0]).toBe(0);
    const writer = fifoWriter(fifo, backup.file);
    let settled = false;
    const copying = server.app.backups.copies!.copy(fifo, at).finally(() => (settled = true));
    await writer.half;

    // Held: half the bytes are in, the rest will not come until we say so.
    expect(settled).toBe(false);
    const live = await fetch(`${server.baseUrl}/api/health/live`);
    expect(live.status).toBe(200);
    expect((await desk.callNext()).number).toBe('A001');
    expect(settled).toBe(false);
    expect(readdirSync(copyDir)).toContain(`${old.file}.json`);
    expect(readdirSync(copyDir)).not.toContain(`${name}.json`);

    writer.go();
    const record = await copying;
    await writer.exited;
    const sha256 = createHash('sha256').update(readFileSync(backup.file)).digest('hex');
    expect(record).toMatchObject({ file: name, bytes, sha256 });
    // Verified, so the three-week-old copy went; nothing half-written is left.
    expect(readdirSync(copyDir).sort()).toEqual([backup.copy!.file, `${backup.copy!.file}.json`, name, `${name}.json`].sort());
    expect(existsSync(join(copyDir, old.file))).toBe(false);
  });
});

describe('the integrity check of a copy', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-check-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs off the main thread: it waits on a lock that only this thread can release, and then passes', async () => {
    const file = join(dir, 'locked.sqlite');
    const db = new Database(file);
    db.pragma('journal_mode = DELETE');
    db.exec('CREATE TABLE t (x); INSERT INTO t VALUES (1)');
    // An exclusive lock: a reader waits (its busy timeout) until it is released.
    db.exec('BEGIN EXCLUSIVE; INSERT INTO t VALUES (2)');
    let settled = false;
    const checking = integrityCheck(file).finally(() => (settled = true));
    // A check on this thread would wait here for a lock this thread holds, and fail with "database is locked".
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    db.exec('COMMIT');
    db.close();
    expect(await checking).toBe('ok');
  });
});
