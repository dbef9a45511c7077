// What a province's IT department watches: /metrics behind its token with queue gauges that move as
// tickets are called, liveness, and readiness that fails when the database refuses writes.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CounterView, IssuedTicket } from '../../shared/types.js';
import { READY_CACHE_MS } from '../../server/ops/readiness.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { demoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const TOKEN = 'a-metrics-token-for-the-test';

/** One sample's value from Prometheus text, or undefined. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const want = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const m = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = (m[2] ?? '').split(',').filter(Boolean);
    if (want.every((w) => have.includes(w))) return m[3] === '+Inf' ? Infinity : Number(m[3]);
  }
  return undefined;
}

describe('metrics', () => {
  let dir: string;
  let server: ChildServer;
  const scrape = async (auth = `Bearer ${TOKEN}`) => fetch(`${server.baseUrl}/metrics`, { headers: { authorization: auth } });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'motcua-ops-'));
    server = await startChildServer(dir, { MOTCUA_METRICS_TOKEN: TOKEN });
  });
  afterAll(async () => {
    server.process.kill('SIGTERM');
    await server.exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers only with the operator’s token', async () => {
    expect((await scrape('')).status).toBe(401);
    expect((await scrape('Bearer wrong-token-of-the-same-size')).status).toBe(401);
    const res = await scrape();
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(sample(text, 'motcua_nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(text, 'motcua_backup_age_seconds')).toBe(Infinity);
  });

  it('has queue gauges that move as tickets are issued and called', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    for (let i = 0; i < 2; i++) ok(await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [birth] }));
    const field = { center: DEMO_CENTER_ID, field: 'A' };
    let text = await (await scrape()).text();
    expect(sample(text, 'motcua_queue_waiting', field)).toBe(2);
    expect(sample(text, 'motcua_tickets_issued_total', field)).toBe(2);
    expect(sample(text, 'motcua_queue_oldest_wait_seconds', field)).toBeGreaterThanOrEqual(0);

    const clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    const counterId = catalog.counterId(1);
    ok(await clerk.post<CounterView>(`/api/counters/${counterId}/open`));
    ok(await clerk.post(`/api/counters/${counterId}/call-next`));
    text = await (await scrape()).text();
    expect(sample(text, 'motcua_queue_waiting', field)).toBe(1);
    expect(sample(text, 'motcua_calls_total', field)).toBe(1);
    expect(sample(text, 'motcua_wait_estimate_error_minutes_count', { center: DEMO_CENTER_ID })).toBe(1);
    expect(sample(text, 'motcua_http_request_duration_seconds_count', { route: '/api/counters/:id/call-next', status: '200' })).toBe(1);
  });
});

describe('liveness and readiness', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server.stop());

  it('are IETF health-check documents: live passes, ready passes on a writable database', async () => {
    const live = await fetch(`${server.baseUrl}/api/health/live`);
    expect(live.headers.get('content-type')).toMatch(/^application\/health\+json/);
    expect(await live.json()).toEqual({ status: 'pass', serviceId: 'motcua' });
    const ready = await fetch(`${server.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    const body = (await ready.json()) as { status: string; checks: Record<string, { status: string }[]> };
    expect(body.checks['sqlite:write'][0].status).toBe('pass');
    expect(body.checks['sqlite:migrations'][0].status).toBe('pass');
    expect(['pass', 'warn']).toContain(body.status);
  });

  it('fails (503) while the database refuses writes, and passes again after', async () => {
    server.store.raw.pragma('query_only = 1');
    try {
      const ready = await fetch(`${server.baseUrl}/api/health/ready`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; checks: Record<string, { status: string; output?: string }[]> };
      expect(body.status).toBe('fail');
      expect(body.checks['sqlite:write'][0]).toMatchObject({ status: 'fail' });
      // Liveness is not readiness: the process still answers.
      expect((await fetch(`${server.baseUrl}/api/health/live`)).status).toBe(200);
    } finally {
      server.store.raw.pragma('query_only = 0');
    }
    expect((await fetch(`${server.baseUrl}/api/health/ready`)).status).toBe(200);
  });

  it('writes once for the probes of a few seconds, not once per probe, and checks again after', async () => {
    // Rows this connection changed since it opened (SQLite's own count): only the probes write here.
    const changes = () => server.store.first<{ n: number }>('SELECT total_changes() AS n')!.n;
    const probe = async () => (await fetch(`${server.baseUrl}/api/health/ready`)).status;
    server.clock.advance(READY_CACHE_MS);
    const before = changes();
    // Three load balancers probing every second, for as long as one answer is kept.
    const statuses = [];
    for (let i = 0; i < 9; i++) statuses.push(await probe());
    expect(statuses).toEqual(Array<number>(9).fill(200));
    expect(changes() - before).toBe(1);
    server.clock.advance(READY_CACHE_MS - 1);
    expect(await probe()).toBe(200);
    expect(changes() - before).toBe(1);
    server.clock.advance(1);
    expect(await probe()).toBe(200);
    expect(changes() - before).toBe(2);
  });
});
