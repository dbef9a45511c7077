// "People ahead" told to citizens, on the demo center, in the cases where it used to be wrong: each
// figure (the slip at issue, the status API, what the phone's page holds) is the one definition's
// (shared/rules/ahead.ts), and Call next then takes the tickets in the order it promised.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BookingView, CalendarView, IssuedTicket, TicketStatus } from '../../shared/types.js';
import { closeSockets } from '../support/center-socket.js';
import { issueFast, minutesOf, signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { openPhonePage } from '../support/phone-page.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const { monday: MONDAY, tuesday: TUESDAY, friday: FRIDAY } = TEST_WEEK;

interface Setup {
  server: TestServer;
  kiosk: ApiClient;
  catalog: DemoCatalog;
  status(ticket: IssuedTicket): Promise<TicketStatus>;
}

const servers: TestServer[] = [];

async function setUp(at: number): Promise<Setup> {
  const server = await startTestServer(at);
  servers.push(server);
  const kiosk = new ApiClient(server);
  const catalog = await demoCatalog(kiosk);
  return {
    server,
    kiosk,
    catalog,
    status: async (ticket) => ok(await kiosk.get<TicketStatus>(`/api/tickets/status/${ticket.statusToken}`)),
  };
}

describe('people ahead, as Call next will call them', () => {
  afterEach(() => closeSockets());
  afterAll(() => Promise.all(servers.map((s) => s.stop())));

  it("an elderly citizen's B001 waits behind A001 when the only open counter (1: A then B) calls A first", async () => {
    const s = await setUp(vnTime(MONDAY, '09:00'));
    const { canbo1 } = await signInAll(s.server, ['canbo1'] as const);
    const desk1 = new Desk(canbo1, s.catalog.counterId(1));
    await desk1.open();

    const a = await issue(s.kiosk, [s.catalog.procedureIds('A')[0]]);
    const b = await issue(s.kiosk, [s.catalog.procedureIds('B')[0]], 'elderly');
    expect(b.ticket.number).toBe('B001');
    expect(b.ahead, 'the slip (and the kiosk)').toBe(1);
    expect((await s.status(b)).ahead, 'the status API').toBe(1);
    const phone = await openPhonePage(s.server.baseUrl, b.statusToken);
    expect(phone.status.ahead, 'the phone').toBe(1);

    const next = phone.next((st) => st.ahead === 0);
    expect((await desk1.callNext()).id).toBe(a.ticket.id);
    // Now, and only now, it is next.
    expect(await next).toMatchObject({ id: b.ticket.id, state: 'waiting', ahead: 0, aheadReason: null });
    await desk1.serve(a.ticket);
    expect((await desk1.callNext()).id).toBe(b.ticket.id);
  });

  it('a Friday without a fast-track counter: walk-in A001 waits behind the fast lane N001 and N002 that counter 1 takes first', async () => {
    const s = await setUp(vnTime(FRIDAY, '09:00'));
    const { canbo1, quanly } = await signInAll(s.server, ['canbo1', 'quanly'] as const);
    const calendar = ok(await quanly.get<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/calendar`));
    const { days, procedures } = calendar.fastTrack;
    ok(await quanly.post(`/api/centers/${DEMO_CENTER_ID}/fast-track`, { days, procedures, counterIds: [] }));
    const desk1 = new Desk(canbo1, s.catalog.counterId(1));
    await desk1.open();
    expect((await desk1.counter()).fastTrack).toBe(false);

    const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
    const complete = { dossierComplete: true };
    const n1 = await issueFast(s.kiosk, [birth], complete);
    const n2 = await issueFast(s.kiosk, [birth], complete);
    const a1 = await issue(s.kiosk, [birth]);
    expect([n1, n2, a1].map((t) => t.ticket.number)).toEqual(['N001', 'N002', 'A001']);
    expect(
      [n1, n2, a1].map((t) => t.ahead),
      'the slips',
    ).toEqual([0, 1, 2]);
    const phone = await openPhonePage(s.server.baseUrl, a1.statusToken);
    expect(phone.status.ahead).toBe(2);

    const moved = phone.next((st) => st.ahead === 1);
    expect((await desk1.callNext()).id).toBe(n1.ticket.id);
    expect((await moved).ahead, 'the phone after N001 was called').toBe(1);
    expect((await s.status(a1)).ahead, 'the status API after N001 was called').toBe(1);
  });

  it('C001 while both counters of field C (4 and 6) are closed: no number, "no open counter", and when the calendar reopens', async () => {
    const s = await setUp(vnTime(MONDAY, '11:20'));
    // Counter 5 (D, E) is open: it never calls field C.
    const { canbo5, canbo4 } = await signInAll(s.server, ['canbo5', 'canbo4'] as const);
    await new Desk(canbo5, s.catalog.counterId(5)).open();

    const c = await issue(s.kiosk, [s.catalog.procedureIds('C')[0]]);
    expect(c).toMatchObject({ ahead: null, aheadReason: 'no-open-counter', callableFrom: null });
    expect(await s.status(c)).toMatchObject({ ahead: null, aheadReason: 'no-open-counter', callableFrom: null });

    // After the morning session the calendar knows when the center opens again.
    s.server.clock.set(vnTime(MONDAY, '11:40'));
    expect(await s.status(c)).toMatchObject({ ahead: null, aheadReason: 'no-open-counter', callableFrom: vnTime(MONDAY, '13:30') });

    s.server.clock.set(vnTime(MONDAY, '13:30'));
    const phone = await openPhonePage(s.server.baseUrl, c.statusToken);
    const opened = phone.next((st) => st.ahead === 0);
    await new Desk(canbo4, s.catalog.counterId(4)).open();
    expect(await opened).toMatchObject({ ahead: 0, aheadReason: null, callableFrom: null });
  });

  it('a booked citizen who checked in early is not called before the slot: told when, not "soon"', async () => {
    const s = await setUp(vnTime(MONDAY, '09:00'));
    const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
    const booking = ok(
      await s.kiosk.post<BookingView>(`/api/centers/${DEMO_CENTER_ID}/bookings`, {
        procedureId: birth,
        date: TUESDAY,
        slotStart: minutesOf('10:00'),
        citizenName: 'Nguyễn Văn Dân',
        phone: '0912 345 678',
      }),
    );
    s.server.clock.set(vnTime(TUESDAY, '09:30'));
    const { canbo1 } = await signInAll(s.server, ['canbo1'] as const);
    const desk1 = new Desk(canbo1, s.catalog.counterId(1));
    await desk1.open();

    const booked = ok(await s.kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/bookings/${booking.code}/check-in`, {}));
    expect(booked.ticket).toMatchObject({ lane: 'booking', notBefore: vnTime(TUESDAY, '10:00') });
    expect(booked).toMatchObject({ ahead: null, aheadReason: 'slot-not-started', callableFrom: vnTime(TUESDAY, '10:00') });
    // Not called for half an hour: the estimate says so.
    expect(booked.estimatedWaitMinutes).toBeGreaterThanOrEqual(30);

    // A walk-in now is not behind a booking whose slot has not started.
    const walkIn = await issue(s.kiosk, [birth]);
    expect(walkIn.ahead).toBe(0);

    s.server.clock.set(vnTime(TUESDAY, '10:00'));
    expect(await s.status(booked)).toMatchObject({ ahead: 0, aheadReason: null, callableFrom: null });
    expect((await s.status(walkIn)).ahead).toBe(1);
    expect((await desk1.callNext()).id).toBe(booked.ticket.id);
  });
});
