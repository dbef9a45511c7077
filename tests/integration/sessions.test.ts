// Office hours: tickets are issued only inside a session (Mon–Fri 07:30–11:30 and 13:30–17:00, Tue/Thu
// evenings 19:00–21:00 in the demo), never on a holiday; a refusal says when the next session opens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarView, SessionStatus } from '../../shared/types.js';
import { dmy, requestTicket, signInAll, TICKET_TABLES, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

/** A server whose clock starts at `start`, with its kiosk (Vietnamese and English) and the helpers of this file. */
function sessionsServer(start: number) {
  const s = {} as { server: TestServer; kiosk: ApiClient; kioskEn: ApiClient; catalog: DemoCatalog; birth: number };
  beforeAll(async () => {
    s.server = await startTestServer(start);
    s.kiosk = new ApiClient(s.server);
    s.kioskEn = new ApiClient(s.server);
    s.kioskEn.acceptLanguage = 'en';
    s.catalog = await demoCatalog(s.kiosk);
    s.birth = s.catalog.procedureNamed('Đăng ký khai sinh');
  });
  afterAll(() => s.server.stop());

  const at = (date: string, time: string) => s.server.clock.set(vnTime(date, time));
  const session = async () => ok(await s.kiosk.get<SessionStatus>(`/api/centers/${DEMO_CENTER_ID}/session`));
  /** A ticket asked for now is refused as outside-session, writes nothing, and the message names `next`. */
  async function expectClosed(next: string, client: ApiClient = s.kiosk): Promise<void> {
    const before = dumpTables(s.server.store, TICKET_TABLES);
    const reply = await requestTicket(client, [s.birth]);
    expect(refusal(reply)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(reply)).toBe(`Hiện ngoài giờ tiếp nhận hồ sơ. Phiên làm việc tiếp theo: ${next}.`);
    expect(dumpTables(s.server.store, TICKET_TABLES)).toEqual(before);
    expect((await session()).open).toBeNull();
  }
  return { s, at, session, expectClosed };
}

describe('sessions', () => {
  // The run's test week (tests/support/test-dates.ts): ordinary working days after today, whatever today is.
  const { monday: MONDAY, tuesday: TUESDAY, wednesday: WEDNESDAY } = TEST_WEEK;
  const { s, at, session, expectClosed } = sessionsServer(vnTime(MONDAY, '09:00'));
  let reception: ApiClient;
  let clerk: ApiClient;

  beforeAll(async () => {
    ({ tiepdan: reception, canbo1: clerk } = await signInAll(s.server, ['tiepdan', 'canbo1']));
  });

  it('Monday lunch is closed: the message names 13:30 the same day, in Vietnamese or English', async () => {
    // One ticket earlier in the morning, so "nothing written" also covers the day's sequence row.
    at(MONDAY, '10:00');
    expect((await issue(s.kiosk, [s.birth])).ticket.number).toBe('A001');

    at(MONDAY, '12:00');
    await expectClosed(`13:30 Thứ Hai, ${dmy(MONDAY)}`);
    await expectClosed(`13:30 Thứ Hai, ${dmy(MONDAY)}`, reception);
    const en = await requestTicket(s.kioskEn, [s.birth]);
    expect(refusal(en)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(en)).toBe(`Dossiers are not received now. The next session opens Monday, ${dmy(MONDAY)} at 13:30.`);
    expect(await session()).toMatchObject({
      open: null,
      next: { kind: 'regular', date: MONDAY, start: 13 * 60 + 30, end: 17 * 60, placeVi: null },
      serverTime: vnTime(MONDAY, '12:00'),
    });

    at(MONDAY, '13:30');
    expect((await issue(s.kiosk, [s.birth])).ticket.number).toBe('A002');
  });

  it('sessions open at their start and close at their end, to the minute', async () => {
    at(MONDAY, '07:29');
    await expectClosed(`07:30 Thứ Hai, ${dmy(MONDAY)}`);
    at(MONDAY, '11:30');
    await expectClosed(`13:30 Thứ Hai, ${dmy(MONDAY)}`);
    at(MONDAY, '17:00');
    await expectClosed(`07:30 Thứ Ba, ${dmy(TUESDAY)}`);
    at(MONDAY, '07:30');
    expect((await requestTicket(s.kiosk, [s.birth])).status).toBe(201);
    at(MONDAY, '16:59');
    expect((await requestTicket(s.kiosk, [s.birth])).status).toBe(201);
  });

  it('a ticket issued at 11:29 is still called, served and finished after the session closes at 11:30', async () => {
    at(MONDAY, '11:29');
    const { ticket } = await issue(s.kiosk, [s.birth]);
    at(MONDAY, '11:40');
    const desk = new Desk(clerk, s.catalog.counterId(1));
    await desk.open();
    // The earlier tickets of the day are served first.
    for (;;) {
      const next = await desk.callNext();
      if (next.id === ticket.id) break;
      await desk.serve(next);
    }
    at(MONDAY, '11:50');
    expect(ok(await desk.act('start'))).toMatchObject({ state: 'serving', startedAt: vnTime(MONDAY, '11:50') });
    at(MONDAY, '12:10');
    const done = ok(await desk.act('finish', { outcomes: [{ procedureId: s.birth, outcome: 'returned' }] }));
    expect(done).toMatchObject({ state: 'done', finishedAt: vnTime(MONDAY, '12:10'), procedures: [{ returnedOn: MONDAY }] });
  });

  it('evenings: Monday 18:00 and 19:30 are closed; Tuesday 19:30 is open (the extra session)', async () => {
    at(MONDAY, '18:00');
    await expectClosed(`07:30 Thứ Ba, ${dmy(TUESDAY)}`);
    at(MONDAY, '19:30');
    await expectClosed(`07:30 Thứ Ba, ${dmy(TUESDAY)}`);

    at(TUESDAY, '19:30');
    expect((await session()).open).toEqual({
      kind: 'extra',
      date: TUESDAY,
      start: 19 * 60,
      end: 21 * 60,
      placeVi: null,
      placeEn: null,
    });
    const evening = await issue(s.kiosk, [s.birth]);
    expect(evening.ticket).toMatchObject({ number: 'A001', state: 'waiting', issuedAt: vnTime(TUESDAY, '19:30') });
    at(TUESDAY, '21:00');
    await expectClosed(`07:30 Thứ Tư, ${dmy(WEDNESDAY)}`);
  });
});

describe('sessions on the holidays of 2026', () => {
  // Fixed dates on purpose: these are facts of 2026's calendar (National Day, Tết, the Hùng Kings' make-up
  // Monday), and they cannot expire. This server's clock is set by the test only: it seeds the holidays of
  // its clock's year and the next, and compares the session with that clock, never with the real date; the
  // kiosk signs nobody in (staff cookies carry a Max-Age anyway) and startTestServer sets no rate limits.
  const { s, at, session, expectClosed } = sessionsServer(vnTime('2026-09-02', '09:00'));

  it('holidays are closed all day: National Day, Tết and the Hùng Kings’ make-up Monday', async () => {
    at('2026-09-02', '09:00');
    await expectClosed('07:30 Thứ Năm, 03/09/2026');
    at('2026-09-01', '09:00');
    await expectClosed('07:30 Thứ Năm, 03/09/2026');
    at('2026-02-17', '09:00');
    await expectClosed('07:30 Thứ Hai, 23/02/2026');
    const en = await requestTicket(s.kioskEn, [s.birth]);
    expect(refusalMessage(en)).toBe('Dossiers are not received now. The next session opens Monday, 23/02/2026 at 07:30.');
    at('2026-04-27', '09:00');
    await expectClosed('07:30 Thứ Ba, 28/04/2026');
    expect(await session()).toMatchObject({ open: null, fastTrackToday: false, next: { date: '2026-04-28', start: 7 * 60 + 30 } });
  });

  it('the seeded calendar holds Tết 2026, the Hùng Kings’ day with its make-up day, and next year’s holidays', async () => {
    const { holidays } = ok(await s.kiosk.get<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/calendar`));
    const named = (nameVi: string) => holidays.filter((h) => h.nameVi === nameVi).map((h) => h.date);
    expect(named('Tết Nguyên đán').filter((d) => d.startsWith('2026'))).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(holidays).toContainEqual({ date: '2026-04-26', nameVi: 'Giỗ Tổ Hùng Vương', nameEn: 'Hùng Kings’ Commemoration' });
    expect(holidays.find((h) => h.date === '2026-04-27')?.nameVi).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    for (const date of ['2026-01-01', '2026-04-30', '2026-05-01', '2026-09-01', '2026-09-02']) {
      expect(holidays.map((h) => h.date)).toContain(date);
    }
    // Seeded for the clock's year and the next one.
    expect(holidays.some((h) => h.date === '2027-01-01')).toBe(true);
    expect(named('Tết Nguyên đán').filter((d) => d.startsWith('2027'))).toHaveLength(5);
    expect(holidays.every((h) => h.date.startsWith('2026') || h.date.startsWith('2027'))).toBe(true);
  });
});
