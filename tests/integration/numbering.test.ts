// Ticket numbers: per field prefix, counted per local day in Asia/Ho_Chi_Minh.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CalendarView, IssuedTicket, TicketView } from '../../shared/types.js';
import { demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { TEST_WEEK, vnTime } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

// startTestServer's clock starts at 09:00 on the run's test Monday (tests/support/test-dates.ts).
const { monday: MONDAY, tuesday: TUESDAY } = TEST_WEEK;

describe('ticket numbering', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
  });
  afterAll(() => server.stop());

  const numberNow = async (issued: IssuedTicket) => ok(await kiosk.get<TicketView>(`/api/tickets/status/${issued.statusToken}`)).number;

  it('counts A001, A002… per field prefix, the first procedure deciding the field', async () => {
    const a = catalog.procedureIds('A');
    const b = catalog.procedureIds('B');
    const numbers: string[] = [];
    for (const procedureIds of [[a[0]], [a[1]], [b[0]], [a[2], b[1]], [b[2], a[3]]]) {
      server.clock.advance(60_000);
      numbers.push((await issue(kiosk, procedureIds)).ticket.number);
    }
    expect(numbers).toEqual(['A001', 'A002', 'B001', 'A003', 'B002']);
    const f = await issue(kiosk, [catalog.procedureIds('F')[0]], 'elderly');
    expect(f.ticket).toMatchObject({ number: 'F001', priority: 'elderly', fieldId: catalog.fieldId('F') });
  });

  it('starts again at A001 after local midnight; earlier tickets keep their numbers', async () => {
    // Tickets are only issued in sessions: for this test the center works through Monday night.
    const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    const calendar = ok(await manager.get<CalendarView>(`/api/centers/${DEMO_CENTER_ID}/calendar`));
    const night = [
      { weekday: 1, start: 21 * 60, end: 24 * 60, kind: 'extra' as const },
      { weekday: 2, start: 0, end: 7 * 60, kind: 'extra' as const },
    ];
    const sessions = [...calendar.weekly.map(({ weekday, start, end, kind }) => ({ weekday, start, end, kind })), ...night];
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/calendar/weekly`, { sessions }));
    const a = catalog.procedureIds('A')[0];
    server.clock.set(vnTime(MONDAY, '23:59')); // 16:59 UTC
    const lateMonday = await issue(kiosk, [a]);
    expect(lateMonday.ticket.number).toBe('A004');

    server.clock.set(vnTime(TUESDAY, '00:01')); // 17:01 UTC: still Monday in UTC, Tuesday in Vietnam
    const tuesday = [await issue(kiosk, [a]), await issue(kiosk, [a])];
    expect(tuesday.map((t) => t.ticket.number)).toEqual(['A001', 'A002']);
    expect((await issue(kiosk, [catalog.procedureIds('B')[0]])).ticket.number).toBe('B001');

    expect(await numberNow(lateMonday)).toBe('A004');
    const allNumbers = server.store.all<{ local_date: string; number: string }>(
      "SELECT local_date, number FROM tickets WHERE number LIKE 'A%' ORDER BY id",
    );
    expect(allNumbers).toEqual([
      { local_date: MONDAY, number: 'A001' },
      { local_date: MONDAY, number: 'A002' },
      { local_date: MONDAY, number: 'A003' },
      { local_date: MONDAY, number: 'A004' },
      { local_date: TUESDAY, number: 'A001' },
      { local_date: TUESDAY, number: 'A002' },
    ]);

    // The reception desk's list of today's tickets shows the new day only.
    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    const today = ok(await reception.get<{ tickets: TicketView[] }>(`/api/centers/${DEMO_CENTER_ID}/tickets/today`));
    expect(today.tickets.map((t) => t.number)).toEqual(['B001', 'A002', 'A001']);
  });
});
