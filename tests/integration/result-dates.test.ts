// Result dates on the appointment slip: the legal due date in working days (weekends, holidays and the
// 15:00 cut-off), and handing the result over on a later visit, recorded on the clock's local date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../shared/rules/sessions.js';
import { timeliness } from '../../shared/rules/working-days.js';
import type { IssuedTicket, Outcome, TicketView } from '../../shared/types.js';
import { signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, type Reply } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Given {
  procedureId: number;
  outcome: Outcome;
  resultDate?: string | null;
}

/**
 * A server whose clock starts at `start`, the kiosk, the three procedures of this file and the helpers that
 * serve them at counter 1.
 */
function resultsServer(start: number) {
  const s = {} as { server: TestServer; kiosk: ApiClient; catalog: DemoCatalog; marital: number; signature: number; birth: number };
  beforeAll(async () => {
    s.server = await startTestServer(start);
    s.kiosk = new ApiClient(s.server);
    s.catalog = await demoCatalog(s.kiosk);
    s.marital = s.catalog.procedureNamed('Xác nhận tình trạng hôn nhân'); // 3 working days
    s.signature = s.catalog.procedureNamed('Chứng thực chữ ký'); // same day, 15:00 cut-off
    s.birth = s.catalog.procedureNamed('Đăng ký khai sinh'); // same day, no cut-off
  });
  afterAll(() => s.server.stop());

  const at = (date: string, time: string) => s.server.clock.set(vnTime(date, time));
  /** A staff session lasts 12 hours of the test clock: sign in again on each day. */
  const signInOn = (usernames: ('canbo1' | 'tiepdan' | 'lanhdao')[]) => signInAll(s.server, usernames);

  /** Issued now, called at counter 1 and started now (the receipt time), finished `minutes` later. */
  async function serve(desk: Desk, procedureIds: number[], outcomes: Given[], minutes = 10): Promise<Reply<TicketView>> {
    const { ticket } = await issue(s.kiosk, procedureIds);
    ok(await desk.act('call', { ticketId: ticket.id }));
    ok(await desk.act('start'));
    s.server.clock.advance(minutes * 60_000);
    return desk.act('finish', { outcomes });
  }
  async function counter1(): Promise<Desk> {
    const { canbo1 } = await signInOn(['canbo1']);
    const desk = new Desk(canbo1, s.catalog.counterId(1));
    await desk.open();
    return desk;
  }
  return { s, at, signInOn, serve, counter1 };
}

const appointment = (procedureId: number, resultDate?: string): Given =>
  resultDate ? { procedureId, outcome: 'appointment', resultDate } : { procedureId, outcome: 'appointment' };
const returnResult = (client: ApiClient, ticketId: number, procedureId: number) =>
  client.post<TicketView>(`/api/tickets/${ticketId}/procedures/${procedureId}/return`, {});
const line = (ticket: TicketView, procedureId: number) => ticket.procedures.find((p) => p.procedureId === procedureId)!;

describe('result dates around 30 April and 1 May 2026', () => {
  // Fixed dates on purpose: a fact of 2026's calendar, which cannot expire. The server's clock is set by the
  // test only; it seeds the holidays of its clock's year and the next, counts working days from that clock,
  // and a staff session lasts 12 hours of it (the cookie carries a Max-Age, not a date): nothing here is
  // compared with the real date.
  const { s, at, serve, counter1 } = resultsServer(vnTime('2026-04-28', '08:00'));

  it('3 working days from Tuesday 28/04/2026 skip 30/4, 1/5 and the weekend: Tuesday 05/05/2026', async () => {
    at('2026-04-28', '09:00');
    const desk = await counter1();
    const done = ok(await serve(desk, [s.marital], [appointment(s.marital)]));
    expect(line(done, s.marital)).toEqual({
      procedureId: s.marital,
      outcome: 'appointment',
      resultDate: '2026-05-05',
      dueDate: '2026-05-05',
      returnedOn: null,
      recordsStatus: null,
    });
  });
});

describe('result dates', () => {
  // The run's test week (tests/support/test-dates.ts): ordinary working days after today, and the week
  // after it has no holiday either, so the due dates below are plain weekday arithmetic.
  const { thursday: THURSDAY, friday: FRIDAY } = TEST_WEEK;
  const NEXT_MONDAY = addDays(FRIDAY, 3);
  const NEXT_TUESDAY = addDays(FRIDAY, 4);
  const NEXT_WEDNESDAY = addDays(FRIDAY, 5);
  const NEXT_THURSDAY = addDays(FRIDAY, 6);
  const NEXT_FRIDAY = addDays(FRIDAY, 7);
  const { s, at, signInOn, serve, counter1 } = resultsServer(vnTime(THURSDAY, '08:00'));
  /** Tickets finished with an appointment, for the hand-over test. */
  const slips: Record<string, TicketView> = {};

  it('an appointment without a date gets the legal due date: 3 working days from a Thursday is the next Tuesday', async () => {
    at(THURSDAY, '09:00');
    const desk = await counter1();
    const done = ok(await serve(desk, [s.marital], [appointment(s.marital)], 20));
    expect(done).toMatchObject({ state: 'done', startedAt: vnTime(THURSDAY, '09:00'), finishedAt: vnTime(THURSDAY, '09:20') });
    expect(line(done, s.marital)).toEqual({
      procedureId: s.marital,
      outcome: 'appointment',
      resultDate: NEXT_TUESDAY,
      dueDate: NEXT_TUESDAY,
      returnedOn: null,
      recordsStatus: null,
    });
    // The reprinted slip states the same date.
    const { tiepdan } = await signInOn(['tiepdan']);
    const slip = ok(await tiepdan.get<IssuedTicket>(`/api/tickets/${done.id}/slip`));
    expect(line(slip.ticket, s.marital)).toMatchObject({ resultDate: NEXT_TUESDAY, dueDate: NEXT_TUESDAY });
    slips.thursday = done;
  });

  it('the 15:00 cut-off: a signature certification received Friday 15:30 is due Monday; at 14:59 the same day', async () => {
    at(FRIDAY, '14:59');
    const desk = await counter1();
    const before = ok(await serve(desk, [s.signature], [appointment(s.signature)], 5));
    expect(line(before, s.signature)).toMatchObject({ resultDate: FRIDAY, dueDate: FRIDAY });

    at(FRIDAY, '15:30');
    const after = ok(await serve(desk, [s.signature], [appointment(s.signature)], 5));
    expect(line(after, s.signature)).toMatchObject({ resultDate: NEXT_MONDAY, dueDate: NEXT_MONDAY });
    slips.friday = after;

    // A same-day procedure without the cut-off is still due the same day.
    at(FRIDAY, '15:45');
    const birthDone = ok(await serve(desk, [s.birth], [appointment(s.birth)], 5));
    expect(line(birthDone, s.birth)).toMatchObject({ resultDate: FRIDAY, dueDate: FRIDAY });
  });

  it('each procedure of a visit gets its own due date; a later promised date is kept, a past one refused', async () => {
    at(FRIDAY, '16:00');
    const desk = await counter1();
    const refused = await serve(
      desk,
      [s.marital, s.signature, s.birth],
      [appointment(s.marital), appointment(s.signature, THURSDAY), { procedureId: s.birth, outcome: 'returned' }],
    );
    expect(refusal(refused)).toEqual({ status: 400, code: 'result-date-required' });
    expect((await desk.counter()).current?.state).toBe('serving');

    const done = ok(
      await desk.act('finish', {
        outcomes: [appointment(s.marital, NEXT_FRIDAY), appointment(s.signature), { procedureId: s.birth, outcome: 'returned' }],
      }),
    );
    expect(done.procedures).toEqual([
      {
        procedureId: s.marital,
        outcome: 'appointment',
        resultDate: NEXT_FRIDAY,
        dueDate: NEXT_WEDNESDAY,
        returnedOn: null,
        recordsStatus: null,
      },
      {
        procedureId: s.signature,
        outcome: 'appointment',
        resultDate: NEXT_MONDAY,
        dueDate: NEXT_MONDAY,
        returnedOn: null,
        recordsStatus: null,
      },
      { procedureId: s.birth, outcome: 'returned', resultDate: null, dueDate: FRIDAY, returnedOn: FRIDAY, recordsStatus: null },
    ]);
    slips.visit = done;
  });

  it('a result handed over later records the local day, so early, on time and late can be told apart', async () => {
    at(NEXT_MONDAY, '10:00');
    const { tiepdan, lanhdao } = await signInOn(['tiepdan', 'lanhdao']);
    const thursday = slips.thursday;
    const friday = slips.friday;
    const visit = slips.visit;

    const early = ok(await returnResult(tiepdan, thursday.id, s.marital));
    expect(line(early, s.marital)).toMatchObject({ outcome: 'appointment', dueDate: NEXT_TUESDAY, returnedOn: NEXT_MONDAY });
    expect(timeliness(line(early, s.marital).returnedOn!, line(early, s.marital).dueDate!)).toBe('early');
    const onTime = ok(await returnResult(tiepdan, friday.id, s.signature));
    expect(line(onTime, s.signature).returnedOn).toBe(NEXT_MONDAY);
    expect(timeliness(NEXT_MONDAY, line(onTime, s.signature).dueDate!)).toBe('on-time');

    // Refusals write nothing.
    const before = dumpTables(s.server.store, ['ticket_procedures', 'ticket_events']);
    expect(refusal(await returnResult(tiepdan, thursday.id, s.marital))).toEqual({ status: 409, code: 'result-not-pending' });
    expect(refusal(await returnResult(tiepdan, visit.id, s.birth))).toEqual({ status: 409, code: 'result-not-pending' }); // handed over at the counter
    expect(refusal(await returnResult(tiepdan, thursday.id, s.signature))).toEqual({ status: 409, code: 'result-not-pending' }); // not on the ticket
    expect(refusal(await returnResult(tiepdan, 999999, s.marital))).toEqual({ status: 404, code: 'ticket-not-found' });
    expect(refusal(await returnResult(lanhdao, visit.id, s.marital))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await returnResult(s.kiosk, visit.id, s.marital))).toEqual({ status: 401, code: 'unauthenticated' });
    expect(dumpTables(s.server.store, ['ticket_procedures', 'ticket_events'])).toEqual(before);
    expect(line(ok(await returnResult(tiepdan, visit.id, s.signature)), s.signature).returnedOn).toBe(NEXT_MONDAY);

    // 06:45 on the next Thursday in Vietnam is still Wednesday in UTC: the local day counts.
    at(NEXT_THURSDAY, '06:45');
    const { canbo1 } = await signInOn(['canbo1']);
    const late = ok(await returnResult(canbo1, visit.id, s.marital));
    expect(line(late, s.marital)).toMatchObject({ resultDate: NEXT_FRIDAY, dueDate: NEXT_WEDNESDAY, returnedOn: NEXT_THURSDAY });
    expect(timeliness(line(late, s.marital).returnedOn!, line(late, s.marital).dueDate!)).toBe('late');
    expect(refusal(await returnResult(canbo1, visit.id, s.marital))).toEqual({ status: 409, code: 'result-not-pending' });
  });
});
