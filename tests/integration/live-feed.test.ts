// The live feed the wall display and every screen follow: Socket.IO rooms per center.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldWaiting } from '../../shared/types.js';
import {
  closeSockets,
  connectSocket,
  connectToCenter,
  joinCenter,
  recordEvents,
  roundTrip,
  waitForEvent,
} from '../support/center-socket.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const waitingIn = (waiting: FieldWaiting[], fieldId: number) => waiting.find((w) => w.fieldId === fieldId)?.waiting;

describe('live feed of a center', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let clerk: ApiClient;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    catalog = await demoCatalog(kiosk);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('a display sees issues, calls and counter changes as they happen, and a late joiner gets the same picture', async () => {
    const fieldA = catalog.fieldId('A');
    const { socket: display, snapshot } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(waitingIn(snapshot.waiting, fieldA)).toBe(0);
    expect(snapshot.recentCalls).toEqual([]);

    const issuedEvent = waitForEvent(display, 'ticket:issued');
    const first = await issue(kiosk, [catalog.procedureIds('A')[0]]);
    const issued = await issuedEvent;
    expect(issued.ticket.number).toBe(first.ticket.number);
    expect(issued.ticket.number).toBe('A001');
    expect(waitingIn(issued.waiting, fieldA)).toBe(1);

    const secondEvent = waitForEvent(display, 'ticket:issued');
    await issue(kiosk, [catalog.procedureIds('A')[1]]);
    expect(waitingIn((await secondEvent).waiting, fieldA)).toBe(2);

    const desk = new Desk(clerk, catalog.counterId(1));
    const opened = waitForEvent(display, 'counter:updated', (c) => c.number === 1 && c.status === 'open');
    await desk.open();
    expect((await opened).staffName).toBe('Phạm Minh Tuấn');

    const calledEvent = waitForEvent(display, 'ticket:called');
    const counterEvent = waitForEvent(display, 'counter:updated', (c) => c.number === 1 && c.current !== null);
    const ticket = await desk.callNext();
    const called = await calledEvent;
    expect(called.ticket.number).toBe('A001');
    expect(called.ticket.id).toBe(ticket.id);
    expect(called.call).toMatchObject({ number: 'A001', counterNumber: 1, recall: false });
    expect(called.ticket.counterNumber).toBe(1);
    expect(waitingIn(called.waiting, fieldA)).toBe(1);
    expect((await counterEvent).current).toMatchObject({ number: 'A001', state: 'called' });

    const late = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(waitingIn(late.snapshot.waiting, fieldA)).toBe(1);
    expect(late.snapshot.recentCalls.map((c) => [c.number, c.counterNumber])).toEqual([['A001', 1]]);
    const counter1 = late.snapshot.counters.find((c) => c.number === 1);
    expect(counter1).toMatchObject({ status: 'open', staffName: 'Phạm Minh Tuấn', current: { number: 'A001', state: 'called' } });

    const finished = waitForEvent(display, 'ticket:finished');
    await desk.serve(ticket);
    expect((await finished).ticket).toMatchObject({ number: 'A001', state: 'done' });
  });

  it('a socket without a cookie may join a center (public display feed)', async () => {
    const socket = await connectSocket(server.baseUrl);
    const res = await joinCenter(socket, DEMO_CENTER_ID);
    expect('error' in res).toBe(false);
    if (!('error' in res)) expect(res.center.id).toBe(DEMO_CENTER_ID);
  });

  it('a staff socket with the session cookie joins too', async () => {
    const { snapshot } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, clerk.cookie);
    expect(snapshot.counters).toHaveLength(6);
  });

  it('joining an unknown center is refused in the ack', async () => {
    const socket = await connectSocket(server.baseUrl);
    const res = await joinCenter(socket, 'khong-co');
    expect(res).toMatchObject({ error: { code: 'center-not-found' } });
    const malformed = await joinCenter(socket, '');
    expect(malformed).toMatchObject({ error: { code: 'bad-request' } });
  });

  it('a socket that did not join hears nothing of the center', async () => {
    const { socket: member } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const outsider = await connectSocket(server.baseUrl);
    const heard = recordEvents(outsider);
    const refused = await connectSocket(server.baseUrl);
    await joinCenter(refused, 'khong-co');
    const heardByRefused = recordEvents(refused);

    const seen = waitForEvent(member, 'ticket:issued');
    const ticket = await issue(kiosk, [catalog.procedureIds('B')[0]]);
    expect((await seen).ticket.number).toBe(ticket.ticket.number);
    // The broadcast went out before the HTTP answer; a round trip on each socket now comes after it.
    await Promise.all([roundTrip(outsider), roundTrip(refused)]);
    expect(heard).toEqual([]);
    expect(heardByRefused).toEqual([]);
  });
});
