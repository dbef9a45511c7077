// A manager edits the center's calendar: holidays, outreach sessions at another place, the weekly
// sessions and the fast-track settings. Edits take effect at once, reach the screens, and only
// managers and admins may make them.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WEEKLY_SESSIONS } from '../../server/demo/demo-center.js';
import type { CalendarView, OutreachView, SessionStatus, TicketView } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { addDays } from '../../shared/rules/sessions.js';
import { CALENDAR_TABLES, dmy, issueFast, minutesOf, requestTicket, signInAll, vnTime } from '../support/clock-and-roles.js';
import { demoCatalog, dumpTables, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage, type Reply } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

// The run's test week (tests/support/test-dates.ts): ordinary working days after today, whatever today is.
const { monday: MONDAY, tuesday: TUESDAY, wednesday: WEDNESDAY, thursday: THURSDAY, friday: FRIDAY } = TEST_WEEK;
const SATURDAY = addDays(MONDAY, 5);
const CAL = `/api/centers/${DEMO_CENTER_ID}/calendar`;
const PLACE = { placeVi: 'Nhà văn hóa tổ dân phố 5', placeEn: 'Residential group 5 cultural house' };

describe('calendar editing', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let manager: ApiClient;
  let admin: ApiClient;
  let clerk: ApiClient;
  let reception: ApiClient;
  let leader: ApiClient;
  let catalog: DemoCatalog;
  let birth: number;

  const at = (date: string, time: string) => server.clock.set(vnTime(date, time));
  /** Staff sessions last 12 hours of the test clock: every edit is made on Monday morning. */
  const editTime = () => at(MONDAY, '10:00');
  const calendar = async () => ok(await kiosk.get<CalendarView>(CAL));
  const session = async () => ok(await kiosk.get<SessionStatus>(`/api/centers/${DEMO_CENTER_ID}/session`));
  const ticketStatus = async () => (await requestTicket(kiosk, [birth])).status;
  const outreachBody = (over: Record<string, unknown> = {}) => ({
    from: THURSDAY,
    to: THURSDAY,
    start: minutesOf('08:00'),
    end: minutesOf('11:00'),
    ...PLACE,
    counterIds: [catalog.counterId(4)],
    ...over,
  });

  /** Refused with this status and code; the calendar tables and what the calendar shows are unchanged. */
  async function expectRefused<T>(action: () => Promise<Reply<T>>, status: number, code: string): Promise<void> {
    const before = dumpTables(server.store, CALENDAR_TABLES);
    const shown = await calendar();
    const reply = await action();
    expect(refusal(reply)).toEqual({ status, code });
    expect(refusalMessage(reply)).toMatch(/\S/);
    expect(dumpTables(server.store, CALENDAR_TABLES)).toEqual(before);
    expect(await calendar()).toEqual(shown);
  }

  beforeAll(async () => {
    server = await startTestServer(vnTime(MONDAY, '09:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    ({
      quanly: manager,
      admin,
      canbo1: clerk,
      tiepdan: reception,
      lanhdao: leader,
    } = await signInAll(server, ['quanly', 'admin', 'canbo1', 'tiepdan', 'lanhdao']));
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('a holiday added for today closes the center at once, and deleting it opens it again; displays are told', async () => {
    editTime();
    const { socket: display } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(await ticketStatus()).toBe(201);

    const closed = waitForEvent(display, 'calendar:updated', (s) => s.open === null);
    const added = ok(
      await manager.post<CalendarView>(`${CAL}/holidays`, { date: MONDAY, nameVi: 'Nghỉ tránh bão', nameEn: 'Closed for the storm' }),
    );
    expect(added.holidays).toContainEqual({ date: MONDAY, nameVi: 'Nghỉ tránh bão', nameEn: 'Closed for the storm' });
    expect(await closed).toMatchObject({
      open: null,
      next: { date: TUESDAY, start: minutesOf('07:30') },
      serverTime: vnTime(MONDAY, '10:00'),
    });
    const refused = await requestTicket(kiosk, [birth]);
    expect(refusal(refused)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(refused)).toContain(`07:30 Thứ Ba, ${dmy(TUESDAY)}`);

    // Posting the same date again renames it; it stays one holiday.
    const renamed = ok(
      await admin.post<CalendarView>(`${CAL}/holidays`, { date: MONDAY, nameVi: 'Nghỉ phòng chống bão', nameEn: 'Storm closure' }),
    );
    expect(renamed.holidays.filter((h) => h.date === MONDAY)).toEqual([
      { date: MONDAY, nameVi: 'Nghỉ phòng chống bão', nameEn: 'Storm closure' },
    ]);

    const reopened = waitForEvent(display, 'calendar:updated', (s) => s.open !== null);
    const removed = ok(await manager.post<CalendarView>(`${CAL}/holidays/${MONDAY}/delete`, {}));
    expect(removed.holidays.map((h) => h.date)).not.toContain(MONDAY);
    expect((await reopened).open).toMatchObject({ kind: 'regular', date: MONDAY, start: minutesOf('07:30') });
    expect(await ticketStatus()).toBe(201);
  });

  it('an outreach session holds the day’s hours at its place; deleting it brings back the office hours', async () => {
    editTime();
    const outreach = await manager.post<OutreachView>(`${CAL}/outreach`, outreachBody());
    expect(outreach.status).toBe(201);
    const created = ok(outreach);
    expect(created).toEqual({
      id: created.id,
      from: THURSDAY,
      to: THURSDAY,
      start: minutesOf('08:00'),
      end: minutesOf('11:00'),
      ...PLACE,
      counterIds: [catalog.counterId(4)],
    });
    expect((await calendar()).outreach).toEqual([created]);

    at(THURSDAY, '09:00');
    expect((await session()).open).toEqual({
      kind: 'outreach',
      date: THURSDAY,
      start: minutesOf('08:00'),
      end: minutesOf('11:00'),
      ...PLACE,
    });
    expect(await ticketStatus()).toBe(201);
    // Before it starts, the refusal says where to go.
    at(THURSDAY, '07:45');
    const early = await requestTicket(kiosk, [birth]);
    expect(refusal(early)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(early)).toContain(`08:00 Thứ Năm, ${dmy(THURSDAY)}, tại ${PLACE.placeVi}`);

    editTime();
    const after = ok(await manager.post<CalendarView>(`${CAL}/outreach/${created.id}/delete`, {}));
    expect(after.outreach).toEqual([]);
    at(THURSDAY, '09:00');
    expect((await session()).open).toMatchObject({ kind: 'regular', start: minutesOf('07:30'), placeVi: null });

    editTime();
    await expectRefused(() => manager.post(`${CAL}/outreach/${created.id}/delete`, {}), 404, 'outreach-not-found');
    await expectRefused(
      () => manager.post(`${CAL}/outreach`, outreachBody({ counterIds: [catalog.counterId(4), 9999] })),
      404,
      'counter-not-found',
    );
  });

  it('saving the weekly sessions replaces all of them', async () => {
    editTime();
    const saved = ok(
      await manager.post<CalendarView>(`${CAL}/weekly`, {
        sessions: [
          { weekday: 6, start: minutesOf('08:00'), end: minutesOf('11:30'), kind: 'extra' },
          { weekday: 1, start: minutesOf('08:00'), end: minutesOf('10:00'), kind: 'regular' },
        ],
      }),
    );
    expect(saved.weekly.map(({ weekday, start, end, kind }) => ({ weekday, start, end, kind }))).toEqual([
      { weekday: 1, start: minutesOf('08:00'), end: minutesOf('10:00'), kind: 'regular' },
      { weekday: 6, start: minutesOf('08:00'), end: minutesOf('11:30'), kind: 'extra' },
    ]);
    expect((await calendar()).weekly).toEqual(saved.weekly);

    at(SATURDAY, '09:00'); // open now
    expect(await ticketStatus()).toBe(201);
    at(TUESDAY, '09:00'); // no session any more
    const tuesday = await requestTicket(kiosk, [birth]);
    expect(refusal(tuesday)).toEqual({ status: 409, code: 'outside-session' });
    expect(refusalMessage(tuesday)).toContain(`08:00 Thứ Bảy, ${dmy(SATURDAY)}`);
    at(MONDAY, '10:30'); // Monday after the new 10:00 end
    expect(await ticketStatus()).toBe(409);

    editTime();
    ok(await manager.post<CalendarView>(`${CAL}/weekly`, { sessions: DEMO_WEEKLY_SESSIONS }));
    expect(await ticketStatus()).toBe(201);
  });

  it('overlapping weekly sessions on one day never show a booking slot twice', async () => {
    editTime();
    const reply = await manager.post<CalendarView>(`${CAL}/weekly`, {
      sessions: [
        ...DEMO_WEEKLY_SESSIONS.filter((w) => w.weekday !== 3),
        { weekday: 3, start: minutesOf('07:30'), end: minutesOf('11:30'), kind: 'regular' },
        { weekday: 3, start: minutesOf('10:00'), end: minutesOf('12:00'), kind: 'extra' }, // a typo: overlaps the morning
      ],
    });
    // Either refuse the overlap, or merge it: a citizen must not see (and book) 10:00 twice.
    expect([200, 400]).toContain(reply.status);
    const { slots } = ok(
      await kiosk.get<{ slots: { start: number }[] }>(`/api/centers/${DEMO_CENTER_ID}/slots?date=${WEDNESDAY}&procedureId=${birth}`),
    );
    const starts = slots.map((s) => s.start);
    expect(
      starts.filter((s, i) => starts.indexOf(s) !== i),
      'slot starts listed twice',
    ).toEqual([]);
    ok(await manager.post<CalendarView>(`${CAL}/weekly`, { sessions: DEMO_WEEKLY_SESSIONS }));
  });

  it('every edit route refuses the clerk, the reception desk and the leader (403) and anonymous callers (401)', async () => {
    editTime();
    const existing = ok(await manager.post<OutreachView>(`${CAL}/outreach`, outreachBody()));
    const seededHoliday = (await calendar()).holidays[0].date;
    const edits: [string, unknown][] = [
      [`${CAL}/weekly`, { sessions: [{ weekday: 1, start: 480, end: 600, kind: 'regular' }] }],
      [`${CAL}/outreach`, outreachBody()],
      [`${CAL}/outreach/${existing.id}/delete`, {}],
      [`${CAL}/holidays`, { date: WEDNESDAY, nameVi: 'Nghỉ', nameEn: 'Closed' }],
      [`${CAL}/holidays/${seededHoliday}/delete`, {}],
      [`/api/centers/${DEMO_CENTER_ID}/fast-track`, { days: [1], procedures: [], counterIds: [] }],
    ];
    for (const [path, body] of edits) {
      for (const client of [clerk, reception, leader]) await expectRefused(() => client.post(path, body), 403, 'forbidden');
      await expectRefused(() => kiosk.post(path, body), 401, 'unauthenticated');
    }
    ok(await manager.post(`${CAL}/outreach/${existing.id}/delete`, {}));
  });

  it('invalid bodies are refused with 400 and change nothing', async () => {
    editTime();
    const weekly = (s: Record<string, unknown>) => ({ sessions: [{ weekday: 1, start: 480, end: 600, kind: 'regular', ...s }] });
    // The dates below are refused for their form (no 31 November, no 30 February, not YYYY-MM-DD), which no
    // calendar year changes: they cannot expire.
    const invalid: [string, unknown][] = [
      [`${CAL}/weekly`, weekly({ start: 600, end: 480 })], // ends before it starts
      [`${CAL}/weekly`, weekly({ start: 600, end: 600 })], // empty
      [`${CAL}/weekly`, weekly({ weekday: 7 })],
      [`${CAL}/weekly`, weekly({ end: 1441 })],
      [`${CAL}/weekly`, weekly({ kind: 'outreach' })],
      [`${CAL}/weekly`, {}],
      [`${CAL}/outreach`, outreachBody({ from: FRIDAY, to: THURSDAY })], // range ends before it starts
      [`${CAL}/outreach`, outreachBody({ start: minutesOf('11:00'), end: minutesOf('08:00') })],
      [`${CAL}/outreach`, outreachBody({ from: '2026-11-31', to: '2026-11-31' })], // no such day
      [`${CAL}/outreach`, outreachBody({ placeVi: '  ' })],
      [`${CAL}/holidays`, { date: '2026-02-30', nameVi: 'Nghỉ', nameEn: 'Closed' }],
      [`${CAL}/holidays`, { date: '25/11/2026', nameVi: 'Nghỉ', nameEn: 'Closed' }],
      [`${CAL}/holidays`, { date: WEDNESDAY, nameVi: '', nameEn: 'Closed' }],
      [`${CAL}/holidays/25-11-2026/delete`, {}],
      [`/api/centers/${DEMO_CENTER_ID}/fast-track`, { days: [7], procedures: [], counterIds: [] }],
    ];
    for (const [path, body] of invalid) await expectRefused(() => manager.post(path, body), 400, 'bad-request');
  });

  it('a list with the same counter or procedure twice is refused or stored once, never a server error', async () => {
    editTime();
    const checklist = { checklistVi: ['Tờ khai'], checklistEn: ['Form'] };
    const current = (await calendar()).fastTrack;
    const attempts: [string, unknown][] = [
      [`${CAL}/outreach`, outreachBody({ counterIds: [catalog.counterId(4), catalog.counterId(4)] })],
      [
        `/api/centers/${DEMO_CENTER_ID}/fast-track`,
        {
          days: current.days,
          counterIds: current.counterIds,
          procedures: [
            { procedureId: birth, ...checklist },
            { procedureId: birth, ...checklist },
          ],
        },
      ],
    ];
    for (const [path, body] of attempts) {
      const before = dumpTables(server.store, CALENDAR_TABLES);
      const reply = await manager.post<unknown>(path, body);
      expect.soft([200, 201, 400], `${path} answered ${reply.status} ${refusalMessage(reply) ?? ''}`).toContain(reply.status);
      if (reply.status === 400) expect(dumpTables(server.store, CALENDAR_TABLES)).toEqual(before);
    }
    const after = await calendar();
    for (const o of after.outreach) expect(o.counterIds).toEqual([...new Set(o.counterIds)]);
    const listed = after.fastTrack.procedures.map((p) => p.procedureId);
    expect(listed).toEqual([...new Set(listed)]);
    for (const o of after.outreach) ok(await manager.post(`${CAL}/outreach/${o.id}/delete`, {}));
  });

  it('deleting a holiday on a date that cannot exist is refused like adding one', async () => {
    editTime();
    // 30 February never exists, whatever the year: this date cannot expire.
    await expectRefused(() => manager.post(`${CAL}/holidays/2026-02-30/delete`, {}), 400, 'bad-request');
  });

  it('the fast-track settings move No-wait day, procedures and counters', async () => {
    editTime();
    const signature = catalog.procedureNamed('Chứng thực chữ ký');
    await expectRefused(
      () =>
        manager.post(`/api/centers/${DEMO_CENTER_ID}/fast-track`, {
          days: [1],
          procedures: [{ procedureId: 99999, checklistVi: ['Tờ khai'], checklistEn: ['Form'] }],
          counterIds: [],
        }),
      404,
      'procedure-not-found',
    );
    const { socket: display } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const counter2 = waitForEvent(display, 'counter:updated', (c) => c.number === 2 && c.fastTrack);
    const updated = waitForEvent(display, 'calendar:updated', (s) => s.fastTrackToday);
    const saved = ok(
      await manager.post<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/fast-track`, {
        days: [1],
        procedures: [{ procedureId: signature, checklistVi: ['Căn cước công dân'], checklistEn: ['ID card'] }],
        counterIds: [catalog.counterId(2)],
      }),
    );
    expect(saved.fastTrack).toEqual({
      days: [1],
      prefix: 'N',
      counterIds: [catalog.counterId(2)],
      procedures: [{ procedureId: signature, checklistVi: ['Căn cước công dân'], checklistEn: ['ID card'] }],
    });
    await counter2;
    await updated;

    // Monday is now the fast-track day: a listed procedure goes to counter 2's fast lane, not counter 1's.
    const fast = await issueFast(kiosk, [signature], { dossierComplete: true });
    expect(fast.ticket).toMatchObject({ number: 'N001', lane: 'fast' });
    const birthTicket = await issueFast(kiosk, [birth], { dossierComplete: true });
    expect(birthTicket.ticket.lane).toBe('walk-in');
    const queue = async (n: number) =>
      ok(await clerk.get<{ tickets: TicketView[] }>(`/api/counters/${catalog.counterId(n)}/queue`)).tickets.map((t) => t.number);
    expect((await queue(2))[0]).toBe('N001');
    expect(await queue(1)).not.toContain('N001');
  });

  it('with no fast-track counter left, no waiting ticket is stranded: some counter of its field still calls it', async () => {
    // Continues the previous test: N001 waits in Monday's fast lane, served by counter 2 only.
    editTime();
    const signature = catalog.procedureNamed('Chứng thực chữ ký');
    const reply = await manager.post<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/fast-track`, {
      days: [1],
      procedures: [{ procedureId: signature, checklistVi: ['Căn cước công dân'], checklistEn: ['ID card'] }],
      counterIds: [],
    });
    // Either fix keeps every ticket callable: refuse a fast track nobody serves, or queue its tickets by field.
    expect([200, 400]).toContain(reply.status);
    const walkIn = ok(await requestTicket(kiosk, [signature]));
    const eligible = ok(await requestTicket(kiosk, [signature], { dossierComplete: true }));
    const waiting = server.store
      .all<{ number: string }>("SELECT number FROM tickets WHERE state = 'waiting' ORDER BY id")
      .map((t) => t.number);
    expect(waiting).toContain('N001');
    expect(waiting).toEqual(expect.arrayContaining([walkIn.ticket.number, eligible.ticket.number]));
    const callable = new Set<string>();
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const tickets = ok(await clerk.get<{ tickets: TicketView[] }>(`/api/counters/${catalog.counterId(n)}/queue`)).tickets;
      for (const t of tickets) callable.add(t.number);
    }
    expect(
      waiting.filter((n) => !callable.has(n)),
      'waiting tickets no counter would call',
    ).toEqual([]);
  });
});
