// The wait range on a real server: worked out in its worker thread after the queue moves, told on the
// status API and to the phone as the queue moves, and on the slip of a ticket issued after it. The
// test clock stands still, so the figures can be reasoned about: with no history a call takes the
// fallback 8 minutes give or take half (three calls ahead: about 24, from under 20 to over 30); one
// call of 5 minutes on record says little yet (the calls a center lacks of 20 are drawn from the
// fallback), so two ahead take about 16.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket, TicketStatus } from '../../shared/types.js';
import { closeSockets } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { openPhonePage } from '../support/phone-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe('the wait range', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let desk: Desk;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    const { canbo1 } = await signInAll(server, ['canbo1'] as const);
    desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
  });
  afterAll(async () => {
    closeSockets();
    await server.stop();
  });

  it('is forecast off the request path, follows the queue on the phone and the status page, and is on a new slip', async () => {
    const a = catalog.procedureIds('A')[0];
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 4; i++) tickets.push(await issue(kiosk, [a]));
    const phone = await openPhonePage(server.baseUrl, tickets[3].statusToken);
    const page = async () => ok(await kiosk.get<TicketStatus>(`/api/tickets/status/${tickets[3].statusToken}`));

    // Counter 1 is free: the fourth is called after three calls of about 8 minutes.
    await expect.poll(() => phone.status.waitRange, { interval: 50, timeout: 5000 }).not.toBeNull();
    const before = phone.status.waitRange!;
    expect(before.low).toBeLessThan(20);
    expect(before.median).toBeGreaterThanOrEqual(20);
    expect(before.median).toBeLessThanOrEqual(30);
    expect(before.high).toBeGreaterThan(30);
    expect((await page()).waitRange).toEqual(before);

    // One call of 5 minutes on record, and two are ahead: about 16.
    const first = await desk.callNext();
    server.clock.advance(5 * 60_000);
    await desk.serve(first);
    await expect.poll(() => phone.status.waitRange?.median, { interval: 50, timeout: 5000 }).toBeLessThan(before.median - 4);
    const after = phone.status.waitRange!;
    expect(after.median).toBeGreaterThanOrEqual(10);
    expect(after.low).toBeLessThan(after.high);
    expect(after.high).toBeLessThan(before.high);
    expect(phone.status.ahead).toBe(2);
    expect((await page()).waitRange).toEqual(after);

    // A newcomer of field A waits behind the three left: about 24 minutes, on its slip at once.
    const newcomer = await issue(kiosk, [a]);
    expect(newcomer.waitRange!.median).toBeGreaterThan(after.median);
    expect(newcomer.waitRange!.median).toBeLessThanOrEqual(30);
    // A priority citizen goes first (the demo center lets one through after every 3 normal tickets, none called since).
    const elderly = await issue(kiosk, [a], 'elderly');
    expect(elderly.ahead).toBe(0);
    expect(elderly.waitRange).toEqual({ low: 0, median: 0, high: 1 });
  });

  it('is null for a ticket no open counter can call, and the slip says why instead', async () => {
    const c = await issue(kiosk, [catalog.procedureIds('C')[0]]);
    expect(c.aheadReason).toBe('no-open-counter');
    expect(c.waitRange).toBeNull();
  });
});
