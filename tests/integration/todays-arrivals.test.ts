// The arrival rates' count of today's tickets is kept as tickets come (server/domain/todays-arrivals.ts),
// not counted afresh at every forecast. On a real SQLite file, as tickets of each kind are issued through
// the day, and into the next day, what it tells must equal a count of the day's rows made from scratch.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { probeKey } from '../../shared/rules/wait-forecast.js';
import { localDate } from '../../shared/rules/local-time.js';
import { DEMO_CENTER } from '../../server/demo/demo-center.js';
import { seedDemoCenter } from '../../server/demo/seed.js';
import { createDomain } from '../../server/domain/index.js';
import { TodaysArrivals } from '../../server/domain/todays-arrivals.js';
import { Store } from '../../server/store/database.js';
import { seededRng } from '../support/prng.js';
import { TEST_WEEK, vnTime } from '../support/test-dates.js';

const PASSWORDS = { admin: 'test-admin-pw', demo: 'test-demo-pw' };
const dir = mkdtempSync(join(tmpdir(), 'motcua-todays-arrivals-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("tells the same counts as a fresh count of the day's tickets, after every few tickets and into the next day", async () => {
  let now = vnTime(TEST_WEEK.monday, '07:30');
  const store = new Store(join(dir, 'motcua.sqlite'));
  const domain = createDomain(
    store,
    () => now,
    () => {},
    { autoForecast: false },
  );
  await seedDemoCenter(store, () => now, PASSWORDS);
  const centerId = DEMO_CENTER.id;
  const { staff: reception } = await domain.auth.login('tiepdan', PASSWORDS.demo);
  const procedures = domain.reader.catalog(centerId).procedures;
  const arrivals = new TodaysArrivals(store);
  const rng = seededRng(3);

  /** The day's walk-ins by kind and those issued after `since`, counted from scratch. */
  const fresh = (day: string, since: number) => {
    const rows = store.all<{ fieldId: number; isPriority: number; lane: 'walk-in' | 'fast'; issuedAt: number }>(
      `SELECT field_id AS fieldId, is_priority AS isPriority, lane, issued_at AS issuedAt FROM tickets
       WHERE center_id = ? AND local_date = ? AND lane IN ('walk-in', 'fast')`,
      centerId,
      day,
    );
    const byKind: Record<string, number> = {};
    for (const r of rows)
      byKind[probeKey(r.fieldId, r.isPriority === 1, r.lane)] = (byKind[probeKey(r.fieldId, r.isPriority === 1, r.lane)] ?? 0) + 1;
    return { byKind, recent: rows.filter((r) => r.issuedAt > since).length };
  };
  const told = (day: string, since: number) => {
    const { counts, recent } = arrivals.read(centerId, day, since);
    return { byKind: Object.fromEntries(counts.map((c) => [probeKey(c.fieldId, c.isPriority, c.lane), c.count])), recent };
  };

  let checks = 0;
  for (const day of [TEST_WEEK.monday, TEST_WEEK.tuesday]) {
    now = vnTime(day, '07:30');
    for (let round = 0; round < 6; round++) {
      const issued = rng.int(1, 5);
      for (let i = 0; i < issued; i++) {
        const procedure = procedures[rng.int(0, procedures.length - 1)];
        domain.issuer.issue(centerId, { procedureIds: [procedure.id], priority: rng.chance(0.3) ? 'elderly' : null }, reception);
        now += rng.int(0, 4 * 60_000);
      }
      const since = now - 10 * 60_000;
      expect(localDate(now, DEMO_CENTER.timezone)).toBe(day);
      expect(told(day, since)).toEqual(fresh(day, since));
      checks++;
    }
  }
  expect(checks).toBe(12);
  // Monday's tickets are not Tuesday's.
  expect(Object.values(told(TEST_WEEK.tuesday, 0).byKind).reduce((a, b) => a + b, 0)).toBeLessThan(
    store.first<{ n: number }>('SELECT COUNT(*) AS n FROM tickets')!.n,
  );
  store.close();
});
