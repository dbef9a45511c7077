// Signed webhooks from the transactional outbox, to a real receiver on this machine (node:http) that
// checks every signature with its own HMAC: while it is down (connection refused), then answering
// 503, then 503 to every other request, every event is retried; once it is back it has every event
// exactly once after deduplication by id, and the events of each ticket in order — none sent before
// the previous one of its ticket was acknowledged. Retries come when the server's clock says so: the
// test moves the clock and lets the worker send what is due; nothing sleeps.
import { lookup } from 'node:dns/promises';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localDate } from '../../shared/rules/local-time.js';
import { addDays } from '../../shared/rules/sessions.js';
import { GIVE_UP_AFTER_MS, RETRY_CAP_MS } from '../../shared/rules/webhook-retry.js';
import { isPublicAddress } from '../../shared/rules/webhook-url.js';
import { OUTBOX_KEEP_DAYS } from '../../server/integration/webhook-delivery.js';
import {
  WEBHOOK_EVENT_TYPES,
  type BookingView,
  type IssuedTicket,
  type TicketView,
  type WebhookEndpointCreated,
  type WebhookEndpointView,
  type WebhookEventType,
} from '../../shared/types.js';
import { minutesOf, signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, type Reply } from '../support/http-client.js';
import { NEXT_FRIDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';
import { WebhookReceiver, type Delivery } from '../support/webhook-receiver.js';

const HOOKS = `/api/centers/${DEMO_CENTER_ID}/webhooks`;

interface OutboxRow {
  public_id: string;
  seq: number;
  ticket_id: number;
  type: WebhookEventType;
}

describe('signed webhooks from the outbox', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let admin: ApiClient;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;

  const outbox = () => server.store.all<OutboxRow>('SELECT public_id, seq, ticket_id, type FROM outbox_events ORDER BY seq');
  const endpoints = async () => ok(await admin.get<{ endpoints: WebhookEndpointView[] }>(HOOKS)).endpoints;
  const endpoint = async (id: number) => (await endpoints()).find((e) => e.id === id)!;

  async function subscribe(types: readonly WebhookEventType[] = WEBHOOK_EVENT_TYPES): Promise<WebhookEndpointView> {
    const created = ok(await admin.post<WebhookEndpointCreated>(HOOKS, { url: receiver.url, eventTypes: types }));
    receiver.secret = created.secret;
    return created.endpoint;
  }

  /** One round of retries: the clock moves past the longest wait, and what is due is sent and answered. */
  async function retryRound(): Promise<void> {
    server.clock.advance(RETRY_CAP_MS);
    await server.app.webhooks.sendDue();
  }

  /** Every request's ticket events: each sent only after the earlier ones of its ticket were acknowledged. */
  function expectSentInOrder(requests: readonly Delivery[], accepted: readonly Delivery[]): void {
    const acknowledged = new Set<string>();
    const byId = new Map(outbox().map((e) => [e.public_id, e]));
    let answered = 0;
    for (const request of requests) {
      // The receiver answers at once: what it accepted before this request arrived.
      while (answered < accepted.length && accepted[answered] !== request) acknowledged.add(accepted[answered++].eventId);
      const event = byId.get(request.eventId)!;
      const earlier = outbox().filter((e) => e.ticket_id === event.ticket_id && e.seq < event.seq);
      expect(
        earlier.filter((e) => !acknowledged.has(e.public_id)).map((e) => e.type),
        `${event.type} of ticket ${event.ticket_id}`,
      ).toEqual([]);
    }
  }

  beforeEach(async () => {
    server = await startTestServer(MONDAY_9AM, { webhooks: { allowHttpHosts: ['127.0.0.1'] } });
    receiver = new WebhookReceiver();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    ({ admin } = await signInAll(server, ['admin']));
  });
  afterEach(async () => {
    await receiver.stop();
    await server.stop();
  });

  it('delivers every event exactly once after dedup, in order per ticket, to a receiver that was down, then failing, then flaky', async () => {
    const staff = await signInAll(server, ['canbo1', 'canbo2', 'tiepdan']);
    const desk1 = new Desk(staff.canbo1, catalog.counterId(1));
    const desk2 = new Desk(staff.canbo2, catalog.counterId(2));
    await desk1.open();
    await desk2.open();
    // The receiver's port is known, and nothing listens there: connections are refused.
    await receiver.start();
    await receiver.stop();
    const hook = await subscribe();

    // A morning's traffic: tickets issued, called, served with outcomes, transferred, recalled and
    // not come, rated, and a promised result handed over.
    const [birth, marriage] = catalog.procedureIds('A');
    const a1 = await issue(kiosk, [birth, marriage]);
    const a2 = await issue(kiosk, [birth]);
    const a3 = await issue(kiosk, [marriage]);
    const b1 = await issue(kiosk, [catalog.procedureIds('B')[0]]);
    const first = await desk1.callNext();
    expect(first.id).toBe(a1.ticket.id);
    ok(await desk1.act('start'));
    const finished = ok(
      await desk1.act('finish', {
        outcomes: [
          { procedureId: birth, outcome: 'returned', dossierCode: `000.00.01.H26-${today(server).slice(2).replace(/-/g, '')}-0001` },
          { procedureId: marriage, outcome: 'appointment' },
        ],
      }),
    );
    const second = await desk2.callNext();
    // To field C, which no open counter serves: it waits there.
    ok(await desk2.act('transfer', { toFieldId: catalog.fieldId('C') }));
    const third = await desk1.callNext();
    for (let i = 0; i < 2; i++) {
      server.clock.advance(11_000);
      ok(await desk1.act('recall'));
    }
    ok(await desk1.act('no-show'));
    ok(await kiosk.post(`/api/tickets/${a1.ticket.id}/rating`, { score: 'satisfied', token: a1.statusToken }));
    ok(await staff.tiepdan.post(`/api/tickets/${a1.ticket.id}/procedures/${marriage}/return`, {}));
    expect([second.id, third.id].sort()).toEqual([a2.ticket.id, a3.ticket.id].sort());
    const written = outbox();
    expect(new Set(written.map((e) => e.type))).toEqual(
      new Set([
        'ticket.issued',
        'ticket.called',
        'ticket.started',
        'ticket.finished',
        'ticket.transferred',
        'ticket.no-show',
        'rating.given',
        'result.returned',
      ]),
    );
    expect(written.filter((e) => e.ticket_id === b1.ticket.id).map((e) => e.type)).toEqual(['ticket.issued']);

    // Down: every due event was tried and refused.
    await server.app.webhooks.sendDue();
    let seen = await endpoint(hook.id);
    expect(seen).toMatchObject({ backlog: written.length, failed: 0, lastSuccessAt: null });
    expect(seen.lastError).toMatch(/refused/);
    expect(receiver.requests).toEqual([]);

    // Back, but answering 503.
    await receiver.start();
    receiver.mode = 'unavailable';
    await retryRound();
    seen = await endpoint(hook.id);
    expect(seen).toMatchObject({ backlog: written.length, failed: 0, lastError: 'HTTP 503' });
    expect(receiver.requests.length).toBeGreaterThan(0);
    expect(receiver.accepted).toEqual([]);

    // Flaky: 503 to every other request, until everything is through.
    receiver.mode = 'flaky';
    for (let round = 0; round < 30 && (await endpoint(hook.id)).backlog > 0; round++) await retryRound();
    seen = await endpoint(hook.id);
    expect(seen).toMatchObject({ backlog: 0, failed: 0 });
    expect(seen.lastSuccessAt).not.toBeNull();

    expect(receiver.requests.every((r) => r.signed)).toBe(true);
    const unique = receiver.unique();
    expect(unique.map((d) => d.eventId).sort()).toEqual(written.map((e) => e.public_id).sort());
    // Per ticket, the first arrival of each event follows the order the server wrote them in.
    for (const ticketId of new Set(written.map((e) => e.ticket_id))) {
      const arrived = unique.filter((d) => d.body.data.ticket.id === ticketId).map((d) => d.body.seq);
      expect(arrived, `ticket ${ticketId}`).toEqual(written.filter((e) => e.ticket_id === ticketId).map((e) => e.seq));
    }
    expectSentInOrder(receiver.requests, receiver.accepted);

    // What a receiver gets: the envelope, the ticket as the change left it, outcomes per line with the dossier code.
    const done = unique.find((d) => d.body.type === 'ticket.finished')!.body;
    expect(done).toMatchObject({ centerId: DEMO_CENTER_ID, at: finished.finishedAt, id: done.id });
    expect(done.data).toMatchObject({
      ticket: { id: a1.ticket.id, number: a1.ticket.number, fieldPrefix: 'A', state: 'done', counterNumber: 1 },
      counterNumber: 1,
      lines: [
        { procedureId: birth, outcome: 'returned', dossierCode: expect.stringMatching(/-0001$/) as string },
        { procedureId: marriage, outcome: 'appointment', dossierCode: null, resultDate: expect.any(String) as string },
      ],
    });
    const moved = unique.find((d) => d.body.type === 'ticket.transferred')!.body;
    expect(moved.data).toMatchObject({
      from: { fieldId: catalog.fieldId('A'), counterNumber: 2 },
      to: { fieldId: catalog.fieldId('C'), counterNumber: null },
      ticket: { state: 'waiting', transferred: true },
    });
    expect(unique.find((d) => d.body.type === 'ticket.no-show')!.body.data).toMatchObject({ recallCount: 2, counterNumber: 1 });
    expect(
      unique.filter((d) => d.body.type === 'ticket.called' && d.body.data.ticket.id === third.id).map((d) => d.body.data),
    ).toMatchObject([{ recall: false }, { recall: true }, { recall: true }]);
  });

  it('sends each endpoint only the types it subscribed to, and nothing once it is disabled or deleted', async () => {
    await receiver.start();
    const calls = await subscribe(['ticket.called']);
    const desk = new Desk((await signInAll(server, ['canbo1'])).canbo1, catalog.counterId(1));
    await desk.open();
    await issue(kiosk, [catalog.procedureIds('A')[0]]);
    const called = await desk.callNext();
    await server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => [d.body.type, d.body.data.ticket.id])).toEqual([['ticket.called', called.id]]);

    ok(await admin.post(`${HOOKS}/${calls.id}/disable`, {}));
    await desk.serve(called);
    await issue(kiosk, [catalog.procedureIds('A')[0]]);
    await desk.callNext();
    await server.app.webhooks.sendDue();
    expect(receiver.requests).toHaveLength(1);
    expect(await endpoint(calls.id)).toMatchObject({ active: false, backlog: 0 });

    ok(await admin.post(`${HOOKS}/${calls.id}/delete`, {}));
    expect(await endpoints()).toEqual([]);
    expect(server.store.first<{ n: number }>('SELECT COUNT(*) AS n FROM webhook_deliveries')!.n).toBe(0);
  });

  it('keeps trying for a day, then gives up and shows it; a replay from an event id sends them again, in order', async () => {
    await receiver.start();
    await receiver.stop();
    const hook = await subscribe();
    const desk = new Desk((await signInAll(server, ['canbo1'])).canbo1, catalog.counterId(1));
    await desk.open();
    const ticket = await issue(kiosk, [catalog.procedureIds('A')[0]]);
    await desk.callNext();
    const firstAttempt = server.clock.now();
    await server.app.webhooks.sendDue();
    /** The endpoint's gauge as /metrics reports it. */
    const gauge = async (name: string) => {
      const line = `${name}{center="${DEMO_CENTER_ID}",endpoint="${hook.id}"} `;
      const found = (await server.app.metrics.registry.metrics()).split('\n').find((l) => l.startsWith(line));
      return Number(found?.slice(line.length));
    };
    expect([await gauge('motcua_webhook_backlog'), await gauge('motcua_webhook_failed')]).toEqual([2, 0]);
    // A day of failures: still tried until a day has passed since the first attempt (read from the
    // table: the admin's session would not last the day).
    const states = () => server.store.all('SELECT attempts > 0 AS tried, failed_at IS NOT NULL AS failed FROM webhook_deliveries');
    while (server.clock.now() - firstAttempt < GIVE_UP_AFTER_MS) {
      expect(states()).toEqual([
        { tried: 1, failed: 0 },
        { tried: 0, failed: 0 },
      ]);
      await retryRound();
    }
    ({ admin } = await signInAll(server, ['admin']));
    const given = await endpoint(hook.id);
    expect(given).toMatchObject({ backlog: 0, failed: 2 });
    expect([await gauge('motcua_webhook_backlog'), await gauge('motcua_webhook_failed')]).toEqual([0, 2]);
    expect(given.lastError).toMatch(/refused/);
    const [issued] = outbox();
    expect(given.oldestUndeliveredId).toBe(issued.public_id);

    await receiver.start();
    const replay = ok(await admin.post<{ requeued: number }>(`${HOOKS}/${hook.id}/replay`, { fromEventId: issued.public_id }));
    expect(replay.requeued).toBe(2);
    await server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => [d.body.type, d.body.data.ticket.id])).toEqual([
      ['ticket.issued', ticket.ticket.id],
      ['ticket.called', ticket.ticket.id],
    ]);
    expect(receiver.accepted.every((d) => d.signed)).toBe(true);
    expect(await endpoint(hook.id)).toMatchObject({ backlog: 0, failed: 0, oldestUndeliveredId: null });

    // A replay of events already delivered sends them again, with the same ids (the receiver drops repeats).
    ok(await admin.post(`${HOOKS}/${hook.id}/replay`, { fromEventId: issued.public_id }));
    await server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => d.eventId)).toEqual([...receiver.unique(), ...receiver.unique()].map((d) => d.eventId));
  });

  it('never connects to a name that resolves inside (this machine, a private network): the connecting lookup refuses it', async () => {
    // The machine's own name, which /etc/hosts points at this machine or its private network; the
    // rule cannot know where a name points, so the endpoint is made, and refused at each connection.
    const name = hostname();
    const resolved = await lookup(name, { all: true });
    expect(
      resolved.filter((a) => isPublicAddress(a.address)),
      `${name} resolves to a public address here`,
    ).toEqual([]);
    await receiver.start();
    const created = ok(
      await admin.post<WebhookEndpointCreated>(HOOKS, {
        url: receiver.url.replace('http://127.0.0.1', `https://${name}`),
        eventTypes: ['ticket.issued'],
      }),
    );
    await issue(kiosk, [catalog.procedureIds('A')[0]]);
    await server.app.webhooks.sendDue();
    expect(await endpoint(created.endpoint.id)).toMatchObject({ backlog: 1, lastError: `${name} resolves to a private address` });
    expect(receiver.connections).toBe(0);
  });

  it('keeps events 30 days, and longer while an endpoint is still trying one', async () => {
    await receiver.start();
    await receiver.stop();
    await subscribe(['ticket.called']);
    const desk = new Desk((await signInAll(server, ['canbo1'])).canbo1, catalog.counterId(1));
    await desk.open();
    await issue(kiosk, [catalog.procedureIds('A')[0]]);
    await desk.callNext();
    await server.app.webhooks.sendDue();
    expect(outbox().map((e) => e.type)).toEqual(['ticket.issued', 'ticket.called']);
    server.clock.advance((OUTBOX_KEEP_DAYS + 1) * 86_400_000);
    await server.app.webhooks.sendDue();
    // The call was still being tried when old events were removed (it has been given up since).
    expect(outbox().map((e) => e.type)).toEqual(['ticket.called']);
    server.clock.advance(2 * 3600_000);
    await server.app.webhooks.sendDue();
    expect(outbox()).toEqual([]);
    expect(server.store.first<{ n: number }>('SELECT COUNT(*) AS n FROM webhook_deliveries')!.n).toBe(0);
  });

  it('never carries the citizen’s name or phone, even for a booked ticket', async () => {
    await receiver.start();
    await subscribe();
    const birth = catalog.procedureIds('A')[0];
    const booking = ok(
      await kiosk.post<BookingView>(`/api/centers/${DEMO_CENTER_ID}/bookings`, {
        procedureId: birth,
        date: today(server),
        slotStart: minutesOf('10:00'),
        citizenName: 'Trần Thị Bình',
        phone: '0987 654 321',
      }),
    );
    ok(await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/bookings/${booking.code}/check-in`, {}));
    await server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => d.body.type)).toEqual(['ticket.issued']);
    const raw = JSON.stringify(receiver.accepted.map((d) => d.body));
    expect(raw).toContain('"lane":"booking"');
    for (const personal of ['Bình', 'Trần', '0987', '654 321', booking.code]) expect(raw).not.toContain(personal);
  });
});

describe('a change whose transaction is rolled back', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    server = await startTestServer(vnTime(NEXT_FRIDAY, '09:00'), { webhooks: { allowHttpHosts: ['127.0.0.1'] } });
    receiver = new WebhookReceiver();
    await receiver.start();
  });
  afterEach(async () => {
    await receiver.stop();
    await server.stop();
  });

  it('writes no event: a refused Finish that had already recorded the fast-track return, and refused calls', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const staff = await signInAll(server, ['admin', 'canbo1', 'lanhdao']);
    receiver.secret = ok(
      await staff.admin.post<WebhookEndpointCreated>(HOOKS, { url: receiver.url, eventTypes: WEBHOOK_EVENT_TYPES }),
    ).secret;
    const desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    const copy = catalog.procedureIds('A').find((id) => id !== birth)!;
    const fast = ok(
      await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, {
        procedureIds: [birth, copy],
        fastTrack: { dossierComplete: true },
      }),
    );
    expect(fast.ticket.lane).toBe('fast');
    await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('appraise'));
    ok(await staff.lanhdao.post(`/api/tickets/${fast.ticket.id}/approve`, {}));
    await server.app.webhooks.sendDue();
    const delivered = receiver.accepted.map((d) => d.body.type);
    expect(delivered).toEqual([
      'ticket.issued',
      'ticket.called',
      'fast-track.step',
      'ticket.started',
      'fast-track.step',
      'fast-track.step',
    ]);
    expect(receiver.accepted.filter((d) => d.body.type === 'fast-track.step').map((d) => d.body.data)).toMatchObject([
      { step: 'received' },
      { step: 'appraised' },
      { step: 'approved' },
    ]);

    const counts = () =>
      server.store.first<{ events: number; deliveries: number }>(
        'SELECT (SELECT COUNT(*) FROM outbox_events) AS events, (SELECT COUNT(*) FROM webhook_deliveries) AS deliveries',
      );
    const before = counts();
    // The return of the fast-track result (step 4, whose event is written first) and then a promise
    // dated yesterday: refused, so the step and its event are rolled back together.
    const refused: Reply<TicketView> = await desk.act('finish', {
      outcomes: [
        { procedureId: birth, outcome: 'returned' },
        { procedureId: copy, outcome: 'appointment', resultDate: addDays(today(server), -1) },
      ],
    });
    expect(refusal(refused)).toEqual({ status: 400, code: 'result-date-required' });
    expect(refusal(await desk.act('call-next'))).toEqual({ status: 409, code: 'counter-busy' });
    expect(refusal(await desk.act('no-show'))).toEqual({ status: 409, code: 'transition-not-allowed' });
    expect(counts()).toEqual(before);
    await server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => d.body.type)).toEqual(delivered);
  });
});

/** The center's today by the server's clock. */
const today = (server: TestServer) => localDate(server.clock.now(), 'Asia/Ho_Chi_Minh');
