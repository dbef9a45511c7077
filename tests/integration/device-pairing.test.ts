// Wall displays, kiosks and rating screens paired to a center with a one-time code. With the
// center's `requirePairing` on, only paired screens (or the center's staff) may issue kiosk tickets
// and follow the display feed; revoking a device cuts its socket at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeSockets, connectSocket, connectToCenter, joinCenter } from '../support/center-socket.js';
import { demoCatalog, Desk } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

interface Created {
  device: { id: number; kind: string };
  code: string;
}

describe('paired screens', () => {
  let server: TestServer;
  let manager: ApiClient;
  let procedureA: number;
  const devicesUrl = `/api/centers/${DEMO_CENTER_ID}/devices`;
  const ticketsUrl = `/api/centers/${DEMO_CENTER_ID}/tickets`;

  /** Pairs a screen with a code; returns the device cookie (`name=value`) and the Set-Cookie line. */
  async function pair(code: string): Promise<{ status: number; cookie: string | null; setCookie: string }> {
    const res = await fetch(`${server.baseUrl}/api/devices/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('motcua_device=')) ?? '';
    return { status: res.status, cookie: setCookie ? setCookie.split(';')[0] : null, setCookie };
  }

  function screen(cookie: string | null): ApiClient {
    const client = new ApiClient(server);
    client.cookie = cookie;
    return client;
  }

  const create = async (body: object) => ok(await manager.post<Created>(devicesUrl, body));

  beforeAll(async () => {
    server = await startTestServer();
    manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    procedureA = (await demoCatalog(manager)).procedureIds('A')[0]!;
  });
  afterEach(async () => {
    closeSockets();
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: false }));
  });
  afterAll(() => server.stop());

  it('issues an 8-character code that pairs one screen once, with an httpOnly cookie', async () => {
    const { code, device } = await create({ kind: 'kiosk', name: 'Kiosk sảnh chính' });
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    const first = await pair(code);
    expect(first.status).toBe(200);
    expect(first.setCookie).toMatch(/HttpOnly/i);
    expect(first.setCookie).toMatch(/SameSite=Strict/i);
    expect((await pair(code)).status).toBe(404);
    const listed = ok(await manager.get<{ devices: { id: number; pairedAt: number | null }[] }>(devicesUrl)).devices;
    expect(listed.find((d) => d.id === device.id)?.pairedAt).not.toBeNull();
  });

  it('with pairing off (the default) the kiosk and the wall work without a device', async () => {
    expect((await screen(null).post(ticketsUrl, { procedureIds: [procedureA] })).status).toBe(201);
    await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
  });

  it('with pairing required, only a paired kiosk of the center issues tickets and only paired screens follow the feed', async () => {
    const kiosk = (await pair((await create({ kind: 'kiosk', name: 'Kiosk 1' })).code)).cookie;
    const wall = (await pair((await create({ kind: 'wall', name: 'Màn hình 1' })).code)).cookie;
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: true }));

    expect(refusal(await screen(null).post(ticketsUrl, { procedureIds: [procedureA] }))).toEqual({
      status: 403,
      code: 'device-not-paired',
    });
    expect(refusal(await screen(wall).post(ticketsUrl, { procedureIds: [procedureA] }))).toEqual({
      status: 403,
      code: 'device-not-paired',
    });
    expect((await screen(kiosk).post(ticketsUrl, { procedureIds: [procedureA] })).status).toBe(201);
    // The reception desk (staff of the center) still issues.
    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    expect((await reception.post(ticketsUrl, { procedureIds: [procedureA] })).status).toBe(201);

    expect(refusal(await screen(null).get(`/api/centers/${DEMO_CENTER_ID}/snapshot`)).code).toBe('device-not-paired');
    ok(await screen(wall).get(`/api/centers/${DEMO_CENTER_ID}/snapshot`));
    const anonymous = await joinCenter(await connectSocket(server.baseUrl), DEMO_CENTER_ID);
    expect('error' in anonymous && anonymous.error.code).toBe('device-not-paired');
    await connectToCenter(server.baseUrl, DEMO_CENTER_ID, wall);
    await connectToCenter(server.baseUrl, DEMO_CENTER_ID, reception.cookie);
  });

  it('revoking a device disconnects its socket at once and its cookie opens nothing more', async () => {
    const { device, code } = await create({ kind: 'wall', name: 'Màn hình tầng 2' });
    const wall = (await pair(code)).cookie;
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: true }));
    const { socket } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, wall);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    ok(await manager.post(`${devicesUrl}/${device.id}/revoke`));
    expect(await disconnected).toBe('io server disconnect');
    expect(refusal(await screen(wall).get(`/api/centers/${DEMO_CENTER_ID}/snapshot`)).code).toBe('device-not-paired');
    const again = await joinCenter(await connectSocket(server.baseUrl, wall), DEMO_CENTER_ID);
    expect('error' in again && again.error.code).toBe('device-not-paired');
  });

  it('with pairing required, only the counter’s own paired rating screen rates at that counter', async () => {
    const clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    const catalog = await demoCatalog(manager);
    const desk = new Desk(clerk, catalog.counterId(1));
    await desk.open();
    const served = async () => {
      // Issued at reception (the clerk), which pairing does not stop.
      ok(await clerk.post(ticketsUrl, { procedureIds: [procedureA] }));
      return desk.callAndServe();
    };
    const atCounter2 = await pair((await create({ kind: 'rating', name: 'Máy đánh giá quầy 2', counterId: catalog.counterId(2) })).code);
    const atCounter1 = await pair((await create({ kind: 'rating', name: 'Máy đánh giá quầy 1', counterId: catalog.counterId(1) })).code);
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: true }));
    const rate = (client: ApiClient, ticketId: number) =>
      client.post(`/api/tickets/${ticketId}/rating`, { score: 'unsatisfied', counter: 1 });

    const first = await served();
    // A stranger naming the counter, and another counter's screen, are refused; the ticket stays unrated.
    expect(refusal(await rate(new ApiClient(server), first.id))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect(refusal(await rate(screen(atCounter2.cookie), first.id))).toEqual({ status: 403, code: 'rating-not-allowed' });
    expect((await rate(screen(atCounter1.cookie), first.id)).status).toBe(201);
    // Without pairing required, a counter's rating tablet needs no pairing (the demo).
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: false }));
    expect((await rate(new ApiClient(server), (await served()).id)).status).toBe(201);
  });

  it('a clerk may not pair screens', async () => {
    const clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    expect(refusal(await clerk.post(devicesUrl, { kind: 'wall', name: 'x' }))).toEqual({ status: 403, code: 'forbidden' });
  });
});
