// No-wait Friday ("Thứ Sáu không hẹn") end to end: which tickets go to the fast lane, which counter
// calls them, and the "4 on-site" steps (received, appraised, approved by a leader, returned), each
// timed by the clock and announced to the screens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarView, FastTrackDay, FastTrackDossier, IssuedTicket, SessionStatus, TicketView } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent, type ClientSocket } from '../support/center-socket.js';
import { addDays } from '../../shared/rules/sessions.js';
import { dmy, issueFast, requestTicket, signInAll, TICKET_TABLES, vnTime, type FastTrackAnswers } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage, type Reply } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

// The Friday of the run's test week (tests/support/test-dates.ts), and the weekend and Monday after it.
const FRIDAY = TEST_WEEK.friday;
const SATURDAY = addDays(FRIDAY, 1);
const NEXT_MONDAY = addDays(FRIDAY, 3);
const COMPLETE: FastTrackAnswers = { dossierComplete: true };
const numbers = (tickets: readonly TicketView[]) => tickets.map((t) => t.number);

describe('No-wait Friday: the fast lane', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let desk1: Desk;
  let desk2: Desk;
  let birth: number;
  /** The first two slips of the day, as printed. */
  let slips: { walkIn: IssuedTicket; fast: IssuedTicket } | undefined;

  const at = (time: string, date = FRIDAY) => server.clock.set(vnTime(date, time));
  /** Starts the current ticket and finishes it without a result (a fast one needs no approval then). */
  const serveIncomplete = async (desk: Desk, ticket: TicketView) => {
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: ticket.procedures.map((p) => ({ procedureId: p.procedureId, outcome: 'incomplete' })) }));
  };

  beforeAll(async () => {
    server = await startTestServer(vnTime(FRIDAY, '08:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    const staff = await signInAll(server, ['canbo1', 'canbo2']);
    desk1 = new Desk(staff.canbo1, catalog.counterId(1));
    desk2 = new Desk(staff.canbo2, catalog.counterId(2));
    await desk1.open();
    await desk2.open();
  });
  afterAll(() => server.stop());

  it('the calendar names counter 1 as the fast-track counter, Friday as the day and N as the prefix', async () => {
    const calendar = ok(await kiosk.get<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/calendar`));
    expect(calendar.fastTrack.counterIds).toEqual([catalog.counterId(1)]);
    expect(calendar.fastTrack.days).toEqual([5]);
    expect(calendar.fastTrack.prefix).toBe('N');
    expect(calendar.fastTrack.procedures.map((p) => p.procedureId)).toContain(birth);
    expect(ok(await kiosk.get<SessionStatus>(`/api/centers/${DEMO_CENTER_ID}/session`)).fastTrackToday).toBe(true);
    expect((await desk1.counter()).fastTrack).toBe(true);
    expect((await desk2.counter()).fastTrack).toBe(false);
  });

  it('a complete dossier of a listed procedure gets N001 in the fast lane and goes first at counter 1', async () => {
    at('08:50');
    const walkIn = await issue(kiosk, [birth]);
    expect(walkIn.ticket).toMatchObject({ number: 'A001', lane: 'walk-in' });

    at('09:00');
    const fast = await issueFast(kiosk, [birth], COMPLETE);
    expect(fast.ticket).toMatchObject({ number: 'N001', lane: 'fast', fieldId: catalog.fieldId('A'), state: 'waiting' });
    expect(fast.ahead).toBe(0);
    slips = { walkIn, fast };

    // Counter 1 lists the fast ticket ahead of the earlier walk-in; counter 2 does not list it at all.
    expect(numbers(await desk1.queue())).toEqual(['N001', 'A001']);
    expect(numbers(await desk2.queue())).toEqual(['A001']);
    expect(await desk1.callNext()).toMatchObject({ number: 'N001', counterNumber: 1 });
    expect(await desk2.callNext()).toMatchObject({ number: 'A001', counterNumber: 2 });
  });

  it('the slip of a fast ticket names only the counter that will call it', () => {
    expect(slips!.walkIn.counterNumbers).toEqual([1, 2, 3]);
    expect(slips!.fast.counterNumbers).toEqual([1]);
  });

  it('counter 2 never calls a fast ticket, even the oldest one waiting; counter 1 falls back to walk-ins', async () => {
    at('09:10');
    const n002 = await issueFast(kiosk, [birth], COMPLETE);
    at('09:15');
    await issue(kiosk, [birth]);
    expect(n002.ticket.number).toBe('N002');

    await serveIncomplete(desk2, (await desk2.counter()).current!);
    at('09:20');
    expect((await desk2.callNext()).number).toBe('A002');
    await serveIncomplete(desk2, (await desk2.counter()).current!);
    expect(refusal(await desk2.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
    expect(refusal(await desk2.act('call', { ticketId: n002.ticket.id }))).toEqual({ status: 409, code: 'counter-not-serving-field' });

    await serveIncomplete(desk1, (await desk1.counter()).current!);
    expect((await desk1.callNext()).number).toBe('N002');
    await serveIncomplete(desk1, (await desk1.counter()).current!);
    at('09:30');
    await issue(kiosk, [birth]);
    expect((await desk1.callNext()).number).toBe('A003');
    await serveIncomplete(desk1, (await desk1.counter()).current!);
  });

  it('an incomplete dossier or an unlisted first procedure gets a walk-in ticket', async () => {
    at('09:40');
    const unlisted = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    const asked: [number[], FastTrackAnswers][] = [
      [[birth], { dossierComplete: false }],
      [[unlisted], COMPLETE],
      // The first procedure decides: a listed one further down does not make the visit fast.
      [[unlisted, birth], COMPLETE],
    ];
    const issued = [];
    for (const [procedureIds, answers] of asked) issued.push(await issueFast(kiosk, procedureIds, answers));
    expect(issued.map((i) => [i.ticket.number, i.ticket.lane])).toEqual([
      ['A004', 'walk-in'],
      ['A005', 'walk-in'],
      ['A006', 'walk-in'],
    ]);
    // The rule's own reason comes back, for the kiosk to tell the citizen.
    expect(issued.map((i) => i.fastTrackRefusal)).toEqual(['dossier-incomplete', 'procedure-not-listed', 'procedure-not-listed']);
    // A listed procedure of another field shares the one fast-lane numbering.
    const signature = await issueFast(kiosk, [catalog.procedureNamed('Chứng thực chữ ký')], COMPLETE);
    expect(signature.ticket).toMatchObject({ number: 'N003', lane: 'fast', fieldId: catalog.fieldId('B') });
  });

  it('on Saturday the same request is refused as outside-session and writes nothing', async () => {
    at('09:00', SATURDAY);
    const before = dumpTables(server.store, TICKET_TABLES);
    const reply = await requestTicket(kiosk, [birth], COMPLETE);
    expect(refusal(reply)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(reply)).toContain(`07:30 Thứ Hai, ${dmy(NEXT_MONDAY)}`);
    expect(dumpTables(server.store, TICKET_TABLES)).toEqual(before);
  });

  it('on a Monday the fast-track answers change nothing: a walk-in ticket', async () => {
    at('09:00', NEXT_MONDAY);
    expect(ok(await kiosk.get<SessionStatus>(`/api/centers/${DEMO_CENTER_ID}/session`)).fastTrackToday).toBe(false);
    const monday = await issueFast(kiosk, [birth], COMPLETE);
    expect(monday.ticket).toMatchObject({ number: 'A001', lane: 'walk-in' });
    expect(monday.fastTrackRefusal).toBe('not-fast-track-day');
  });
});

describe('No-wait Friday: the 4 on-site steps', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let clerk1: ApiClient;
  let leader: ApiClient;
  let manager: ApiClient;
  let desk1: Desk;
  let desk2: Desk;
  let display: ClientSocket;
  let birth: number;

  const at = (time: string) => server.clock.set(vnTime(FRIDAY, time));
  const today = async (client: ApiClient = clerk1) => ok(await client.get<FastTrackDay>(`/api/centers/${DEMO_CENTER_ID}/fast-track/today`));
  const dossierOf = (day: FastTrackDay, ticketId: number) => day.all.find((d) => d.ticketId === ticketId);
  const approve = (client: ApiClient, ticketId: number) => client.post<FastTrackDossier>(`/api/tickets/${ticketId}/approve`, {});
  const refuse = (client: ApiClient, ticketId: number, body: unknown) =>
    client.post<FastTrackDossier>(`/api/tickets/${ticketId}/refuse`, body);
  const finishAs = (desk: Desk, ticket: TicketView, outcome: 'returned' | 'incomplete'): Promise<Reply<TicketView>> =>
    desk.act('finish', { outcomes: ticket.procedures.map((p) => ({ procedureId: p.procedureId, outcome })) });
  /** The next 'fast-track:updated' of one ticket reaching `stage`; start waiting before the action. */
  const stageEvent = (ticketId: number, stage: FastTrackDossier['stage']) =>
    waitForEvent(display, 'fast-track:updated', (d) => d.ticketId === ticketId && d.stage === stage);

  /** A fast ticket issued now, called at counter 1 and started (step 1). */
  async function receivedAtCounter1(): Promise<TicketView> {
    const { ticket } = await issueFast(kiosk, [birth], COMPLETE);
    const called = await desk1.callNext();
    expect(called.id).toBe(ticket.id);
    ok(await desk1.act('start'));
    return called;
  }

  beforeAll(async () => {
    server = await startTestServer(vnTime(FRIDAY, '08:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    const staff = await signInAll(server, ['canbo1', 'canbo2', 'lanhdao', 'quanly']);
    clerk1 = staff.canbo1;
    leader = staff.lanhdao;
    manager = staff.quanly;
    desk1 = new Desk(clerk1, catalog.counterId(1));
    desk2 = new Desk(staff.canbo2, catalog.counterId(2));
    await desk1.open();
    await desk2.open();
    display = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID)).socket;
  });
  afterAll(async () => {
    closeSockets();
    await server.stop();
  });

  it('received, appraised, approved by the leader, returned: each step in order, at the clock’s time, announced', async () => {
    at('09:00');
    const { ticket } = await issueFast(kiosk, [birth], COMPLETE);
    expect(ticket.number).toBe('N001');
    const called = await desk1.callNext();
    expect(called.id).toBe(ticket.id);

    // Appraisal needs the dossier received (the ticket started) first.
    const early = refusal(await desk1.act('appraise'));
    expect(early.status).toBe(409);
    expect(['transition-not-allowed', 'fast-track-step-order']).toContain(early.code);

    at('09:02');
    const received = stageEvent(ticket.id, 'received');
    ok(await desk1.act('start'));
    await expect(received, 'step 1 announced').resolves.toMatchObject({
      number: 'N001',
      counterNumber: 1,
      receivedAt: vnTime(FRIDAY, '09:02'),
      appraisedAt: null,
    });

    expect(refusal(await finishAs(desk1, called, 'returned'))).toEqual({ status: 409, code: 'approval-required' });
    expect(refusal(await approve(leader, ticket.id))).toEqual({ status: 409, code: 'fast-track-step-order' });

    at('09:10');
    const appraisedEvent = stageEvent(ticket.id, 'appraised');
    const appraised = ok(await desk1.act<FastTrackDossier>('appraise'));
    expect(appraised).toMatchObject({ ticketId: ticket.id, stage: 'appraised', appraisedAt: vnTime(FRIDAY, '09:10') });
    await expect(appraisedEvent, 'step 2 announced').resolves.toMatchObject({ appraisedAt: vnTime(FRIDAY, '09:10') });
    expect(refusal(await desk1.act('appraise'))).toEqual({ status: 409, code: 'fast-track-step-order' });

    // Only the leader signs: not the clerk, not the manager, not an anonymous caller.
    expect(refusal(await finishAs(desk1, called, 'returned'))).toEqual({ status: 409, code: 'approval-required' });
    expect(refusal(await approve(clerk1, ticket.id))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await approve(manager, ticket.id))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await approve(kiosk, ticket.id))).toEqual({ status: 401, code: 'unauthenticated' });
    const waiting = await today(leader);
    expect(waiting.awaitingApproval.map((d) => d.number)).toEqual(['N001']);
    expect((await desk1.counter()).current).toMatchObject({ id: ticket.id, state: 'serving' });

    at('09:15');
    const approvedEvent = stageEvent(ticket.id, 'approved');
    const approved = ok(await approve(leader, ticket.id));
    expect(approved).toMatchObject({
      stage: 'approved',
      approvedAt: vnTime(FRIDAY, '09:15'),
      approvedBy: 'Trần Văn Hùng',
    });
    await expect(approvedEvent, 'step 3 announced').resolves.toMatchObject({ approvedBy: 'Trần Văn Hùng' });

    at('09:20');
    const returnedEvent = stageEvent(ticket.id, 'returned');
    const finished = ok(await finishAs(desk1, called, 'returned'));
    expect(finished.state).toBe('done');
    expect(finished.procedures[0]).toMatchObject({ outcome: 'returned', returnedOn: FRIDAY });

    const day = await today();
    expect(day).toMatchObject({ date: FRIDAY, dossiers: 1, returned: 1, sameDayRate: 1, awaitingApproval: [] });
    expect(dossierOf(day, ticket.id)).toMatchObject({
      stage: 'returned',
      receivedAt: vnTime(FRIDAY, '09:02'),
      appraisedAt: vnTime(FRIDAY, '09:10'),
      approvedAt: vnTime(FRIDAY, '09:15'),
      returnedAt: vnTime(FRIDAY, '09:20'),
      late: false,
    });
    // Step 4 reaches the screens like the other three.
    await expect(returnedEvent, 'step 4 announced').resolves.toMatchObject({ stage: 'returned', returnedAt: vnTime(FRIDAY, '09:20') });
  });

  it('a refusal needs a reason, shows it, and the result can then not be returned', async () => {
    at('10:00');
    const called = await receivedAtCounter1();
    at('10:05');
    ok(await desk1.act('appraise'));

    expect(refusal(await refuse(leader, called.id, {}))).toEqual({ status: 400, code: 'bad-request' });
    expect(refusal(await refuse(leader, called.id, { reason: '   ' }))).toEqual({ status: 400, code: 'bad-request' });
    expect(refusal(await refuse(clerk1, called.id, { reason: 'Thiếu giấy tờ' }))).toEqual({ status: 403, code: 'forbidden' });
    expect(dossierOf(await today(), called.id)?.stage).toBe('appraised');

    at('10:07');
    const reason = 'Giấy chứng sinh bị tẩy xóa, cần xác minh với bệnh viện';
    const refusedEvent = stageEvent(called.id, 'refused');
    const refused = ok(await refuse(leader, called.id, { reason }));
    expect(refused).toMatchObject({ stage: 'refused', refusalReason: reason, refusedAt: vnTime(FRIDAY, '10:07'), approvedAt: null });
    await expect(refusedEvent, 'refusal announced').resolves.toMatchObject({ refusalReason: reason });

    expect(refusal(await approve(leader, called.id))).toEqual({ status: 409, code: 'fast-track-step-order' });
    expect(refusal(await finishAs(desk1, called, 'returned'))).toEqual({ status: 409, code: 'approval-required' });
    ok(await finishAs(desk1, called, 'incomplete'));

    const day = await today();
    expect(day).toMatchObject({ dossiers: 2, returned: 1, sameDayRate: 0.5 });
    expect(dossierOf(day, called.id)).toMatchObject({ stage: 'refused', refusalReason: reason, late: false });
  });

  it('appraisal and approval are refused for a walk-in ticket; the day’s list is for staff only', async () => {
    at('10:30');
    const { ticket } = await issue(kiosk, [birth]);
    const called = await desk2.callNext();
    expect(called.id).toBe(ticket.id);
    ok(await desk2.act('start'));
    expect(refusal(await desk2.act('appraise'))).toEqual({ status: 409, code: 'not-fast-track' });
    expect(refusal(await approve(leader, ticket.id))).toEqual({ status: 409, code: 'not-fast-track' });
    expect(refusal(await refuse(leader, ticket.id, { reason: 'x' }))).toEqual({ status: 409, code: 'not-fast-track' });
    ok(await finishAs(desk2, called, 'returned'));
    expect(refusal(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/fast-track/today`))).toEqual({ status: 401, code: 'unauthenticated' });
    expect((await today()).dossiers).toBe(2);
  });

  it('a dossier still without its result when the last session ends (17:00) is late; before, it is not', async () => {
    at('16:00');
    const called = await receivedAtCounter1();
    ok(await desk1.act('appraise'));

    server.clock.set(vnTime(FRIDAY, '17:00') - 1000);
    let day = await today(leader);
    expect(dossierOf(day, called.id)).toMatchObject({ stage: 'appraised', late: false });
    expect(day.awaitingApproval.map((d) => d.ticketId)).toEqual([called.id]);

    at('17:01');
    day = await today(leader);
    expect(dossierOf(day, called.id)).toMatchObject({ stage: 'appraised', late: true });
    expect(day.awaitingApproval.find((d) => d.ticketId === called.id)?.late).toBe(true);
    // The dossiers that got their result (or a refusal) in time are not late.
    expect(day.all.filter((d) => d.late).map((d) => d.number)).toEqual([called.number]);
  });

  it('a dossier returned only after the last session ended stays marked late', async () => {
    // Continues the previous test: work goes on after 17:00, but the same-day promise was missed.
    const late = (await today(leader)).awaitingApproval[0];
    at('17:10');
    ok(await approve(leader, late.ticketId));
    at('17:15');
    const current = (await desk1.counter()).current!;
    ok(await finishAs(desk1, current, 'returned'));
    const day = await today(leader);
    expect(dossierOf(day, late.ticketId)).toMatchObject({ stage: 'returned', returnedAt: vnTime(FRIDAY, '17:15') });
    expect(dossierOf(day, late.ticketId)?.late, 'not returned when the 17:00 session ended').toBe(true);
  });
});
