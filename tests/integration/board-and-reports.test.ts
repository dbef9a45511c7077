// The manager board's figures for a small hand-made day, the wait estimate told at issue, and a
// simulated day through the API whose report adds up to the tickets created.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarRules } from '../../shared/rules/session-status.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import type { BoardView, CalendarView, IssuedTicket, ReportView, TicketView } from '../../shared/types.js';
import { dayDemand } from '../../scripts/simulate/demand.js';
import { vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { seededRng } from '../support/prng.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const MINUTE = 60_000;
/** The run's test Monday (tests/support/test-dates.ts): an ordinary working day after today. */
const DAY = NEXT_MONDAY;

describe('manager board and reports', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let manager: ApiClient;
  let clerk: ApiClient;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer(vnTime(DAY, '09:00'));
    kiosk = new ApiClient(server);
    [manager, clerk] = await Promise.all([
      signedIn(server, 'quanly', DEMO_PASSWORDS.demo),
      signedIn(server, 'canbo1', DEMO_PASSWORDS.demo),
    ]);
    catalog = await demoCatalog(kiosk);
  });
  afterAll(() => server.stop());

  const board = async () => ok(await manager.get<BoardView>(`/api/centers/${DEMO_CENTER_ID}/board`));

  it('is for managers only', async () => {
    expect(refusal(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/board`))).toEqual({ status: 401, code: 'unauthenticated' });
    expect(refusal(await clerk.get(`/api/centers/${DEMO_CENTER_ID}/board`))).toEqual({ status: 403, code: 'forbidden' });
  });

  it('shows waiting, longest wait, average wait, served and service time for a hand-made morning', async () => {
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    const first = await issue(kiosk, [birth]);
    // No history, no counter open: the three counters of field A are expected, nobody is ahead.
    expect(first.estimatedWaitMinutes).toBe(0);
    await issue(kiosk, [birth]);
    await issue(kiosk, [birth]);
    const desk = new Desk(clerk, catalog.counterId(1));
    await desk.open();
    server.clock.advance(5 * MINUTE); // A001 waited 5 min
    const a1 = await desk.callNext();
    ok(await desk.act('start'));
    server.clock.advance(4 * MINUTE); // served in 4 min
    await desk.finish(a1);
    server.clock.advance(MINUTE); // A002 waited 10 min
    const a2 = await desk.callNext();
    ok(await desk.act('start'));
    server.clock.advance(6 * MINUTE); // served in 6 min
    await desk.finish(a2);

    const view = await board();
    const fieldA = view.fields.find((f) => f.fieldId === catalog.fieldId('A'))!;
    expect(fieldA).toEqual({
      fieldId: catalog.fieldId('A'),
      waiting: 1,
      oldestWaitingSince: vnTime(DAY, '09:00'),
      averageWaitMinutes: 7.5,
      servedToday: 2,
    });
    expect(view.counters.find((c) => c.counterId === catalog.counterId(1))).toEqual({
      counterId: catalog.counterId(1),
      servedToday: 2,
      averageServiceMinutes: 5,
    });
    expect(view.hours).toEqual([{ hour: 9, fieldId: catalog.fieldId('A'), arrivals: 3, averageWaitMinutes: 7.5 }]);
    expect(view.waitAlertMinutes).toBe(30);
  });

  it('estimates a new ticket from the median service time, the open counter and who is ahead', async () => {
    // A003 waits; counter 1 is open and free; services took 4 and 6 minutes: median 5.
    const next = await issue(kiosk, [catalog.procedureNamed('Đăng ký khai sinh')]);
    expect(next.ahead).toBe(1);
    expect(next.estimatedWaitMinutes).toBe(5);
    const status = ok(await kiosk.get<TicketView>(`/api/tickets/status/${next.statusToken}`));
    expect(status.estimatedWaitMinutes).toBe(5);
  });
});

describe('a simulated day, then its report', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(vnTime(DAY, '07:25'));
  });
  afterAll(() => server.stop());

  it('reports exactly the tickets, procedures and no-shows created, per field, counter and day, and as CSV', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const calendar = ok(await kiosk.get<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/calendar`));
    const demand = dayDemand(seededRng(7), {
      date: DAY,
      timezone: 'Asia/Ho_Chi_Minh',
      sessions: sessionsOn(calendarRules(calendar).calendar, DAY).slice(0, 1),
      catalog: catalog.view,
      citizens: 40,
      fastTrackIds: new Set(),
    });
    const issued: IssuedTicket[] = [];
    for (const citizen of demand) {
      server.clock.set(citizen.at);
      issued.push(await issue(kiosk, citizen.procedureIds, citizen.priority));
    }
    // The clerks sign in once the morning's citizens are all in (a session lasts 12 hours of the clock).
    const clerks = await Promise.all([1, 2, 3, 4, 5, 6].map((n) => signedIn(server, `canbo${n}`, DEMO_PASSWORDS.demo)));
    const desks = clerks.map((c, i) => new Desk(c, catalog.counterId(i + 1)));
    for (const d of desks) await d.open();
    // Every desk calls until its queues are empty, on its own timeline from the last arrival (so no
    // sign-in outlives its 12 hours); the no-show citizens are recalled twice first.
    let noShows = 0;
    const lastArrival = server.clock.now();
    for (const desk of desks) {
      server.clock.set(lastArrival);
      for (;;) {
        const call = await desk.act('call-next');
        if (call.status !== 200) break;
        const ticket = ok(call);
        const citizen = demand[issued.findIndex((i) => i.ticket.id === ticket.id)];
        server.clock.advance(MINUTE);
        if (citizen.noShow) {
          for (let i = 0; i < 2; i++) {
            ok(await desk.act('recall'));
            server.clock.advance(MINUTE);
          }
          ok(await desk.act('no-show'));
          noShows++;
          continue;
        }
        ok(await desk.act('start'));
        server.clock.advance(Math.round(citizen.serviceMinutes * MINUTE));
        await desk.finish(ticket);
      }
    }

    const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    const procedures = demand.reduce((s, c) => s + c.procedureIds.length, 0);
    for (const by of ['field', 'counter', 'staff', 'day'] as const) {
      const report = ok(await manager.get<ReportView>(`/api/centers/${DEMO_CENTER_ID}/reports?from=${DAY}&to=${DAY}&by=${by}`));
      expect(report.total.tickets).toBe(demand.length);
      expect(report.total.procedures).toBe(procedures);
      expect(report.total.noShows).toBe(noShows);
      expect(report.rows.reduce((s, r) => s + r.tickets, 0)).toBe(demand.length);
      expect(report.total.wait.count).toBe(demand.length);
      expect(report.total.service.count).toBe(demand.length - noShows);
      // Every result was handed over at once: on its due date, or early for a procedure allowed days.
      const { early, onTime, late, earlyOrOnTimeRate } = report.total.results;
      expect([early + onTime, late, earlyOrOnTimeRate]).toEqual([procedures - noShowProcedures(demand), 0, 1]);
    }
    const byField = ok(await manager.get<ReportView>(`/api/centers/${DEMO_CENTER_ID}/reports?from=${DAY}&to=${DAY}&by=field`));
    const fieldA = byField.rows.find((r) => r.key === String(catalog.fieldId('A')))!;
    expect(fieldA.tickets).toBe(demand.filter((c) => c.fieldId === catalog.fieldId('A')).length);
    expect(fieldA.nameVi).toBe('A – Tư pháp – Hộ tịch');

    const csv = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/reports.csv?from=${DAY}&to=${DAY}&by=field`, {
      headers: { cookie: manager.cookie! },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines).toHaveLength(byField.rows.length + 2);
    expect(lines.at(-1)).toContain(`Tổng cộng,${demand.length},${procedures},`);

    // The admin screen's link names the screen's language (it was refused with 400 as an unknown key).
    for (const [lang, total] of [
      ['vi', 'Tổng cộng'],
      ['en', 'Total'],
    ] as const) {
      const res = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/reports.csv?from=${DAY}&to=${DAY}&by=field&lang=${lang}`, {
        headers: { cookie: manager.cookie! },
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/csv');
      expect((await res.text()).trim().split('\r\n').at(-1)).toContain(`${total},${demand.length},`);
    }
  });
});

function noShowProcedures(demand: readonly { noShow: boolean; procedureIds: number[] }[]): number {
  return demand.filter((c) => c.noShow).reduce((s, c) => s + c.procedureIds.length, 0);
}
