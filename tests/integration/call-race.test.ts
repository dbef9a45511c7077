// Two counters serving the same fields press Call next at the same instant, 200 times over:
// no citizen is called to two counters, and nobody is lost.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriorityKind, TicketView } from '../../shared/types.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { seededRng } from '../support/prng.js';
import { DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const ROUNDS = 200;

describe('two counters calling at the same instant', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let desks: [Desk, Desk];

  beforeAll(async () => {
    server = await startTestServer();
    catalog = await demoCatalog(new ApiClient(server));
    const [clerk1, clerk2] = await Promise.all([
      signedIn(server, 'canbo1', DEMO_PASSWORDS.demo),
      signedIn(server, 'canbo2', DEMO_PASSWORDS.demo),
    ]);
    desks = [new Desk(clerk1, catalog.counterId(1)), new Desk(clerk2, catalog.counterId(2))];
    await Promise.all(desks.map((d) => d.open()));
  });
  afterAll(() => server.stop());

  it(`never hand the same ticket to both, over ${ROUNDS} rounds, and lose none`, async () => {
    const kiosk = new ApiClient(server);
    const rng = seededRng(2026);
    const a = catalog.procedureIds('A');
    const b = catalog.procedureIds('B');
    const visits = Array.from({ length: ROUNDS * 2 }, () => {
      const first = rng.chance(0.6) ? a : b;
      const procedureIds = rng.shuffle(first).slice(0, rng.int(1, 3));
      const priority: PriorityKind | null = rng.chance(0.15) ? 'elderly' : null;
      return { procedureIds, priority };
    });
    for (let i = 0; i < visits.length; i += 20) {
      await Promise.all(visits.slice(i, i + 20).map((v) => issue(kiosk, v.procedureIds, v.priority)));
    }

    const calledBy = new Map<number, number[]>();
    for (let round = 0; round < ROUNDS; round++) {
      const replies = await Promise.all(desks.map((d) => d.act('call-next')));
      const tickets = replies.map((r) => ok(r)) as [TicketView, TicketView];
      expect(tickets[0].id, `round ${round}`).not.toBe(tickets[1].id);
      tickets.forEach((t, i) => {
        expect(t.counterNumber).toBe(i + 1);
        calledBy.set(t.id, [...(calledBy.get(t.id) ?? []), i + 1]);
      });
      await Promise.all(desks.map((d, i) => d.serve(tickets[i])));
    }

    for (const desk of desks) expect(refusal(await desk.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
    expect(calledBy.size).toBe(ROUNDS * 2);
    expect([...calledBy.values()].filter((counters) => counters.length !== 1)).toEqual([]);

    const rows = server.store.all<{ id: number; state: string; counter_id: number; calls: number }>(
      `SELECT t.id, t.state, t.counter_id,
         (SELECT COUNT(*) FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'call') AS calls
       FROM tickets t ORDER BY t.id`,
    );
    expect(rows).toHaveLength(ROUNDS * 2);
    expect(rows.filter((r) => r.state !== 'done' || r.calls !== 1)).toEqual([]);
    // The database names the same counter the clerk was handed the ticket at.
    const counterNumber = new Map(catalog.view.counters.map((c) => [c.id, c.number]));
    expect(rows.filter((r) => counterNumber.get(r.counter_id) !== calledBy.get(r.id)?.[0])).toEqual([]);
    const unfinished = server.store.first<{ n: number }>('SELECT COUNT(*) AS n FROM ticket_procedures WHERE outcome IS NULL');
    expect(unfinished?.n).toBe(0);
  }, 120_000); // 200 rounds over real sockets: slow on a busy runner, which says nothing of the race
});
