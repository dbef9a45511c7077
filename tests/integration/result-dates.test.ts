// Result dates on the appointment slip: the legal due date in working days (weekends, holidays and the
// 15:00 cut-off), and handing the result over on a later visit, recorded on the clock's local date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { timeliness } from '../../shared/rules/working-days.js';
import type { IssuedTicket, Outcome, TicketView } from '../../shared/types.js';
import { signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, type Reply } from '../support/http-client.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Given {
  procedureId: number;
  outcome: Outcome;
  resultDate?: string | null;
}

describe('result dates', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let marital: number; // 3 working days
  let signature: number; // same day, 15:00 cut-off
  let birth: number; // same day, no cut-off
  /** Tickets finished with an appointment, for the hand-over test. */
  const slips: Record<string, TicketView> = {};

  const at = (date: string, time: string) => server.clock.set(vnTime(date, time));
  /** A staff session lasts 12 hours of the test clock: sign in again on each day. */
  const signInOn = (usernames: ('canbo1' | 'tiepdan' | 'lanhdao')[]) => signInAll(server, usernames);

  /** Issued now, called at counter 1 and started now (the receipt time), finished `minutes` later. */
  async function serve(desk: Desk, procedureIds: number[], outcomes: Given[], minutes = 10): Promise<Reply<TicketView>> {
    const { ticket } = await issue(kiosk, procedureIds);
    ok(await desk.act('call', { ticketId: ticket.id }));
    ok(await desk.act('start'));
    server.clock.advance(minutes * 60_000);
    return desk.act('finish', { outcomes });
  }
  const appointment = (procedureId: number, resultDate?: string): Given =>
    resultDate ? { procedureId, outcome: 'appointment', resultDate } : { procedureId, outcome: 'appointment' };
  async function counter1(): Promise<Desk> {
    const { canbo1 } = await signInOn(['canbo1']);
    const desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
    return desk;
  }
  const returnResult = (client: ApiClient, ticketId: number, procedureId: number) =>
    client.post<TicketView>(`/api/tickets/${ticketId}/procedures/${procedureId}/return`, {});
  const line = (ticket: TicketView, procedureId: number) => ticket.procedures.find((p) => p.procedureId === procedureId)!;

  beforeAll(async () => {
    server = await startTestServer(vnTime('2026-04-28', '08:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    marital = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    signature = catalog.procedureNamed('Chứng thực chữ ký');
    birth = catalog.procedureNamed('Đăng ký khai sinh');
  });
  afterAll(() => server.stop());

  it('3 working days from Tuesday 28/04/2026 skip 30/4, 1/5 and the weekend: Tuesday 05/05/2026', async () => {
    at('2026-04-28', '09:00');
    const desk = await counter1();
    const done = ok(await serve(desk, [marital], [appointment(marital)]));
    expect(line(done, marital)).toEqual({
      procedureId: marital, outcome: 'appointment', resultDate: '2026-05-05', dueDate: '2026-05-05', returnedOn: null,
    });
  });

  it('an appointment without a date gets the legal due date: 3 working days from Thursday 26/11 is Tuesday 01/12', async () => {
    at('2026-11-26', '09:00');
    const desk = await counter1();
    const done = ok(await serve(desk, [marital], [appointment(marital)], 20));
    expect(done).toMatchObject({ state: 'done', startedAt: vnTime('2026-11-26', '09:00'), finishedAt: vnTime('2026-11-26', '09:20') });
    expect(line(done, marital)).toEqual({
      procedureId: marital, outcome: 'appointment', resultDate: '2026-12-01', dueDate: '2026-12-01', returnedOn: null,
    });
    // The reprinted slip states the same date.
    const { tiepdan } = await signInOn(['tiepdan']);
    const slip = ok(await tiepdan.get<IssuedTicket>(`/api/tickets/${done.id}/slip`));
    expect(line(slip.ticket, marital)).toMatchObject({ resultDate: '2026-12-01', dueDate: '2026-12-01' });
    slips.thursday = done;
  });

  it('the 15:00 cut-off: a signature certification received Friday 15:30 is due Monday; at 14:59 the same day', async () => {
    at('2026-11-27', '14:59');
    const desk = await counter1();
    const before = ok(await serve(desk, [signature], [appointment(signature)], 5));
    expect(line(before, signature)).toMatchObject({ resultDate: '2026-11-27', dueDate: '2026-11-27' });

    at('2026-11-27', '15:30');
    const after = ok(await serve(desk, [signature], [appointment(signature)], 5));
    expect(line(after, signature)).toMatchObject({ resultDate: '2026-11-30', dueDate: '2026-11-30' });
    slips.friday = after;

    // A same-day procedure without the cut-off is still due the same day.
    at('2026-11-27', '15:45');
    const birthDone = ok(await serve(desk, [birth], [appointment(birth)], 5));
    expect(line(birthDone, birth)).toMatchObject({ resultDate: '2026-11-27', dueDate: '2026-11-27' });
  });

  it('each procedure of a visit gets its own due date; a later promised date is kept, a past one refused', async () => {
    at('2026-11-27', '16:00');
    const desk = await counter1();
    const refused = await serve(desk, [marital, signature, birth], [
      appointment(marital), appointment(signature, '2026-11-26'), { procedureId: birth, outcome: 'returned' },
    ]);
    expect(refusal(refused)).toEqual({ status: 400, code: 'result-date-required' });
    expect((await desk.counter()).current?.state).toBe('serving');

    const done = ok(await desk.act('finish', {
      outcomes: [appointment(marital, '2026-12-04'), appointment(signature), { procedureId: birth, outcome: 'returned' }],
    }));
    expect(done.procedures).toEqual([
      { procedureId: marital, outcome: 'appointment', resultDate: '2026-12-04', dueDate: '2026-12-02', returnedOn: null },
      { procedureId: signature, outcome: 'appointment', resultDate: '2026-11-30', dueDate: '2026-11-30', returnedOn: null },
      { procedureId: birth, outcome: 'returned', resultDate: null, dueDate: '2026-11-27', returnedOn: '2026-11-27' },
    ]);
    slips.visit = done;
  });

  it('a result handed over later records the local day, so early, on time and late can be told apart', async () => {
    at('2026-11-30', '10:00');
    const { tiepdan, lanhdao } = await signInOn(['tiepdan', 'lanhdao']);
    const thursday = slips.thursday!;
    const friday = slips.friday!;
    const visit = slips.visit!;

    const early = ok(await returnResult(tiepdan, thursday.id, marital));
    expect(line(early, marital)).toMatchObject({ outcome: 'appointment', dueDate: '2026-12-01', returnedOn: '2026-11-30' });
    expect(timeliness(line(early, marital).returnedOn!, line(early, marital).dueDate!)).toBe('early');
    const onTime = ok(await returnResult(tiepdan, friday.id, signature));
    expect(line(onTime, signature).returnedOn).toBe('2026-11-30');
    expect(timeliness('2026-11-30', line(onTime, signature).dueDate!)).toBe('on-time');

    // Refusals write nothing.
    const before = dumpTables(server.store, ['ticket_procedures', 'ticket_events']);
    expect(refusal(await returnResult(tiepdan, thursday.id, marital))).toEqual({ status: 409, code: 'result-not-pending' });
    expect(refusal(await returnResult(tiepdan, visit.id, birth))).toEqual({ status: 409, code: 'result-not-pending' }); // handed over at the counter
    expect(refusal(await returnResult(tiepdan, thursday.id, signature))).toEqual({ status: 409, code: 'result-not-pending' }); // not on the ticket
    expect(refusal(await returnResult(tiepdan, 999999, marital))).toEqual({ status: 404, code: 'ticket-not-found' });
    expect(refusal(await returnResult(lanhdao, visit.id, marital))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await returnResult(kiosk, visit.id, marital))).toEqual({ status: 401, code: 'unauthenticated' });
    expect(dumpTables(server.store, ['ticket_procedures', 'ticket_events'])).toEqual(before);
    expect(line(ok(await returnResult(tiepdan, visit.id, signature)), signature).returnedOn).toBe('2026-11-30');

    // 06:45 on Thursday 03/12 in Vietnam is still Wednesday in UTC: the local day counts.
    at('2026-12-03', '06:45');
    const { canbo1 } = await signInOn(['canbo1']);
    const late = ok(await returnResult(canbo1, visit.id, marital));
    expect(line(late, marital)).toMatchObject({ resultDate: '2026-12-04', dueDate: '2026-12-02', returnedOn: '2026-12-03' });
    expect(timeliness(line(late, marital).returnedOn!, line(late, marital).dueDate!)).toBe('late');
    expect(refusal(await returnResult(canbo1, visit.id, marital))).toEqual({ status: 409, code: 'result-not-pending' });
  });
});
