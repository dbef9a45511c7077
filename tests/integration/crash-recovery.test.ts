// Power cut in the middle of a busy morning: the server process is killed with SIGKILL while kiosks
// issue tickets and counters call them, then started again on the same database. Nothing answered
// is lost, nothing is duplicated, numbering goes on without a gap, and a screen that reconnects
// gets a snapshot that matches the database.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IssuedTicket, TicketView } from '../../shared/types.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { closeSockets, connectToCenter } from '../support/center-socket.js';
import { demoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { seededRng } from '../support/prng.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

describe('SIGKILL in the middle of a load', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-crash-'));
  let running: ChildServer | null = null;
  // The load comes from one IP, far above what the abuse limits let a kiosk do.
  const env = {
    MOTCUA_RATE_PER_IP_BURST: '1000000',
    MOTCUA_RATE_OVERALL_BURST: '1000000',
    MOTCUA_KIOSK_TICKETS_PER_MINUTE: '1000000',
  };

  afterAll(async () => {
    closeSockets();
    if (running && running.process.exitCode === null) {
      running.process.kill('SIGKILL');
      await running.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no answered ticket or call, duplicates none, and numbering and screens carry on', async () => {
    running = await startChildServer(dataDir, env);
    const first = running;
    const server = {
      get baseUrl() {
        return running!.baseUrl;
      },
    };
    const catalog = await demoCatalog(new ApiClient(server));
    const procedures = ['A', 'B', 'C'].map((p) => catalog.procedureIds(p)[0]);
    const desks = await Promise.all(
      (
        [
          ['canbo1', 1],
          ['canbo2', 2],
          ['canbo4', 4],
        ] as const
      ).map(async ([user, number]) => {
        const client = await signedIn(server, user, DEMO_PASSWORDS.demo);
        ok(await client.post(`/api/counters/${catalog.counterId(number)}/open`));
        return { client, counterId: catalog.counterId(number) };
      }),
    );

    const issued: IssuedTicket[] = [];
    const calls: { ticketId: number; counterId: number }[] = [];
    let stop = false;
    const rng = seededRng(20261123);
    // Desks with nothing to call wait for the next answered issue (or the end) instead of a timer.
    let nextIssue: () => void = () => {};
    let issuedAgain = new Promise<void>((resolve) => (nextIssue = resolve));
    const progress = () => {
      nextIssue();
      issuedAgain = new Promise<void>((resolve) => (nextIssue = resolve));
      if (issued.length >= 120 && calls.length >= 10) underWay();
    };
    let underWay: () => void = () => {};
    const loadUnderWay = new Promise<void>((resolve) => (underWay = resolve));

    const kioskLoop = async () => {
      const kiosk = new ApiClient(server);
      while (!stop) {
        try {
          const reply = await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, {
            procedureIds: [procedures[rng.int(0, 2)]],
          });
          if (reply.status === 201) {
            issued.push(reply.body as IssuedTicket);
            progress();
          }
        } catch {
          return; // The server is gone.
        }
      }
    };
    const deskLoop = async ({ client, counterId }: (typeof desks)[number]) => {
      while (!stop) {
        try {
          const reply = await client.post<TicketView>(`/api/counters/${counterId}/call-next`);
          if (reply.status !== 200) {
            await issuedAgain;
            continue;
          }
          calls.push({ ticketId: (reply.body as TicketView).id, counterId });
          progress();
          const ticket = reply.body as TicketView;
          await client.post(`/api/counters/${counterId}/start`);
          await client.post(`/api/counters/${counterId}/finish`, {
            outcomes: ticket.procedures.map((p) => ({ procedureId: p.procedureId, outcome: 'returned' })),
          });
        } catch {
          return;
        }
      }
    };

    const loops = [kioskLoop(), kioskLoop(), kioskLoop(), kioskLoop(), ...desks.map(deskLoop)];
    // Kill once the load is well under way (told by the loops' own answers), with requests in flight.
    await loadUnderWay;
    expect({ issued: issued.length >= 120, calls: calls.length >= 10 }).toEqual({ issued: true, calls: true });
    first.process.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    stop = true;
    nextIssue(); // Desks waiting for an issue that will never come end too.
    await Promise.all(loops);

    running = await startChildServer(dataDir, env);
    const db = new Database(join(dataDir, 'motcua.sqlite'), { readonly: true });
    try {
      // Every ticket whose issue was answered 201 exists exactly once, with its number.
      for (const t of issued) {
        const rows = db.prepare('SELECT number FROM tickets WHERE id = ?').all(t.ticket.id) as { number: string }[];
        expect(rows).toEqual([{ number: t.ticket.number }]);
      }
      expect(new Set(issued.map((t) => t.ticket.number)).size).toBe(issued.length);

      // Numbers per prefix are 1..n, without gaps or repeats, and the sequence sits at n.
      const byPrefix = db
        .prepare(
          'SELECT substr(number, 1, 1) AS prefix, group_concat(seq) AS seqs, COUNT(*) AS n FROM (SELECT * FROM tickets ORDER BY seq) GROUP BY prefix',
        )
        .all() as { prefix: string; seqs: string; n: number }[];
      for (const { prefix, seqs, n } of byPrefix) {
        expect(seqs.split(',').map(Number)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
        const last = db.prepare('SELECT last_seq FROM ticket_sequences WHERE prefix = ?').get(prefix) as { last_seq: number };
        expect(last.last_seq).toBe(n);
      }

      // Every call answered 200 is recorded, at that counter, and the ticket left the queue.
      for (const c of calls) {
        const event = db.prepare("SELECT counter_id FROM ticket_events WHERE ticket_id = ? AND kind = 'call'").get(c.ticketId) as
          { counter_id: number } | undefined;
        expect(event?.counter_id).toBe(c.counterId);
        const state = (db.prepare('SELECT state FROM tickets WHERE id = ?').get(c.ticketId) as { state: string }).state;
        expect(['called', 'serving', 'done']).toContain(state);
      }
      // No ticket at two counters, no counter with two tickets.
      const busy = db
        .prepare("SELECT counter_id, COUNT(*) AS n FROM tickets WHERE state IN ('called', 'serving') GROUP BY counter_id")
        .all() as { n: number }[];
      expect(busy.every((b) => b.n === 1)).toBe(true);

      // A wall display that reconnects sees what the database holds.
      const { snapshot } = await connectToCenter(running.baseUrl, DEMO_CENTER_ID);
      const waiting = db
        .prepare("SELECT field_id AS fieldId, COUNT(*) AS n FROM tickets WHERE state = 'waiting' GROUP BY field_id")
        .all() as { fieldId: number; n: number }[];
      for (const w of snapshot.waiting) expect(w.waiting).toBe(waiting.find((x) => x.fieldId === w.fieldId)?.n ?? 0);
      for (const counter of snapshot.counters) {
        const current = db.prepare("SELECT id FROM tickets WHERE counter_id = ? AND state IN ('called', 'serving')").get(counter.id) as
          { id: number } | undefined;
        expect(counter.current?.id ?? null).toBe(current?.id ?? null);
      }

      // Numbering continues after the restart.
      const lastA = (db.prepare("SELECT MAX(seq) AS n FROM tickets WHERE number LIKE 'A%'").get() as { n: number | null }).n ?? 0;
      const next = ok(
        await new ApiClient(server).post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedures[0]] }),
      );
      expect(next.ticket.number).toBe(`A${String(lastA + 1).padStart(3, '0')}`);
    } finally {
      db.close();
    }
    running.process.kill('SIGTERM');
    await running.exited;
  }, 90_000);
});
