// What a browser-side attacker or a failing disk meets: cookie-authenticated writes from another
// site are refused, every answer carries the security headers, an internal error tells nothing of
// the code or the SQL, and a locked or full database answers 503 with Retry-After while the server
// keeps running.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CounterView } from '../../shared/types.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('web protections', () => {
  let server: TestServer;
  let clerk: ApiClient;
  let counterId: number;
  let procedureA: number;

  beforeAll(async () => {
    server = await startTestServer();
    clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    const catalog = await demoCatalog(clerk);
    counterId = catalog.counterId(1);
    procedureA = catalog.procedureIds('A')[0]!;
  });
  afterAll(() => server.stop());

  const post = (path: string, headers: Record<string, string>) =>
    fetch(server.baseUrl + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: clerk.cookie!, ...headers },
      body: '{}',
    });

  describe('cross-site writes', () => {
    it('refuses a cookie-authenticated write from a foreign Origin with 403 cross-site, and changes nothing', async () => {
      const res = await post(`/api/counters/${counterId}/open`, { origin: 'https://evil.example' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('cross-site');
      expect(ok(await clerk.get<CounterView>(`/api/counters/${counterId}`)).status).toBe('closed');
    });

    it('refuses a foreign Referer when there is no Origin', async () => {
      expect((await post(`/api/counters/${counterId}/open`, { referer: 'https://evil.example/page' })).status).toBe(403);
    });

    it('lets our own pages write', async () => {
      const origin = server.baseUrl;
      expect((await post(`/api/counters/${counterId}/open`, { origin })).status).toBe(200);
      expect((await post(`/api/counters/${counterId}/close`, { origin, referer: `${origin}/counter` })).status).toBe(200);
    });
  });

  it('sends the security headers on API answers and pages', async () => {
    for (const path of ['/api/health', '/']) {
      const res = await fetch(server.baseUrl + path);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
    }
  });

  describe('failures', () => {
    afterEach(() => {
      server.store.raw.pragma('busy_timeout = 5000');
    });

    it('answers an internal error without a stack trace or SQL', async () => {
      // Break the schema under the running server: reading the snapshot now fails inside SQLite.
      server.store.raw.exec('ALTER TABLE fields RENAME TO fields_gone');
      try {
        const res = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/snapshot`);
        const text = await res.text();
        expect(res.status).toBe(500);
        expect(JSON.parse(text)).toEqual({ error: { code: 'internal', message: expect.any(String) as string } });
        expect(text).not.toMatch(/fields|SELECT|no such table|sqlite|\.ts\b|\bat \S+:\d+/i);
      } finally {
        server.store.raw.exec('ALTER TABLE fields_gone RENAME TO fields');
      }
    });

    it('answers 503 unavailable with Retry-After while another process holds the database lock, then recovers', async () => {
      server.store.raw.pragma('busy_timeout = 50');
      const other = new Database(join(server.dir, 'motcua.sqlite'));
      other.exec('BEGIN EXCLUSIVE');
      try {
        const res = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/tickets`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ procedureIds: [procedureA] }),
        });
        expect(res.status).toBe(503);
        expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable');
      } finally {
        other.exec('ROLLBACK');
        other.close();
      }
      const { ticket } = await issue(new ApiClient(server), [procedureA]);
      expect(ticket.number).toBe('A001');
    });

    it('answers 503 unavailable when the disk is full, then recovers', async () => {
      const pages = Number(server.store.raw.pragma('page_count', { simple: true }));
      // The database may not grow: the next page it needs is "disk full" (SQLITE_FULL).
      server.store.raw.pragma(`max_page_count = ${pages}`);
      try {
        const statuses = [];
        for (let i = 0; i < 1000; i++) {
          const reply = await new ApiClient(server).post(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedureA] });
          statuses.push(reply.status);
          if (reply.status !== 201) {
            expect(refusal(reply)).toEqual({ status: 503, code: 'unavailable' });
            break;
          }
        }
        expect(statuses.at(-1)).toBe(503);
      } finally {
        server.store.raw.pragma('max_page_count = 1073741823');
      }
      ok(await new ApiClient(server).post(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedureA] }));
    });
  });
});
