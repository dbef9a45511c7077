// The citizen's side over the API and sockets: the status page's token, its live room, ratings and
// the day's satisfaction ratio, and the center's spoken call line.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CenterInfo, IssuedTicket, RatingsDay, RatingView, TicketPlace, TicketStatus } from '../../shared/types.js';
import {
  closeSockets,
  connectPhone,
  connectSocket,
  connectToCenter,
  recordEvents,
  roundTrip,
  waitForEvent,
  watchTicket,
} from '../support/center-socket.js';
import { Desk, demoCatalog, issue, returnedOutcomes, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { signInAll } from '../support/clock-and-roles.js';
import { PhonePage } from '../support/phone-page.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const watching = (server: TestServer, token: string) => connectPhone(server.baseUrl, token);

describe("the citizen's side", () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let staff: Record<'canbo1' | 'canbo3' | 'quanly' | 'canbo2', ApiClient>;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    staff = await signInAll(server, ['canbo1', 'canbo2', 'canbo3', 'quanly'] as const);
    catalog = await demoCatalog(kiosk);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  const birth = () => catalog.procedureIds('A')[0];
  const statusOf = (token: string) => kiosk.get<TicketStatus>(`/api/tickets/status/${token}`);

  it('a status token is random (≥ 128 bits) and nothing else — number, id — opens the status', async () => {
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 12; i++) tickets.push(await issue(kiosk, [birth()]));
    for (const t of tickets) {
      expect(t.statusToken).toMatch(/^[\w-]+$/);
      expect(Buffer.from(t.statusToken, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    }
    // Consecutive tickets share no prefix (a counter or a timestamp inside would show as one).
    const prefixes = new Set(tickets.map((t) => t.statusToken.slice(0, 4)));
    expect(prefixes.size).toBe(tickets.length);

    const first = tickets[0];
    const status = ok(await statusOf(first.statusToken));
    expect(status).toMatchObject({ id: first.ticket.id, number: first.ticket.number, state: 'waiting', ahead: first.ahead, rated: false });
    for (const guess of [first.ticket.number, String(first.ticket.id), first.statusToken.slice(0, -1), `${first.statusToken}x`]) {
      expect(refusal(await statusOf(encodeURIComponent(guess)))).toEqual({ status: 404, code: 'ticket-not-found' });
    }
    const socket = await connectSocket(server.baseUrl);
    expect(await watchTicket(socket, first.ticket.number)).toMatchObject({ error: { code: 'ticket-not-found' } });
    expect(await watchTicket(socket, String(first.ticket.id))).toMatchObject({ error: { code: 'ticket-not-found' } });
  });

  it("a watching phone hears its own ticket's call with the counter number, and never another ticket's status", async () => {
    const mine = await issue(kiosk, [catalog.procedureIds('B')[0]]);
    const other = await issue(kiosk, [catalog.procedureIds('B')[1]]);
    const { socket: phone, status } = await watching(server, mine.statusToken);
    // No counter of field B is open yet: nobody can say who is ahead.
    expect(status).toMatchObject({ number: mine.ticket.number, state: 'waiting', ahead: null, aheadReason: 'no-open-counter' });
    const heard = recordEvents(phone);
    const { socket: otherPhone, status: otherStatus } = await watching(server, other.statusToken);
    const otherHeard = recordEvents(otherPhone);
    const otherPage = new PhonePage(otherPhone, otherStatus);
    const { socket: display } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);

    // Counter 3 serves B first.
    const desk = new Desk(staff.canbo3, catalog.counterId(3));
    await desk.open();
    const called = waitForEvent(phone, 'ticket:status', (s) => s.state === 'called');
    // The counter opening may move it first (ahead 1): what counts is where it ends after the call.
    const otherMoved = otherPage.next((s) => s.ahead === 0);
    const displayCall = waitForEvent(display, 'ticket:called');
    expect((await desk.callNext()).number).toBe(mine.ticket.number);
    expect(await called).toMatchObject({ id: mine.ticket.id, state: 'called', counterNumber: 3, ahead: 0 });
    // The ticket behind it moved up (told its place alone); the center room still gets its usual event.
    expect(await otherMoved).toMatchObject({ id: other.ticket.id, state: 'waiting', ahead: 0 });
    await displayCall;

    const finished = waitForEvent(phone, 'ticket:status', (s) => s.state === 'done');
    await desk.serve(status);
    expect(await finished).toMatchObject({ state: 'done', counterNumber: 3 });

    // Whatever the server sent either phone before these round trips has arrived.
    await Promise.all([roundTrip(phone), roundTrip(otherPhone)]);
    // Only its own status, or its place while it waited: nothing of the center's room.
    const own = ['ticket:status', 'ticket:place'];
    expect(heard.every((e) => own.includes(e.name))).toBe(true);
    expect(heard.map((e) => (e.payload as TicketPlace).id).every((id) => id === mine.ticket.id)).toBe(true);
    expect(otherHeard.every((e) => own.includes(e.name))).toBe(true);
    expect(otherHeard.map((e) => (e.payload as TicketPlace).id).every((id) => id === other.ticket.id)).toBe(true);
    expect(otherHeard.length).toBeGreaterThan(0);
  });

  it('a phone follows its ticket through a transfer to another counter', async () => {
    const mine = await issue(kiosk, [catalog.procedureIds('A')[1]]);
    const { socket: phone } = await watching(server, mine.statusToken);
    const desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
    // Whatever A tickets earlier tests left come first.
    let current = await desk.callNext();
    while (current.id !== mine.ticket.id) {
      await desk.serve(current);
      current = await desk.callNext();
    }
    const transferred = waitForEvent(phone, 'ticket:status', (s) => s.state === 'waiting' && s.transferred);
    ok(await desk.act('transfer', { toCounterId: catalog.counterId(2) }));
    // Counter 2 is closed: it waits with no number ahead, for that counter to open.
    expect(await transferred).toMatchObject({ targetCounterNumber: 2, counterNumbers: [2], ahead: null, aheadReason: 'no-open-counter' });
  });

  it('the rating screen rates a ticket its counter just finished, once; a second rating is refused', async () => {
    const t = await issue(kiosk, [catalog.procedureIds('C')[0]]);
    const desk = new Desk(staff.canbo2, catalog.counterId(4));
    // Counter 4 serves C; canbo2 may sign in at any counter of the center.
    await desk.open();
    const called = await desk.callNext();
    expect(called.id).toBe(t.ticket.id);
    const rate = (body: object) => kiosk.post<RatingView>(`/api/tickets/${t.ticket.id}/rating`, body);

    // Not before the end of the service.
    ok(await desk.act('start'));
    expect(refusal(await rate({ score: 'satisfied', counter: 4 }))).toEqual({ status: 403, code: 'rating-not-allowed' });
    ok(await desk.act('finish', { outcomes: returnedOutcomes(called) }));

    expect(refusal(await rate({ score: 'satisfied', counter: 5 }))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect(refusal(await rate({ score: 'satisfied' }))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect(refusal(await rate({ score: 'satisfied', token: 'x'.repeat(24) }))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect(refusal(await rate({ score: 'satisfied', reasons: ['guidance'], counter: 4 }))).toEqual({ status: 400, code: 'bad-request' });

    const stored = await rate({ score: 'unsatisfied', reasons: ['waiting-time', 'guidance'], counter: 4 });
    expect(stored.status).toBe(201);
    expect(ok(stored)).toMatchObject({ ticketId: t.ticket.id, score: 'unsatisfied', reasons: ['waiting-time', 'guidance'] });
    expect(server.store.first('SELECT counter_id, staff_id, source FROM ratings WHERE ticket_id = ?', t.ticket.id)).toEqual({
      counter_id: catalog.counterId(4),
      staff_id: server.store.first<{ id: number }>("SELECT id FROM staff WHERE username = 'canbo2'")!.id,
      source: 'counter',
    });

    expect(refusal(await rate({ score: 'very-satisfied', token: t.statusToken }))).toEqual({ status: 409, code: 'already-rated' });
    expect(refusal(await rate({ score: 'very-satisfied', counter: 4 }))).toEqual({ status: 409, code: 'already-rated' });
    expect(ok(await statusOf(t.statusToken)).rated).toBe(true);
  });

  it("the rating screen's window closes 10 minutes after the finish; the phone's token still rates", async () => {
    const t = await issue(kiosk, [catalog.procedureIds('D')[0]]);
    const desk = new Desk(staff.canbo2, catalog.counterId(5));
    await desk.open();
    await desk.serve(await desk.callNext());
    server.clock.advance(10 * 60_000);
    const rate = (body: object) => kiosk.post<RatingView>(`/api/tickets/${t.ticket.id}/rating`, body);
    expect(refusal(await rate({ score: 'satisfied', counter: 5 }))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect((await rate({ score: 'satisfied', token: t.statusToken })).status).toBe(201);
  });

  it("today's satisfaction ratio is (rated − unsatisfied) / rated, for the center's staff", async () => {
    const day = ok(await staff.quanly.get<RatingsDay>(`/api/centers/${DEMO_CENTER_ID}/ratings/today`));
    // Two ratings so far: one unsatisfied, one satisfied.
    expect(day).toMatchObject({
      rated: 2,
      counts: { 'very-satisfied': 0, satisfied: 1, unsatisfied: 1 },
      reasons: { 'waiting-time': 1, 'staff-attitude': 0, guidance: 1 },
      satisfactionRatio: 0.5,
    });

    const more: IssuedTicket[] = [await issue(kiosk, [catalog.procedureIds('E')[0]]), await issue(kiosk, [catalog.procedureIds('E')[0]])];
    const desk = new Desk(staff.canbo2, catalog.counterId(5));
    for (const t of more) {
      await desk.serve(await desk.callNext());
      ok(await kiosk.post(`/api/tickets/${t.ticket.id}/rating`, { score: 'very-satisfied', token: t.statusToken }));
    }
    const after = ok(await staff.quanly.get<RatingsDay>(`/api/centers/${DEMO_CENTER_ID}/ratings/today`));
    expect(after.rated).toBe(4);
    expect(after.satisfactionRatio).toBe(0.75);
    expect(refusal(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/ratings/today`))).toEqual({ status: 401, code: 'unauthenticated' });
  });

  it('a manager changes the spoken call line; a template without {number} or {counter} is refused', async () => {
    const path = `/api/centers/${DEMO_CENTER_ID}/voice`;
    const before = ok(await kiosk.get<{ centers: CenterInfo[] }>('/api/centers')).centers[0];
    expect(before.voiceTemplateVi).toBe('Mời công dân có số {number} đến quầy số {counter}');

    expect(refusal(await staff.quanly.post(path, { templateVi: 'Mời số {number}', templateEn: 'Ticket {number} to {counter}' }))).toEqual({
      status: 400,
      code: 'bad-request',
    });
    expect(refusal(await staff.canbo1.post(path, { templateVi: '{number} {counter}', templateEn: '{number} {counter}' }))).toEqual({
      status: 403,
      code: 'forbidden',
    });

    const { socket: wall } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const updated = waitForEvent(wall, 'center:updated');
    const templates = { templateVi: 'Xin mời số {number} tới quầy {counter}', templateEn: 'Number {number}, counter {counter}' };
    expect(ok(await staff.quanly.post<CenterInfo>(path, templates))).toMatchObject({
      voiceTemplateVi: templates.templateVi,
      voiceTemplateEn: templates.templateEn,
    });
    expect(await updated).toMatchObject({ voiceTemplateVi: templates.templateVi });
  });
});
