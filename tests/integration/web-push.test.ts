// Calling back a citizen who stepped out (issue 13): a phone that opted in is told by Web Push when
// its ticket is about 3 places from the front, once, and when it is called — each push encrypted for
// the subscription's keys (RFC 8291) and signed with the server's VAPID key, sent to a real local
// HTTPS receiver standing in for the browser's push service, which decrypts and checks it on its own
// (tests/support/push-receiver.ts). No phone page is open: the citizen is away. An expired
// subscription (410) is dropped without the call ever waiting for the push service; endpoints a
// stranger submits are refused unless https, on the operator's list, and — for a private address —
// listed by name; a subscription ends with its ticket.
import { lookup } from 'node:dns/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CenterInfo, IssuedTicket, TicketStatus } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, type Reply } from '../support/http-client.js';
import { BrowserPushKeys, startPushReceiver, verifyVapid, type PushReceiver, type ReceivedPush } from '../support/push-receiver.js';
import { DEMO_CENTER_ID, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';
import { addDays } from '../../shared/rules/sessions.js';
import { NEXT_MONDAY, vnTime } from '../support/test-dates.js';

interface PushState {
  publicKey: string;
  subscribed: boolean;
  nearNotice: { by: 'places' | 'minutes'; at: number };
}

/** Names under .push.test resolve to loopback, as a push service's name might if someone pointed it there. */
const standInDns = async (host: string) =>
  host.endsWith('.push.test') ? [{ address: '127.0.0.1', family: 4 }] : lookup(host, { all: true });

describe('call-back notifications by Web Push', () => {
  let receiver: PushReceiver;
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let desk: Desk;
  let clients: Awaited<ReturnType<typeof signInAll<'canbo1' | 'tiepdan' | 'quanly'>>>;
  /** The once-a-minute round of the push subscriptions, ticked by hand. */
  let minuteRound: () => Promise<void>;

  const stateOf = async (t: IssuedTicket) => ok(await kiosk.get<PushState>(`/api/tickets/status/${t.statusToken}/push`));
  const subscribe = (t: IssuedTicket, keys: BrowserPushKeys, endpoint: string, lang: 'vi' | 'en' = 'vi'): Promise<Reply<PushState>> =>
    kiosk.post<PushState>(`/api/tickets/status/${t.statusToken}/push`, { subscription: keys.subscription(endpoint), lang });
  const rowOf = (t: IssuedTicket) =>
    server.store.first<{ endpoint: string; near_sent: number }>(
      'SELECT endpoint, near_sent FROM push_subscriptions WHERE ticket_id = ?',
      t.ticket.id,
    );
  const countRows = () => server.store.first<{ n: number }>('SELECT COUNT(*) AS n FROM push_subscriptions')!.n;
  const issueA = () => issue(kiosk, [catalog.procedureIds('A')[0]]);
  const message = (keys: BrowserPushKeys, push: ReceivedPush) => JSON.parse(keys.decrypt(push.body)) as Record<string, unknown>;

  beforeAll(async () => {
    receiver = await startPushReceiver();
    server = await startTestServer(MONDAY_9AM, {
      push: { services: [receiver.host, '*.push.test'], ca: receiver.ca, resolve: standInDns },
    });
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    clients = await signInAll(server, ['canbo1', 'tiepdan', 'quanly'] as const);
    desk = new Desk(clients.canbo1, catalog.counterId(1));
    await desk.open();
    server.app.push.schedule((tick) => {
      minuteRound = tick;
      return () => {};
    });
  });
  afterEach(() => closeSockets());
  afterAll(async () => {
    await server.stop();
    await receiver.close();
  });

  it('tells the phone once when it is 3 places from the front and again when it is called, encrypted for its keys and signed by the server', async () => {
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 6; i++) tickets.push(await issueA());
    const mine = tickets[5];
    const keys = new BrowserPushKeys();
    const path = '/push/near-then-call';
    expect(ok(await subscribe(mine, keys, receiver.origin + path))).toMatchObject({ subscribed: true });
    const state = await stateOf(mine);
    expect(state).toMatchObject({ subscribed: true, nearNotice: { by: 'places', at: 3 } });

    // Five ahead, then four: nothing yet. Two calls later it is 3 from the front.
    await desk.callAndServe();
    const second = await desk.callNext();
    const [near] = await receiver.pushesTo(path, 1);
    expect(message(keys, near)).toEqual({
      kind: 'near',
      number: mine.ticket.number,
      lang: 'vi',
      by: 'places',
      count: 3,
      url: `/status?t=${mine.statusToken}`,
    });
    expect(near.headers).toMatchObject({ 'content-encoding': 'aes128gcm', urgency: 'high' });
    expect(Number(near.headers.ttl)).toBeGreaterThan(0);
    expect(verifyVapid(near.headers.authorization, state.publicKey, receiver.origin).aud).toBe(receiver.origin);
    expect(rowOf(mine)?.near_sent).toBe(1);

    await desk.serve(second);
    for (let i = 0; i < 3; i++) await desk.callAndServe();
    const called = await desk.callNext();
    expect(called.id).toBe(mine.ticket.id);
    const pushes = await receiver.pushesTo(path, 2);
    expect(message(keys, pushes[1])).toEqual({
      kind: 'called',
      number: mine.ticket.number,
      lang: 'vi',
      counter: 1,
      recall: false,
      url: `/status?t=${mine.statusToken}`,
    });
    // "Near" once: at 2, 1 and 0 ahead nothing more was sent.
    expect(receiver.received.filter((p) => p.path === path).map((p) => message(keys, p).kind)).toEqual(['near', 'called']);

    // Finished: the subscription ends with the ticket.
    await desk.serve(called);
    expect(rowOf(mine)).toBeUndefined();
    expect(await stateOf(mine)).toMatchObject({ subscribed: false });
  });

  it('a visit moved on to its next field is told again when it nears the front there, and called there', async () => {
    const visit = await issue(kiosk, [catalog.procedureIds('A')[0], catalog.procedureIds('C')[0]]);
    const keys = new BrowserPushKeys();
    const path = '/push/moved-on';
    // First in A when the citizen opts in: near already (the page says so), so only the call is pushed.
    expect(ok(await subscribe(visit, keys, receiver.origin + path))).toMatchObject({ subscribed: true });
    const desk4 = new Desk((await signInAll(server, ['canbo4'] as const)).canbo4, catalog.counterId(4));
    await desk4.open();
    expect((await desk.callNext()).id).toBe(visit.ticket.id);
    await receiver.pushesTo(path, 1);
    ok(await desk.act('start'));
    const moved = ok(await desk.act('finish', { outcomes: [{ procedureId: catalog.procedureIds('A')[0], outcome: 'returned' }] }));
    expect(moved).toMatchObject({ state: 'waiting', fieldId: catalog.fieldId('C') });
    // Waiting again, first in C: near again, then called at counter 4.
    const [, nearAgain] = await receiver.pushesTo(path, 2);
    expect(message(keys, nearAgain)).toMatchObject({ kind: 'near', count: 0, number: visit.ticket.number });
    await desk4.callNext();
    const pushes = await receiver.pushesTo(path, 3);
    expect(message(keys, pushes[2])).toMatchObject({ kind: 'called', counter: 4 });
    expect(pushes.map((p) => message(keys, p).kind)).toEqual(['called', 'near', 'called']);
    ok(await desk4.act('start'));
    ok(await desk4.act('finish', { outcomes: [{ procedureId: catalog.procedureIds('C')[0], outcome: 'returned' }] }));
    ok(await desk4.act('close'));
    expect(rowOf(visit)).toBeUndefined();
  });

  it('drops a subscription the push service says is gone (410), and the call never waits for the push service', async () => {
    const ticket = await issueA();
    const keys = new BrowserPushKeys();
    const path = '/push/gone';
    ok(await subscribe(ticket, keys, receiver.origin + path, 'en'));
    // The push service holds its answer until the test has seen the call everywhere else.
    const held = receiver.hold(path, 410);
    const { socket: wall } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const wallHeard = waitForEvent(wall, 'ticket:called', (e) => e.ticket.id === ticket.ticket.id);
    const answer = desk.act('call-next');
    // Both arrive while the push to the receiver is still unanswered.
    await wallHeard;
    const called = ok(await answer);
    const push = await held.arrived;
    expect(message(keys, push)).toMatchObject({ kind: 'called', lang: 'en', counter: 1, number: ticket.ticket.number });
    expect(rowOf(ticket)).toBeDefined();
    held.release();
    await expect.poll(() => rowOf(ticket)).toBeUndefined();
    expect(await stateOf(ticket)).toMatchObject({ subscribed: false });
    await desk.serve(called);
  });

  it('refuses endpoints that are not https, not on the list, or private without being listed by name — changing nothing', async () => {
    const ticket = await issueA();
    const keys = new BrowserPushKeys();
    const before = countRows();
    const port = new URL(receiver.origin).port;
    const refused = async (endpoint: string, body?: unknown) =>
      refusal(
        await kiosk.post(
          `/api/tickets/status/${ticket.statusToken}/push`,
          body ?? { subscription: keys.subscription(endpoint), lang: 'vi' },
        ),
      );

    expect(await refused(`http://localhost:${port}/push/x`)).toEqual({ status: 400, code: 'push-endpoint-invalid' });
    expect(await refused('https://push.example.com/x')).toEqual({ status: 403, code: 'push-service-not-allowed' });
    // The listed host on another port is another service.
    expect(await refused(`https://localhost:${Number(port) + 1}/x`)).toEqual({ status: 403, code: 'push-service-not-allowed' });
    // Listed by a wildcard only, and resolving to 127.0.0.1: never.
    expect(await refused(`https://fcm.push.test/x`)).toEqual({ status: 403, code: 'push-endpoint-private' });
    expect(await refused('not a url')).toEqual({ status: 400, code: 'bad-request' });

    const good = keys.subscription(receiver.origin + '/push/x');
    const withKeys = (k: Partial<typeof good.keys>) => ({ subscription: { ...good, keys: { ...good.keys, ...k } }, lang: 'vi' });
    expect(await refused('', withKeys({ p256dh: good.keys.p256dh.slice(1) }))).toEqual({ status: 400, code: 'bad-request' });
    expect(await refused('', withKeys({ auth: good.keys.auth + 'AA' }))).toEqual({ status: 400, code: 'bad-request' });
    // 65 bytes in the right form, but no point of P-256.
    expect(await refused('', withKeys({ p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url') }))).toEqual({
      status: 400,
      code: 'bad-request',
    });
    expect(await refused('', { subscription: good, lang: 'fr' })).toEqual({ status: 400, code: 'bad-request' });
    expect(await refused('', { subscription: good, lang: 'vi', extra: 1 })).toEqual({ status: 400, code: 'bad-request' });
    expect(refusal(await kiosk.post('/api/tickets/status/not-a-token/push', { subscription: good, lang: 'vi' }))).toEqual({
      status: 404,
      code: 'ticket-not-found',
    });
    const refused403 = (
      await kiosk.post<never>(`/api/tickets/status/${ticket.statusToken}/push`, {
        subscription: keys.subscription('https://push.example.com/x'),
        lang: 'vi',
      })
    ).body;
    expect(refused403.error.message).toMatch(/thông báo/);
    expect(countRows()).toBe(before);
    ok(await clients.tiepdan.post(`/api/tickets/${ticket.ticket.id}/cancel`));
  });

  it('keeps one subscription per ticket, turns it off on request, and ends it with the ticket or the day', async () => {
    const ticket = await issueA();
    const keys = new BrowserPushKeys();
    ok(await subscribe(ticket, keys, receiver.origin + '/push/first'));
    ok(await subscribe(ticket, keys, receiver.origin + '/push/second'));
    expect(rowOf(ticket)?.endpoint).toBe(receiver.origin + '/push/second');
    expect(ok(await kiosk.post<PushState>(`/api/tickets/status/${ticket.statusToken}/push/delete`))).toMatchObject({ subscribed: false });
    expect(rowOf(ticket)).toBeUndefined();

    // Withdrawn at the reception desk: gone with it, and an ended ticket takes none.
    ok(await subscribe(ticket, keys, receiver.origin + '/push/second'));
    ok(await clients.tiepdan.post(`/api/tickets/${ticket.ticket.id}/cancel`));
    expect(rowOf(ticket)).toBeUndefined();
    expect(refusal(await subscribe(ticket, keys, receiver.origin + '/push/second'))).toEqual({ status: 409, code: 'push-ticket-ended' });

    // A no-show after the recalls: each recall is pushed too, then the subscription ends.
    const absent = await issueA();
    const path = '/push/absent';
    ok(await subscribe(absent, keys, receiver.origin + path));
    expect((await desk.callNext()).id).toBe(absent.ticket.id);
    for (let i = 0; i < 2; i++) {
      server.clock.advance(11_000);
      ok(await desk.act('recall'));
    }
    const pushes = await receiver.pushesTo(path, 3);
    expect(pushes.map((p) => message(keys, p).recall)).toEqual([false, true, true]);
    ok(await desk.act('no-show'));
    expect(rowOf(absent)).toBeUndefined();

    // Still waiting when the day is over: the next day's first minute round ends it.
    const late = await issueA();
    ok(await subscribe(late, keys, receiver.origin + '/push/late'));
    await minuteRound();
    expect(rowOf(late)).toBeDefined();
    const now = server.clock.now();
    server.clock.set(vnTime(addDays(NEXT_MONDAY, 1), '07:00'));
    await minuteRound();
    expect(rowOf(late)).toBeUndefined();
    server.clock.set(now);
    ok(await clients.tiepdan.post(`/api/tickets/${late.ticket.id}/cancel`));
  });

  it("in minutes, as the center may set it: told when the ticket's estimate puts its call 10 minutes away", async () => {
    const center = ok(await clients.quanly.post<CenterInfo>(`/api/centers/${DEMO_CENTER_ID}/near-notice`, { by: 'minutes', at: 10 }));
    expect(center).toMatchObject({ nearNoticeBy: 'minutes', nearNoticeAt: 10 });
    // A procedure nobody here was served for yet: the estimate counts its default service time
    // (the others were served in no time on the test's clock).
    const unserved = () => issue(kiosk, [catalog.procedureIds('A')[1]]);
    for (let i = 0; i < 4; i++) await unserved();
    const mine = await unserved();
    const estimate = ok(await kiosk.get<TicketStatus>(`/api/tickets/status/${mine.statusToken}`)).estimatedWaitMinutes!;
    expect(estimate).toBeGreaterThan(10);
    const keys = new BrowserPushKeys();
    const path = '/push/minutes';
    expect(ok(await subscribe(mine, keys, receiver.origin + path)).nearNotice).toEqual({ by: 'minutes', at: 10 });

    const dueAt = mine.ticket.issuedAt + (estimate - 10) * 60_000;
    server.clock.set(dueAt - 60_000);
    await minuteRound();
    expect(rowOf(mine)?.near_sent).toBe(0);
    server.clock.set(dueAt);
    await minuteRound();
    expect(rowOf(mine)?.near_sent).toBe(1);
    const [near] = await receiver.pushesTo(path, 1);
    expect(message(keys, near)).toMatchObject({ kind: 'near', by: 'minutes', count: 10, number: mine.ticket.number });
    // Out of range for its kind: refused, nothing changed.
    expect(refusal(await clients.quanly.post(`/api/centers/${DEMO_CENTER_ID}/near-notice`, { by: 'places', at: 21 }))).toEqual({
      status: 400,
      code: 'bad-request',
    });
    expect(refusal(await kiosk.post(`/api/centers/${DEMO_CENTER_ID}/near-notice`, { by: 'places', at: 3 }))).toEqual({
      status: 401,
      code: 'unauthenticated',
    });
  });
});
