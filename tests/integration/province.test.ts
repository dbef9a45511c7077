// Several centers on one server: each center's sockets hear only their own center, and staff of the
// province center read their children's boards and the province view — nobody else's.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROVINCE, DEMO_SECOND_WARD, seedDemoProvince } from '../../server/demo/demo-province.js';
import type { BoardView, CatalogView, IssuedTicket, ProvinceView } from '../../shared/types.js';
import { closeSockets, connectToCenter, recordEvents, waitForEvent } from '../support/center-socket.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('province and its centers', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let wardManager: ApiClient;
  let provinceManager: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    expect(await seedDemoProvince(server.store, server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    kiosk = new ApiClient(server);
    [wardManager, provinceManager] = await Promise.all([
      signedIn(server, 'quanly', DEMO_PASSWORDS.demo),
      signedIn(server, 'quanly.tinh', DEMO_PASSWORDS.demo),
    ]);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  const issueAt = async (centerId: string) => {
    const catalog = ok(await kiosk.get<CatalogView>(`/api/centers/${centerId}/catalog`));
    return ok(await kiosk.post<IssuedTicket>(`/api/centers/${centerId}/tickets`, { procedureIds: [catalog.procedures[0].id] }));
  };

  it('a manager socket of one ward never receives the other ward’s events', async () => {
    const own = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, wardManager.cookie);
    const other = await connectToCenter(server.baseUrl, DEMO_SECOND_WARD.id);
    const heard = recordEvents(own.socket);
    const elsewhere = waitForEvent(other.socket, 'ticket:issued');
    const ticket = await issueAt(DEMO_SECOND_WARD.id);
    expect((await elsewhere).ticket.id).toBe(ticket.ticket.id);
    const mine = waitForEvent(own.socket, 'ticket:issued');
    const ownTicket = await issueAt(DEMO_CENTER_ID);
    await mine;
    expect(heard.map((e) => (e.payload as { ticket?: { centerId: string } }).ticket?.centerId)).toEqual([DEMO_CENTER_ID]);
    expect(ownTicket.ticket.centerId).toBe(DEMO_CENTER_ID);
  });

  it('the province manager reads each child’s board and the side-by-side view; a ward manager reads only their own', async () => {
    const province = ok(await provinceManager.get<ProvinceView>(`/api/centers/${DEMO_PROVINCE.id}/province`));
    // One ticket waits at each ward (from the test above).
    expect(province.centers.map((c) => [c.center.id, c.waiting]).sort()).toEqual([
      [DEMO_SECOND_WARD.id, 1],
      [DEMO_CENTER_ID, 1],
    ]);
    const child = ok(await provinceManager.get<BoardView>(`/api/centers/${DEMO_SECOND_WARD.id}/board`));
    expect(child.fields.reduce((s, f) => s + f.waiting, 0)).toBe(1);
    // The board's fast-track and ratings panels of a ward, for the province's manager too.
    ok(await provinceManager.get(`/api/centers/${DEMO_SECOND_WARD.id}/fast-track/today`));
    ok(await provinceManager.get(`/api/centers/${DEMO_SECOND_WARD.id}/ratings/today`));
    expect(refusal(await wardManager.get(`/api/centers/${DEMO_SECOND_WARD.id}/ratings/today`))).toEqual({ status: 403, code: 'forbidden' });

    expect(refusal(await wardManager.get(`/api/centers/${DEMO_SECOND_WARD.id}/board`))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await wardManager.get(`/api/centers/${DEMO_PROVINCE.id}/province`))).toEqual({ status: 403, code: 'forbidden' });
    const otherManager = await signedIn(server, 'quanly.ankhanh', DEMO_PASSWORDS.demo);
    expect(refusal(await otherManager.get(`/api/centers/${DEMO_CENTER_ID}/reports?from=${NEXT_MONDAY}&to=${NEXT_MONDAY}`))).toEqual({
      status: 403,
      code: 'forbidden',
    });
  });

  it('the province board’s sockets join every child room and hear each child live', async () => {
    const feeds = await Promise.all(province().map((id) => connectToCenter(server.baseUrl, id, provinceManager.cookie)));
    const heard = feeds.map((f) => waitForEvent(f.socket, 'ticket:issued'));
    await issueAt(DEMO_CENTER_ID);
    await issueAt(DEMO_SECOND_WARD.id);
    expect((await Promise.all(heard)).map((e) => e.ticket.centerId)).toEqual(province());
  });

  const province = () => [DEMO_CENTER_ID, DEMO_SECOND_WARD.id];
});
