// The admin's webhook routes: an endpoint is made only for an https URL to a public address (http,
// loopback and private addresses only for the hosts the operator allow-listed), its secret is answered
// once and never again, bad bodies are 400, another center's endpoint is not there (404), and every
// refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointCreated, type WebhookEndpointView } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { dumpTables } from '../support/demo.js';
import { ok, refusal, signedIn, type ApiClient, type Reply } from '../support/http-client.js';
import { addOtherCenter, OTHER_CENTER_ID, OTHER_PASSWORD } from '../support/other-center.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const HOOKS = `/api/centers/${DEMO_CENTER_ID}/webhooks`;
const TABLES = ['webhook_endpoints', 'webhook_endpoint_types', 'webhook_deliveries', 'outbox_events'];

describe('webhook endpoints', () => {
  let server: TestServer;
  let manager: ApiClient;
  let admin: ApiClient;
  let otherManager: ApiClient;

  beforeAll(async () => {
    server = await startTestServer(undefined, { webhooks: { allowHttpHosts: ['127.0.0.1', 'hooks.internal'] } });
    ({ quanly: manager, admin } = await signInAll(server, ['quanly', 'admin']));
    const other = await addOtherCenter(server.store, server.clock.now());
    otherManager = await signedIn(server, other.manager, OTHER_PASSWORD);
  });
  afterAll(() => server.stop());

  /** Refused with this status and code, and no webhook table changed. */
  async function refused<T>(send: () => Promise<Reply<T>>, status: number, code: string): Promise<void> {
    const before = dumpTables(server.store, TABLES);
    expect(refusal(await send())).toEqual({ status, code });
    expect(dumpTables(server.store, TABLES)).toEqual(before);
  }

  it('refuses http, loopback and private addresses unless allow-listed, and anything not an https URL', async () => {
    const create = (url: string) => () => manager.post(HOOKS, { url, eventTypes: ['ticket.called'] });
    await refused(create('http://dvc.bacninh.gov.vn/hooks'), 400, 'webhook-url-insecure');
    for (const url of ['https://10.1.2.3/hooks', 'https://169.254.169.254/latest', 'https://[::1]:8443/x', 'https://localhost/x']) {
      await refused(create(url), 400, 'webhook-url-private');
    }
    for (const url of ['ftp://dvc.bacninh.gov.vn/x', 'dvc.bacninh.gov.vn', 'https://user:secret@dvc.bacninh.gov.vn/x']) {
      await refused(create(url), 400, 'webhook-url-invalid');
    }
    // The operator's hosts: plain http and their private addresses are fine.
    ok(await manager.post(HOOKS, { url: 'http://127.0.0.1:9/motcua', eventTypes: ['ticket.called'] }));
    ok(await manager.post(HOOKS, { url: 'http://hooks.internal/motcua', eventTypes: ['ticket.called'] }));
  });

  it('refuses bodies that are not exactly an URL and a set of known event types (400)', async () => {
    const url = 'https://dvc.bacninh.gov.vn/hooks';
    for (const body of [
      {},
      { url },
      { url, eventTypes: [] },
      { url, eventTypes: ['ticket.called', 'ticket.called'] },
      { url, eventTypes: ['ticket.deleted'] },
      { url, eventTypes: ['ticket.called'], secret: 'mine' },
      { url: 42, eventTypes: ['ticket.called'] },
      [url],
    ]) {
      await refused(() => manager.post(HOOKS, body), 400, 'bad-request');
    }
    await refused(() => manager.postRaw(HOOKS, '{"__proto__":{"admin":true}}'), 400, 'bad-request');
  });

  it('answers the secret once, never in the list; names the endpoint, its types and its state', async () => {
    const created = ok(
      await admin.post<WebhookEndpointCreated>(HOOKS, { url: 'https://dvc.bacninh.gov.vn/hooks#top', eventTypes: WEBHOOK_EVENT_TYPES }),
    );
    expect(created.secret).toMatch(/^whsec_[\w-]{43}$/);
    expect(created.endpoint).toMatchObject({
      centerId: DEMO_CENTER_ID,
      url: 'https://dvc.bacninh.gov.vn/hooks',
      eventTypes: expect.arrayContaining([...WEBHOOK_EVENT_TYPES]) as string[],
      active: true,
      backlog: 0,
      failed: 0,
      lastError: null,
      lastSuccessAt: null,
    });
    const listed = await admin.get<{ endpoints: WebhookEndpointView[] }>(HOOKS);
    expect(JSON.stringify(listed.body)).not.toContain(created.secret);
    expect(ok(listed).endpoints.find((e) => e.id === created.endpoint.id)).toEqual(created.endpoint);
    expect(JSON.stringify(server.store.all('SELECT * FROM audit_log'))).not.toContain(created.secret);

    const path = `${HOOKS}/${created.endpoint.id}`;
    expect(ok(await manager.post<WebhookEndpointView>(`${path}/disable`, {}))).toMatchObject({ active: false });
    expect(ok(await manager.post<WebhookEndpointView>(`${path}/enable`, {}))).toMatchObject({ active: true, disabledAt: null });
    await refused(() => manager.post(`${path}/disable`, { now: true }), 400, 'bad-request');
    await refused(() => manager.post(`${path}/replay`, { fromEventId: 'not-a-uuid' }), 400, 'bad-request');
    await refused(
      () => manager.post(`${path}/replay`, { fromEventId: '0b6f7a8e-2c4d-4e1f-9a3b-5c6d7e8f9a0b' }),
      404,
      'webhook-event-not-found',
    );
  });

  it('does not know another center’s endpoint (404), nor lets its staff near this center’s (403)', async () => {
    const mine = ok(
      await manager.post<WebhookEndpointCreated>(HOOKS, { url: 'https://dvc.bacninh.gov.vn/a', eventTypes: ['ticket.issued'] }),
    );
    const theirs = ok(
      await otherManager.post<WebhookEndpointCreated>(`/api/centers/${OTHER_CENTER_ID}/webhooks`, {
        url: 'https://dvc.bacninh.gov.vn/b',
        eventTypes: ['ticket.issued'],
      }),
    );
    for (const action of ['disable', 'enable', 'delete']) {
      await refused(() => manager.post(`${HOOKS}/${theirs.endpoint.id}/${action}`, {}), 404, 'webhook-not-found');
      await refused(() => otherManager.post(`${HOOKS}/${mine.endpoint.id}/${action}`, {}), 403, 'forbidden');
    }
    await refused(() => manager.post(`${HOOKS}/999999/delete`, {}), 404, 'webhook-not-found');
    await refused(() => manager.post(`${HOOKS}/0/delete`, {}), 404, 'webhook-not-found');
    expect(ok(await otherManager.get<{ endpoints: WebhookEndpointView[] }>(`/api/centers/${OTHER_CENTER_ID}/webhooks`)).endpoints).toEqual([
      theirs.endpoint,
    ]);
  });

  it('keeps a center to ten endpoints (409)', async () => {
    const count = async () => ok(await manager.get<{ endpoints: WebhookEndpointView[] }>(HOOKS));
    let n = (await count()).endpoints.length;
    while (n < 10) {
      ok(await manager.post(HOOKS, { url: `https://dvc.bacninh.gov.vn/${n}`, eventTypes: ['ticket.issued'] }));
      n++;
    }
    await refused(() => manager.post(HOOKS, { url: 'https://dvc.bacninh.gov.vn/11', eventTypes: ['ticket.issued'] }), 409, 'webhook-limit');
    const [first] = (await count()).endpoints;
    expect(ok(await manager.post<{ deleted: number }>(`${HOOKS}/${first.id}/delete`, {}))).toEqual({ deleted: first.id });
    ok(await manager.post(HOOKS, { url: 'https://dvc.bacninh.gov.vn/11', eventTypes: ['ticket.issued'] }));
  });
});
