// A wall display whose browser blocks its sound says so over its socket (`wall:sound`), and the
// manager board learns which walls are silent: a paired wall by its name, an unpaired one without.
// The server forgets a wall with its socket. A malformed report, one from a socket that joined no
// center or from a paired kiosk, is refused in the ack and changes nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/errors.js';
import type { BoardView, SilentWall } from '../../shared/types.js';
import { closeSockets, connectSocket, connectToCenter, roundTrip, waitForEvent, type ClientSocket } from '../support/center-socket.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('walls that cannot play sound', () => {
  let server: TestServer;
  let manager: ApiClient;
  const boardUrl = `/api/centers/${DEMO_CENTER_ID}/board`;
  const silentWalls = async () => ok(await manager.get<BoardView>(boardUrl)).silentWalls;

  /** A screen paired as `kind`: its device cookie (`name=value`) and id. */
  async function pairedScreen(kind: 'wall' | 'kiosk', name: string): Promise<{ cookie: string; deviceId: number }> {
    const { code, device } = ok(
      await manager.post<{ code: string; device: { id: number } }>(`/api/centers/${DEMO_CENTER_ID}/devices`, { kind, name }),
    );
    const res = await fetch(`${server.baseUrl}/api/devices/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const cookie = res.headers
      .getSetCookie()
      .find((c) => c.startsWith('motcua_device='))
      ?.split(';')[0];
    if (!cookie) throw new Error('no device cookie');
    return { cookie, deviceId: device.id };
  }

  /** Sends anything as a report and returns the ack. */
  const report = (socket: ClientSocket, body: unknown) =>
    (socket.timeout(5000).emitWithAck as (event: string, body: unknown) => Promise<unknown>)('wall:sound', body);

  const managerSocket = async () => (await connectToCenter(server.baseUrl, DEMO_CENTER_ID, manager.cookie)).socket;

  beforeAll(async () => {
    server = await startTestServer();
    manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('lists a paired wall by its name and an unpaired one without, until each plays or goes', async () => {
    const board = await managerSocket();
    const hall = await pairedScreen('wall', 'Sảnh tầng 1');
    const paired = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID, hall.cookie)).socket;
    const unpaired = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID)).socket;

    let told = waitForEvent(board, 'walls:sound', (walls) => walls.length === 1);
    expect(await report(paired, { blocked: true })).toEqual({ blocked: true });
    const named: SilentWall = { deviceId: hall.deviceId, name: 'Sảnh tầng 1' };
    expect(await told).toEqual([named]);

    told = waitForEvent(board, 'walls:sound', (walls) => walls.length === 2);
    await report(unpaired, { blocked: true });
    expect(await told).toEqual([named, { deviceId: null, name: null }]);
    expect(await silentWalls()).toEqual([named, { deviceId: null, name: null }]);

    // The unpaired screen is closed (a reload, a reboot): forgotten with its socket.
    told = waitForEvent(board, 'walls:sound', (walls) => walls.length === 1);
    unpaired.disconnect();
    expect(await told).toEqual([named]);

    // Someone tapped the paired wall's badge: it plays.
    told = waitForEvent(board, 'walls:sound', (walls) => walls.length === 0);
    await report(paired, { blocked: false });
    await told;
    expect(await silentWalls()).toEqual([]);
  });

  it('refuses a malformed report, one before joining a center and one from a kiosk, and changes nothing', async () => {
    const wall = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID)).socket;
    const refused = (ack: unknown) => (ack as ApiErrorBody).error.code;
    for (const body of [null, 'blocked', 1, [], {}, { blocked: 'yes' }, { blocked: 1 }, { blocked: true, name: 'Sảnh' }]) {
      expect(refused(await report(wall, body)), JSON.stringify(body)).toBe('bad-request');
    }
    // No ack to answer: ignored, and the socket still works.
    (wall.emit as (event: string, body: unknown) => void)('wall:sound', { blocked: true });
    await roundTrip(wall);

    const notJoined = await connectSocket(server.baseUrl);
    expect(refused(await report(notJoined, { blocked: true }))).toBe('bad-request');
    const kiosk = await pairedScreen('kiosk', 'Kiosk 1');
    const kioskSocket = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID, kiosk.cookie)).socket;
    expect(refused(await report(kioskSocket, { blocked: true }))).toBe('bad-request');

    expect(await silentWalls()).toEqual([]);
  });
});
