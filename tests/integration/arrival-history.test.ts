// The wait range knows the hours a center is busy from its past days. Two centers on real SQLite files
// have the same three past days of calls — twelve elderly citizens a day, five minutes each — at a
// different hour: at one they come at 08:00, at the other at 14:00. At 13:58 on the fourth day five
// normal tickets wait at counter 1, and nobody else has come today. Where the past days' rush is due
// at 14:00, priority citizens are expected to go before the fifth ticket (the demo center lets one
// through after every three normal tickets), so it is told a later range.
import { describe, expect, it } from 'vitest';
import type { WaitRange } from '../../shared/rules/wait-forecast.js';
import { demoDomain } from '../support/demo-domain.js';
import { TEST_WEEK, vnTime } from '../support/test-dates.js';

const MIN = 60_000;

/** A center whose past three days each had twelve elderly citizens from `rushAt`; the range of today's fifth ticket at 13:58. */
async function fifthTicketRange(rushAt: string): Promise<WaitRange | null> {
  let now = vnTime(TEST_WEEK.monday, '07:00');
  const { domain, centerId, reception, clerk, close } = await demoDomain(() => now);
  try {
    const catalog = domain.reader.catalog(centerId);
    const counterId = catalog.counters.find((c) => c.number === 1)!.id;
    const fieldA = catalog.fields.find((f) => f.prefix === 'A')!.id;
    const procedure = catalog.procedures.find((p) => p.fieldId === fieldA)!;
    const procedureId = procedure.id;
    const outcome = procedure.processingDays === 0 ? ('returned' as const) : ('appointment' as const);
    const issue = (priority: 'elderly' | null) => domain.issuer.issue(centerId, { procedureIds: [procedureId], priority }, reception);

    for (const day of [TEST_WEEK.monday, TEST_WEEK.tuesday, TEST_WEEK.wednesday]) {
      now = vnTime(day, rushAt);
      domain.desk.open(counterId, clerk, true);
      for (let i = 0; i < 12; i++) {
        issue('elderly');
        now += 2.5 * MIN;
      }
      for (let i = 0; i < 12; i++) {
        domain.desk.callNext(counterId, clerk);
        domain.desk.start(counterId, clerk);
        now += 5 * MIN;
        domain.desk.finish(counterId, clerk, { outcomes: [{ procedureId, outcome }] });
      }
      domain.desk.close(counterId, clerk);
    }

    now = vnTime(TEST_WEEK.thursday, '13:58');
    domain.desk.open(counterId, clerk, true);
    const tickets = [1, 2, 3, 4, 5].map(() => issue(null));
    await domain.forecaster.refresh(centerId);
    return domain.forecaster.ticket(centerId, tickets[4].ticket.id);
  } finally {
    await close();
  }
}

describe('arrivals from past days', () => {
  it('expect the citizens the past days had at this hour, though nobody has come yet today', async () => {
    const morningRush = await fifthTicketRange('08:00');
    const afternoonRush = await fifthTicketRange('14:00');
    // No arrival expected before it: four calls of five minutes.
    expect(morningRush?.median).toBeGreaterThanOrEqual(18);
    expect(morningRush?.median).toBeLessThanOrEqual(22);
    // Elderly citizens due from 14:00, one every 2.5 minutes: one goes before the second ticket and one after the fourth.
    expect(afternoonRush!.median).toBeGreaterThanOrEqual(morningRush!.median + 8);
    expect(afternoonRush!.high).toBeGreaterThan(morningRush!.high);
  });
});
