// Booking a slot ahead and checking in on the day: the slots of a day's sessions, each slot's
// capacity overall and per procedure, cancelling, and where a checked-in citizen goes in the queue.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_HORIZON_DAYS } from '../../server/domain/booking-service.js';
import { addDays } from '../../shared/rules/sessions.js';
import type { BookingView, IssuedTicket, SlotView, TicketView } from '../../shared/types.js';
import { dmy, minutesOf, requestTicket, signInAll, TICKET_TABLES, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage, type Reply } from '../support/http-client.js';
import { isOrdinaryWorkingDay, TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

// The run's test week (tests/support/test-dates.ts): ordinary working days after today, whatever today is.
const { monday: MONDAY, tuesday: TUESDAY, wednesday: WEDNESDAY, thursday: THURSDAY } = TEST_WEEK;
const SATURDAY = addDays(MONDAY, 5);
/** The first working day whose midnight is more than BOOKING_HORIZON_DAYS after Monday 09:00 (the clock). */
const BEYOND_HORIZON = (() => {
  let day = addDays(MONDAY, BOOKING_HORIZON_DAYS + 1);
  while (!isOrdinaryWorkingDay(day)) day = addDays(day, 1);
  return day;
})();
const BOOKING_TABLES = ['bookings', ...TICKET_TABLES] as const;

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const numbers = (tickets: readonly TicketView[]) => tickets.map((t) => t.number);

describe('bookings', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let desk1: Desk;
  let birth: number;
  let signature: number;
  let residence: number;

  const at = (date: string, time: string) => server.clock.set(vnTime(date, time));
  const slots = async (date: string, procedureId: number) =>
    ok(await kiosk.get<{ slots: SlotView[] }>(`/api/centers/${DEMO_CENTER_ID}/slots?date=${date}&procedureId=${procedureId}`)).slots;
  const slotAt = async (date: string, time: string, procedureId: number) =>
    (await slots(date, procedureId)).find((s) => s.start === minutesOf(time));
  let citizen = 0;
  const book = (procedureId: number, date: string, time: string): Promise<Reply<BookingView>> =>
    kiosk.post<BookingView>(`/api/centers/${DEMO_CENTER_ID}/bookings`, {
      procedureId,
      date,
      slotStart: minutesOf(time),
      citizenName: `Nguyễn Văn Dân ${++citizen}`,
      phone: '0912 345 678',
    });
  const booked = async (procedureId: number, date: string, time: string) => ok(await book(procedureId, date, time));
  const checkIn = (code: string) => kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/bookings/${code}/check-in`, {});
  const cancel = (code: string) => kiosk.post<BookingView>(`/api/bookings/${code}/cancel`, {});
  const lookUp = async (code: string) => ok(await kiosk.get<BookingView>(`/api/bookings/${code}`));

  /** Refused with this status and code, and no booking or ticket table changed. */
  async function expectRefused<T>(action: () => Promise<Reply<T>>, status: number, code: string): Promise<Reply<T>> {
    const before = dumpTables(server.store, BOOKING_TABLES);
    const reply = await action();
    expect(refusal(reply)).toEqual({ status, code });
    expect(dumpTables(server.store, BOOKING_TABLES)).toEqual(before);
    return reply;
  }

  beforeAll(async () => {
    server = await startTestServer(vnTime(MONDAY, '09:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    signature = catalog.procedureNamed('Chứng thực chữ ký');
    residence = catalog.procedureNamed('Đăng ký tạm trú');
  });
  afterAll(() => server.stop());

  it('a future working day has 30-minute slots in both sessions, each with room for 6 and 3 per procedure', async () => {
    const wednesday = await slots(WEDNESDAY, birth);
    const expectedStarts = [
      '07:30',
      '08:00',
      '08:30',
      '09:00',
      '09:30',
      '10:00',
      '10:30',
      '11:00',
      '13:30',
      '14:00',
      '14:30',
      '15:00',
      '15:30',
      '16:00',
      '16:30',
    ];
    expect(wednesday.map((s) => hhmm(s.start))).toEqual(expectedStarts);
    for (const s of wednesday) {
      expect(s).toEqual({
        start: s.start,
        end: s.start + 30,
        capacity: 6,
        booked: 0,
        procedureBooked: 0,
        procedureCapacity: 3,
        available: true,
      });
    }
    // Tuesday also has its evening session; Saturday has none.
    expect((await slots(TUESDAY, birth)).map((s) => hhmm(s.start)).slice(-4)).toEqual(['19:00', '19:30', '20:00', '20:30']);
    expect(await slots(SATURDAY, birth)).toEqual([]);
    // Today's slots that have started cannot be booked any more.
    const today = await slots(MONDAY, birth);
    expect(today.filter((s) => s.available).map((s) => hhmm(s.start))[0]).toBe('09:30');
    expect(refusal(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/slots?date=${dmy(WEDNESDAY)}&procedureId=${birth}`))).toEqual({
      status: 400,
      code: 'bad-request',
    });
  });

  it('a booking gets a 6-digit code; the 4th of a procedure or the 7th of a slot is refused and writes nothing', async () => {
    const first = ok(await book(birth, WEDNESDAY, '08:00'));
    expect(first).toMatchObject({
      centerId: DEMO_CENTER_ID,
      procedureId: birth,
      date: WEDNESDAY,
      slotStart: minutesOf('08:00'),
      slotEnd: minutesOf('08:30'),
      state: 'booked',
      ticketId: null,
    });
    expect(first.code).toMatch(/^\d{6}$/);
    // Anyone with the code sees the booking, the name only by its initials.
    expect(await lookUp(first.code)).toEqual({ ...first, citizenName: 'N. V. D. 1' });
    const more = [await booked(birth, WEDNESDAY, '08:00'), await booked(birth, WEDNESDAY, '08:00')];
    expect(new Set([first.code, ...more.map((b) => b.code)]).size).toBe(3);

    // Three of one procedure fill its share of the slot; other procedures still fit.
    await expectRefused(() => book(birth, WEDNESDAY, '08:00'), 409, 'slot-full');
    expect(await slotAt(WEDNESDAY, '08:00', birth)).toMatchObject({ booked: 3, procedureBooked: 3, available: false });
    expect(await slotAt(WEDNESDAY, '08:00', signature)).toMatchObject({ booked: 3, procedureBooked: 0, available: true });
    for (let i = 0; i < 3; i++) await booked(signature, WEDNESDAY, '08:00');

    // Six in all fill the slot for every procedure.
    await expectRefused(() => book(residence, WEDNESDAY, '08:00'), 409, 'slot-full');
    expect(await slotAt(WEDNESDAY, '08:00', residence)).toMatchObject({ booked: 6, procedureBooked: 0, available: false });
    expect(await slotAt(WEDNESDAY, '08:30', residence)).toMatchObject({ booked: 0, available: true });
  });

  it('only as many of simultaneous requests for the last places succeed as there are places', async () => {
    const replies = await Promise.all(Array.from({ length: 5 }, () => book(birth, WEDNESDAY, '09:00')));
    expect(replies.map((r) => r.status).sort()).toEqual([201, 201, 201, 409, 409]);
    expect(await slotAt(WEDNESDAY, '09:00', birth)).toMatchObject({ procedureBooked: 3, available: false });
  });

  it('a time that is not a slot of a session is refused as slot-invalid', async () => {
    // The day beyond the horizon has its 08:00 slot: only the distance refuses it.
    expect(await slotAt(BEYOND_HORIZON, '08:00', birth)).toBeDefined();
    for (const [date, time] of [
      [WEDNESDAY, '12:00'], // lunch
      [WEDNESDAY, '07:45'], // not on the half hour
      [WEDNESDAY, '11:30'], // the morning session's end
      [WEDNESDAY, '17:00'], // after the afternoon session
      [SATURDAY, '08:00'],
      [MONDAY, '08:00'], // today, already past
      [MONDAY, '09:00'], // today, starting now
      [BEYOND_HORIZON, '08:00'], // a working day, but more than 60 days ahead
    ] as const) {
      await expectRefused(() => book(birth, date, time), 400, 'slot-invalid');
    }
  });

  it('cancelling frees the place; a cancelled code can be neither cancelled again nor checked in', async () => {
    const [kept] = (await slots(WEDNESDAY, birth)).filter((s) => s.start === minutesOf('08:00'));
    expect(kept).toMatchObject({ booked: 6, available: false });
    const code = server.store.first<{ code: string }>(
      "SELECT code FROM bookings WHERE date = ? AND slot_start = ? AND procedure_id = ? AND state = 'booked' ORDER BY id",
      WEDNESDAY,
      minutesOf('08:00'),
      birth,
    )!.code;

    expect(ok(await cancel(code))).toMatchObject({ code, state: 'cancelled' });
    expect(await slotAt(WEDNESDAY, '08:00', birth)).toMatchObject({ booked: 5, procedureBooked: 2, available: true });
    const again = await booked(birth, WEDNESDAY, '08:00');
    expect(again.code).not.toBe(code);
    expect(await slotAt(WEDNESDAY, '08:00', birth)).toMatchObject({ booked: 6, procedureBooked: 3, available: false });

    await expectRefused(() => cancel(code), 409, 'booking-not-active');
    at(WEDNESDAY, '08:05');
    await expectRefused(() => checkIn(code), 409, 'booking-not-active');
    expect((await lookUp(code)).state).toBe('cancelled');
    expect(refusal(await kiosk.get('/api/bookings/12345'))).toEqual({ status: 404, code: 'booking-not-found' });
    at(MONDAY, '09:00');
  });

  it('checking in on another day is refused, naming the booked day', async () => {
    const thursday = await booked(birth, THURSDAY, '09:00');
    at(WEDNESDAY, '09:00');
    const reply = await expectRefused(() => checkIn(thursday.code), 409, 'booking-other-day');
    expect(refusalMessage(reply)).toContain(dmy(THURSDAY));
    expect((await lookUp(thursday.code)).state).toBe('booked');
    at(MONDAY, '09:00');
  });

  it('on the booked day: early arrivals wait for their slot, then go ahead of walk-ins; 15 minutes late is still on time', async () => {
    const b1 = await booked(birth, WEDNESDAY, '10:00');
    const b2 = await booked(birth, WEDNESDAY, '10:30');
    const b3 = await booked(birth, WEDNESDAY, '10:30');
    const b4 = await booked(birth, WEDNESDAY, '11:00');
    // The clock moves to Wednesday: the day's numbering starts afresh (A001).
    at(WEDNESDAY, '09:30');
    // Signed in on the day: a staff session lasts 12 hours of the (test) clock.
    const { canbo1 } = await signInAll(server, ['canbo1']);
    desk1 = new Desk(canbo1, catalog.counterId(1));
    await desk1.open();

    at(WEDNESDAY, '09:40');
    const early = ok(await checkIn(b1.code));
    expect(early.ticket).toMatchObject({
      number: 'A001',
      lane: 'booking',
      notBefore: vnTime(WEDNESDAY, '10:00'),
      state: 'waiting',
      procedures: [{ procedureId: birth }],
    });
    expect(await lookUp(b1.code)).toMatchObject({ state: 'checked-in', ticketId: early.ticket.id });
    expect(refusal(await checkIn(b1.code))).toEqual({ status: 409, code: 'booking-not-active' });

    // Before 10:00 the booked ticket is not called, even when nobody else waits; a later walk-in is.
    // The counter's list shows it after everyone callable now.
    expect(numbers(await desk1.queue())).toEqual(['A001']);
    expect(refusal(await desk1.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
    at(WEDNESDAY, '09:46');
    const w1 = await issue(kiosk, [birth]);
    expect((await desk1.callAndServe()).id).toBe(w1.ticket.id);
    at(WEDNESDAY, '09:55');
    const w2 = await issue(kiosk, [birth]);

    // From the slot's start it goes first.
    at(WEDNESDAY, '10:00');
    expect(numbers(await desk1.queue())).toEqual(['A001', w2.ticket.number]);
    expect((await desk1.callAndServe()).id).toBe(early.ticket.id);
    expect((await desk1.callAndServe()).id).toBe(w2.ticket.id);

    // Walk-ins who came before the booked citizen checked in still wait behind them from 10:30.
    at(WEDNESDAY, '10:05');
    const w3 = await issue(kiosk, [birth]);
    at(WEDNESDAY, '10:06');
    const w4 = await issue(kiosk, [birth]);
    at(WEDNESDAY, '10:10');
    const second = ok(await checkIn(b2.code));
    expect(second.ticket).toMatchObject({ lane: 'booking', notBefore: vnTime(WEDNESDAY, '10:30') });
    at(WEDNESDAY, '10:20');
    expect(numbers(await desk1.queue())).toEqual(numbers([w3.ticket, w4.ticket, second.ticket]));
    at(WEDNESDAY, '10:30');
    expect(numbers(await desk1.queue())).toEqual(numbers([second.ticket, w3.ticket, w4.ticket]));
    // A walk-in arriving now is told how many go before them: the booked citizen too.
    const w5 = await issue(kiosk, [birth]);
    expect(numbers(await desk1.queue())).toEqual(numbers([second.ticket, w3.ticket, w4.ticket, w5.ticket]));
    expect.soft(w5.ahead, 'told at the kiosk: tickets ahead').toBe(3);
    expect((await desk1.callAndServe()).id).toBe(second.ticket.id);

    // 16 minutes after the slot's start: an ordinary walk-in ticket, at the back.
    at(WEDNESDAY, '10:46');
    const late = ok(await checkIn(b3.code));
    expect(late.ticket).toMatchObject({ lane: 'walk-in', notBefore: null, state: 'waiting' });
    expect(numbers(await desk1.queue())).toEqual(numbers([w3.ticket, w4.ticket, w5.ticket, late.ticket]));
    expect((await lookUp(b3.code)).state).toBe('checked-in');

    // Exactly 15 minutes late is still in time.
    at(WEDNESDAY, '11:15');
    const justInTime = ok(await checkIn(b4.code));
    expect(justInTime.ticket).toMatchObject({ lane: 'booking', notBefore: vnTime(WEDNESDAY, '11:00') });
    expect(numbers(await desk1.queue())).toEqual(numbers([justInTime.ticket, w3.ticket, w4.ticket, w5.ticket, late.ticket]));
  });

  it('a booked citizen arriving late after the last session has ended gets no ticket (outside-session)', async () => {
    at(WEDNESDAY, '11:20');
    const lastSlot = await booked(birth, WEDNESDAY, '16:30');
    at(WEDNESDAY, '17:30');
    // Late, they would be an ordinary walk-in; but walk-in tickets are not issued outside sessions.
    expect(refusal(await requestTicket(kiosk, [birth]))).toEqual({ status: 409, code: 'outside-session' });
    await expectRefused(() => checkIn(lastSlot.code), 409, 'outside-session');
    expect((await lookUp(lastSlot.code)).state).toBe('booked');
  });
});
