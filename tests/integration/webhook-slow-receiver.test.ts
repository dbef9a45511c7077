// A receiver that holds its answers (it never answers until the test releases it) does not slow the
// hall: while it provably holds motcua's webhook requests, Call next answers and the wall's socket
// gets each call. Then, released, it gets every event, in order per ticket. No timing is measured:
// the proof is that the calls complete while the receiver is still holding the requests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointCreated, type WebhookEndpointView } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { DEMO_CENTER_ID, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const HOOKS = `/api/centers/${DEMO_CENTER_ID}/webhooks`;

describe('a receiver that holds its answers', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    server = await startTestServer(MONDAY_9AM, { webhooks: { allowHttpHosts: ['127.0.0.1'] } });
    receiver = new WebhookReceiver();
    receiver.mode = 'hold';
    await receiver.start();
  });
  afterEach(async () => {
    closeSockets();
    await receiver.stop();
    await server.stop();
  });

  it('never holds up Call next or the wall, and gets everything once it answers', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const { admin, canbo1 } = await signInAll(server, ['admin', 'canbo1']);
    receiver.secret = ok(await admin.post<WebhookEndpointCreated>(HOOKS, { url: receiver.url, eventTypes: WEBHOOK_EVENT_TYPES })).secret;
    const desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
    const wall = (await connectToCenter(server.baseUrl, DEMO_CENTER_ID)).socket;

    const tickets = [];
    for (let i = 0; i < 4; i++) tickets.push(await issue(kiosk, [catalog.procedureIds('A')[0]]));
    // The receiver holds the first requests (as many as motcua sends one endpoint at once) and answers none.
    await expect.poll(() => receiver.held.length).toBe(2);

    for (const expected of tickets) {
      const called = waitForEvent(wall, 'ticket:called', (e) => e.ticket.id === expected.ticket.id);
      const ticket = await desk.callNext();
      expect(ticket.id).toBe(expected.ticket.id);
      expect((await called).call.counterNumber).toBe(1);
      await desk.serve(ticket);
      // Still held, none answered: the call, the wall's event and the finish did not wait for them.
      expect(receiver.held.length).toBe(2);
      expect(receiver.accepted).toEqual([]);
    }
    const { endpoints } = ok(await admin.get<{ endpoints: WebhookEndpointView[] }>(HOOKS));
    const written = server.store.all<{ public_id: string; seq: number; ticket_id: number }>(
      'SELECT public_id, seq, ticket_id FROM outbox_events ORDER BY seq',
    );
    // Every ticket: issued, called, started, finished.
    expect(written).toHaveLength(16);
    expect(endpoints[0].backlog).toBe(16);

    receiver.mode = 'accept';
    receiver.release();
    await server.app.webhooks.sendDue();
    expect(receiver.requests.every((r) => r.signed)).toBe(true);
    const unique = receiver.unique();
    expect(unique.map((d) => d.eventId).sort()).toEqual(written.map((e) => e.public_id).sort());
    for (const { ticket } of tickets) {
      expect(unique.filter((d) => d.body.data.ticket.id === ticket.id).map((d) => d.body.type)).toEqual([
        'ticket.issued',
        'ticket.called',
        'ticket.started',
        'ticket.finished',
      ]);
    }
  });
});
