// The arrival rates' count of today's tickets is kept as tickets come (server/domain/todays-arrivals.ts),
// not counted afresh at every forecast. On a real SQLite file, through an ordinary Thursday and a
// fast-track Friday — walk-ins of every field, priority citizens, the fast lane, and a visit that moves
// on to its next field —, what it tells after every few tickets must equal a count of the day's rows
// made from scratch, by the field each ticket was issued to; and a count kept since the morning must
// equal one started late (a server restarted at noon).
import { expect, it, onTestFinished } from 'vitest';
import { probeKey } from '../../shared/rules/wait-forecast.js';
import { TodaysArrivals } from '../../server/domain/todays-arrivals.js';
import { pastArrivals } from '../../server/store/forecast-queries.js';
import { demoDomain } from '../support/demo-domain.js';
import { seededRng } from '../support/prng.js';
import { TEST_WEEK, vnTime } from '../support/test-dates.js';

it("tells the same counts as a fresh count of the day's tickets by their issued field, kept from the morning or started late", async () => {
  let now = vnTime(TEST_WEEK.thursday, '07:30');
  const { store, domain, centerId, reception, clerk, close } = await demoDomain(() => now);
  onTestFinished(close);
  const catalog = domain.reader.catalog(centerId);
  const fieldOf = (prefix: string) => catalog.fields.find((f) => f.prefix === prefix)!.id;
  const fastIds = new Set(domain.calendar.view(centerId).fastTrack.procedures.map((p) => p.procedureId));
  const rng = seededRng(3);

  /** The day's walk-ins and fast-lane tickets by kind (field of the first procedure), and those issued after `since`, from scratch. */
  const fresh = (day: string, since: number) => {
    const rows = store.all<{ fieldId: number; isPriority: number; lane: 'walk-in' | 'fast'; issuedAt: number }>(
      `SELECT (SELECT p.field_id FROM ticket_procedures tp JOIN procedures p ON p.id = tp.procedure_id
                WHERE tp.ticket_id = t.id AND tp.position = 0) AS fieldId,
         t.is_priority AS isPriority, t.lane, t.issued_at AS issuedAt
       FROM tickets t WHERE t.center_id = ? AND t.local_date = ? AND t.lane IN ('walk-in', 'fast')`,
      centerId,
      day,
    );
    const byKind: Record<string, number> = {};
    for (const r of rows) {
      const key = probeKey(r.fieldId, r.isPriority === 1, r.lane);
      byKind[key] = (byKind[key] ?? 0) + 1;
    }
    return { byKind, recent: rows.filter((r) => r.issuedAt > since).length };
  };
  const told = (arrivals: TodaysArrivals, day: string, since: number) => {
    const { counts, recent } = arrivals.read(centerId, day, since);
    return { byKind: Object.fromEntries(counts.map((c) => [probeKey(c.fieldId, c.isPriority, c.lane), c.count])), recent };
  };

  const kept = new TodaysArrivals(store);
  const lanes = new Set<string>();
  let movedOn = 0;
  for (const day of [TEST_WEEK.thursday, TEST_WEEK.friday]) {
    now = vnTime(day, '07:30');
    const issuedAt: number[] = [];
    if (day === TEST_WEEK.thursday) {
      // A visit of field A and field C: counter 1 (A, B) records the A part and it moves on to C.
      const a = catalog.procedures.find((p) => p.fieldId === fieldOf('A'))!;
      const c = catalog.procedures.find((p) => p.fieldId === fieldOf('C'))!;
      const visit = domain.issuer.issue(centerId, { procedureIds: [a.id, c.id], priority: null }, reception).ticket;
      const counterId = catalog.counters.find((x) => x.number === 1)!.id;
      domain.desk.open(counterId, clerk, true);
      domain.desk.callNext(counterId, clerk);
      domain.desk.start(counterId, clerk);
      domain.desk.finish(counterId, clerk, {
        outcomes: [{ procedureId: a.id, outcome: a.processingDays === 0 ? 'returned' : 'appointment' }],
      });
      const row = store.first<{ field_id: number; state: string }>('SELECT field_id, state FROM tickets WHERE id = ?', visit.id)!;
      expect(row).toEqual({ field_id: fieldOf('C'), state: 'waiting' });
      movedOn++;
    }
    for (let round = 0; round < 8; round++) {
      for (let i = rng.int(1, 5); i > 0; i--) {
        const procedure = catalog.procedures[rng.int(0, catalog.procedures.length - 1)];
        const fast = fastIds.has(procedure.id) && rng.chance(0.5);
        const issued = domain.issuer.issue(
          centerId,
          {
            procedureIds: [procedure.id],
            priority: rng.chance(0.3) ? 'elderly' : null,
            ...(fast ? { fastTrack: { dossierComplete: true } } : {}),
          },
          reception,
        );
        lanes.add(issued.ticket.lane);
        issuedAt.push(issued.ticket.issuedAt);
        now += rng.int(0, 4 * 60_000);
      }
      // Every other round from the instant a ticket was issued at (it is not "after" itself).
      const since = round % 2 ? issuedAt[rng.int(0, issuedAt.length - 1)] : now - 10 * 60_000;
      expect(told(kept, day, since)).toEqual(fresh(day, since));
      // A server started now counts the day so far in one read.
      if (round === 4) expect(told(new TodaysArrivals(store), day, since)).toEqual(told(kept, day, since));
    }
  }
  expect([...lanes].sort()).toEqual(['fast', 'walk-in']);
  expect(movedOn).toBe(1);
  // Seen from Friday, Thursday is a past day: its arrivals by the field each was issued to too.
  const past: Record<string, number> = {};
  for (const a of pastArrivals(store, centerId, TEST_WEEK.thursday, TEST_WEEK.friday)) {
    const key = probeKey(a.fieldId, a.isPriority, a.lane);
    past[key] = (past[key] ?? 0) + 1;
  }
  expect(past).toEqual(fresh(TEST_WEEK.thursday, 0).byKind);
});
