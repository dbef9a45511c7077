// A visit over several fields, end to end on a real server: a ticket for procedures of fields A, B
// and C queues in A; counter 1 (A, B) records only the A and B lines at Finish, and the ticket moves
// on to C's queue placed as a transfer is (ahead of a C ticket issued after it); counter 4 (C, F)
// calls it next and records the C line. The move's outbox event is written with it, and the screens
// hear it with the waiting counts it leaves.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TicketView, WebhookData } from '../../shared/types.js';
import { forecastHead } from '../../server/store/forecast-queries.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { issueFast, signInAll, vnTime } from '../support/clock-and-roles.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { DEMO_CENTER_ID, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';

describe('a visit over fields A, B and C', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let kiosk: ApiClient;
  let desk1: Desk;
  let desk4: Desk;

  const outboxOf = (ticketId: number) =>
    server.store
      .all<{ type: string; payload: string }>('SELECT type, payload FROM outbox_events WHERE ticket_id = ? ORDER BY seq', ticketId)
      .map((e) => ({ type: e.type, data: JSON.parse(e.payload) as WebhookData }));
  const returned = (ids: number[]) => ids.map((procedureId) => ({ procedureId, outcome: 'returned' as const }));

  beforeEach(async () => {
    server = await startTestServer(MONDAY_9AM);
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    const staff = await signInAll(server, ['canbo1', 'canbo4']);
    desk1 = new Desk(staff.canbo1, catalog.counterId(1));
    desk4 = new Desk(staff.canbo4, catalog.counterId(4));
    await desk1.open();
    await desk4.open();
  });
  afterEach(() => server.stop());

  it('counter 1 finishes A and B, the ticket waits in C ahead of a later C ticket, counter 4 calls it and finishes C', async () => {
    const [a, b, c] = ['A', 'B', 'C'].map((prefix) => catalog.procedureIds(prefix)[0]);
    const visit = await issue(kiosk, [a, b, c]);
    expect(visit.ticket).toMatchObject({ fieldId: catalog.fieldId('A'), state: 'waiting' });
    // The slip says where each procedure is served: A and B at counters 1–3, C at 4 and 6.
    expect(visit.servedAt).toEqual([
      { procedureId: a, fieldId: catalog.fieldId('A'), counterNumbers: [1, 2, 3] },
      { procedureId: b, fieldId: catalog.fieldId('B'), counterNumbers: [1, 2, 3] },
      { procedureId: c, fieldId: catalog.fieldId('C'), counterNumbers: [4, 6] },
    ]);
    server.clock.advance(60_000);
    const later = await issue(kiosk, [c]);

    expect((await desk1.callNext()).id).toBe(visit.ticket.id);
    ok(await desk1.act('start'));
    server.clock.advance(5 * 60_000);
    // Counter 1 does not serve C: an outcome for the C line is refused, and nothing changes.
    const before = dumpTables(server.store);
    expect(refusal(await desk1.act('finish', { outcomes: returned([a, b, c]) }))).toMatchObject({ status: 400, code: 'outcomes-mismatch' });
    expect(dumpTables(server.store)).toEqual(before);

    const { socket: board } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const announced = waitForEvent(board, 'ticket:moved-on');
    const moved = ok(await desk1.act('finish', { outcomes: returned([a, b]) }));
    // The wait range plays only the work left: one procedure, not the three the visit brought.
    expect(forecastHead(server.store, DEMO_CENTER_ID).find((t) => t.id === visit.ticket.id)?.procedureCount).toBe(1);
    // The screens hear the move with the waiting counts it leaves: one fewer in A, one more in C.
    const change = await announced;
    expect(change.ticket).toMatchObject({ id: visit.ticket.id, state: 'waiting', fieldId: catalog.fieldId('C') });
    const waiting = (fieldId: number) => change.waiting.find((w) => w.fieldId === fieldId)?.waiting;
    expect([waiting(catalog.fieldId('A')), waiting(catalog.fieldId('C'))]).toEqual([0, 2]);
    closeSockets();
    expect(moved).toMatchObject({
      id: visit.ticket.id,
      state: 'waiting',
      fieldId: catalog.fieldId('C'),
      transferred: true,
      counterId: null,
    });
    expect(moved.procedures.map((p) => p.outcome)).toEqual(['returned', 'returned', null]);
    expect((await desk1.counter()).current).toBeNull();
    // Counter 4 sees it first in its queue, ahead of the C ticket issued after it.
    expect((await desk4.queue()).map((t: TicketView) => t.id).slice(0, 2)).toEqual([visit.ticket.id, later.ticket.id]);
    // The phone: where it waits now, and the part done.
    const status = ok(
      await kiosk.get<{ state: string; fieldId: number; counterNumbers: number[] }>(`/api/tickets/status/${visit.statusToken}`),
    );
    expect(status).toMatchObject({ state: 'waiting', fieldId: catalog.fieldId('C'), counterNumbers: [4, 6] });

    expect((await desk4.callNext()).id).toBe(visit.ticket.id);
    ok(await desk4.act('start'));
    // Counter 4 records the C line only; A and B are done already.
    expect(refusal(await desk4.act('finish', { outcomes: returned([a, b, c]) }))).toMatchObject({ code: 'outcomes-mismatch' });
    const done = ok(await desk4.act('finish', { outcomes: returned([c]) }));
    expect(done).toMatchObject({ state: 'done', counterNumber: 4 });
    expect(done.procedures.map((p) => p.outcome)).toEqual(['returned', 'returned', 'returned']);
    expect((await desk4.callNext()).id).toBe(later.ticket.id);

    // The move is an event of its own, written with it: from A at counter 1 to C, with the lines so far.
    const events = outboxOf(visit.ticket.id);
    expect(events.map((e) => e.type)).toEqual([
      'ticket.issued',
      'ticket.called',
      'ticket.started',
      'ticket.moved-on',
      'ticket.called',
      'ticket.started',
      'ticket.finished',
    ]);
    const move = events[3].data as WebhookData<'ticket.moved-on'>;
    expect(move.from).toEqual({ fieldId: catalog.fieldId('A'), counterNumber: 1 });
    expect(move.to).toEqual({ fieldId: catalog.fieldId('C'), counterNumber: null });
    expect(move.lines.map((l) => [l.procedureId, l.outcome])).toEqual([
      [a, 'returned'],
      [b, 'returned'],
      [c, null],
    ]);
    expect(move.ticket).toMatchObject({ state: 'waiting', fieldId: catalog.fieldId('C'), transferred: true });
  });

  it('a visit whose fields the counter all serves ends there, as before', async () => {
    const [a, b] = ['A', 'B'].map((prefix) => catalog.procedureIds(prefix)[0]);
    const visit = await issue(kiosk, [a, b]);
    expect((await desk1.callNext()).id).toBe(visit.ticket.id);
    ok(await desk1.act('start'));
    expect(ok(await desk1.act('finish', { outcomes: returned([a, b]) }))).toMatchObject({ state: 'done' });
    expect(outboxOf(visit.ticket.id).map((e) => e.type)).not.toContain('ticket.moved-on');
  });

  it('a one-field visit that staff transferred to another field ends there: it is not sent back', async () => {
    const a = catalog.procedureIds('A')[0];
    const visit = await issue(kiosk, [a]);
    expect((await desk1.callNext()).id).toBe(visit.ticket.id);
    ok(await desk1.act('transfer', { toFieldId: catalog.fieldId('C') }));
    expect((await desk4.callNext()).id).toBe(visit.ticket.id);
    ok(await desk4.act('start'));
    expect(ok(await desk4.act('finish', { outcomes: returned([a]) }))).toMatchObject({ state: 'done', counterNumber: 4 });
  });

  it('a No-wait Friday dossier with a residence procedure: the fast lane at counter 1, returned after approval, then C at counter 4', async () => {
    await server.stop();
    server = await startTestServer(vnTime(TEST_WEEK.friday, '09:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    const staff = await signInAll(server, ['canbo1', 'canbo4', 'lanhdao']);
    desk1 = new Desk(staff.canbo1, catalog.counterId(1));
    desk4 = new Desk(staff.canbo4, catalog.counterId(4));
    await desk1.open();
    await desk4.open();
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    const residence = catalog.procedureIds('C')[0];
    const fast = await issueFast(kiosk, [birth, residence], { dossierComplete: true });
    expect(fast.ticket).toMatchObject({ number: 'N001', lane: 'fast' });

    expect((await desk1.callNext()).id).toBe(fast.ticket.id);
    ok(await desk1.act('start'));
    ok(await desk1.act('appraise'));
    ok(await staff.lanhdao.post(`/api/tickets/${fast.ticket.id}/approve`, {}));
    const moved = ok(await desk1.act('finish', { outcomes: returned([birth]) }));
    expect(moved).toMatchObject({ state: 'waiting', fieldId: catalog.fieldId('C') });
    // Counter 1 is the fast lane's: the moved-on part is C's, not the fast lane's.
    expect((await desk1.queue()).map((t) => t.id)).not.toContain(fast.ticket.id);
    expect((await desk4.callNext()).id).toBe(fast.ticket.id);
    ok(await desk4.act('start'));
    // The dossier was returned at counter 1 (step 4): the C line needs no approval of its own.
    expect(ok(await desk4.act('finish', { outcomes: returned([residence]) }))).toMatchObject({ state: 'done' });
    const steps = server.store
      .all<{ payload: string }>(
        "SELECT payload FROM outbox_events WHERE ticket_id = ? AND type = 'fast-track.step' ORDER BY seq",
        fast.ticket.id,
      )
      .map((e) => (JSON.parse(e.payload) as { step: string }).step);
    expect(steps).toEqual(['received', 'appraised', 'approved', 'returned']);
  });
});
