// Generated requests against every route of the API — public and staff, valid-looking and garbage —
// answer 2xx or 4xx, never 5xx, and afterwards the queue still makes sense: no counter holds two
// tickets, numbering has no gaps or repeats, and the display snapshot counts what the database holds.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RouteInfo } from '../../server/http/route-matcher.js';
import { fullPath } from '../../server/http/route-spec.js';
import {
  OUTCOMES,
  PAUSE_REASONS,
  API_SCOPES,
  PRIORITY_KINDS,
  RECORDS_STATUSES,
  WEBHOOK_EVENT_TYPES,
  type ApiKeyCreated,
  type CenterSnapshot,
  type CounterView,
  type StaffView,
} from '../../shared/types.js';
import { demoCatalog, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn, withKey } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

/** Slow (scrypt) or session-ending routes, left out to keep the run fast and the clients signed in. */
const SKIPPED = new Set([
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'POST /api/staff/:id/password',
  'POST /api/staff/:id/disable',
  'POST /api/admin/backup',
]);

describe('generated requests', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let clients: ApiClient[];
  let routes: RouteInfo[];
  let clerkIds: number[];

  beforeAll(async () => {
    // Webhooks only to this machine's discard port (refused): the run sends nothing off the machine.
    server = await startTestServer(undefined, { webhooks: { allowHttpHosts: ['127.0.0.1'] } });
    const kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    const staff = await Promise.all(
      ['canbo1', 'canbo2', 'canbo3', 'tiepdan', 'lanhdao', 'quanly'].map((u) => signedIn(server, u, DEMO_PASSWORDS.demo)),
    );
    staff.push(await signedIn(server, 'admin', DEMO_PASSWORDS.admin));
    for (const [i, clerk] of staff.slice(0, 3).entries()) ok(await clerk.post(`/api/counters/${catalog.counterId(i + 1)}/open`));
    // An API key of each scope joins the callers (a center with an agency code may have them).
    const [admin, manager] = [staff.at(-1)!, staff.at(-2)!];
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode: '000.00.01.H26' }));
    const keys = await Promise.all(
      API_SCOPES.map(async (scope) =>
        withKey(
          server,
          ok(await admin.post<ApiKeyCreated>(`/api/centers/${DEMO_CENTER_ID}/api-keys`, { name: scope, scopes: [scope] })).token,
        ),
      ),
    );
    clients = [kiosk, ...staff, ...keys];
    clerkIds = await Promise.all(staff.slice(0, 3).map(async (c) => ok(await c.get<{ staff: StaffView }>('/api/auth/me')).staff.id));
    routes = server.app.routes
      .map((r): RouteInfo => ({ method: r.method, path: fullPath(r) }))
      .filter((r) => !SKIPPED.has(`${r.method} ${r.path}`));
  });
  afterAll(() => server.stop());

  it('never answer 5xx, and leave the queue consistent', async () => {
    const procedureIds = catalog.view.procedures.map((p) => p.id);
    const fieldIds = catalog.view.fields.map((f) => f.id);
    const counterIds = catalog.view.counters.map((c) => c.id);
    const id = fc.oneof(fc.constantFrom(...procedureIds, ...fieldIds, ...counterIds), fc.integer({ min: 1, max: 60 }), fc.integer());
    const segment = fc.oneof(
      { weight: 4, arbitrary: id.map(String) },
      { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(DEMO_CENTER_ID, '..', '%00', '123456', '2026-11-23', 'undefined', '000.00.01.H26-260101-0001'),
      },
    );
    const meaningful = fc.oneof(
      fc.record({
        procedureIds: fc.uniqueArray(fc.constantFrom(...procedureIds), { minLength: 1, maxLength: 4 }),
        priority: fc.constantFrom(null, ...PRIORITY_KINDS),
      }),
      fc.record({ ticketId: fc.integer({ min: 1, max: 80 }) }),
      fc.record({ toFieldId: fc.constantFrom(...fieldIds) }),
      fc.record({ toCounterId: fc.constantFrom(...counterIds) }),
      fc.record({ reason: fc.constantFrom(...PAUSE_REASONS) }),
      fc.record({
        outcomes: fc.array(fc.record({ procedureId: fc.constantFrom(...procedureIds), outcome: fc.constantFrom(...OUTCOMES) }), {
          minLength: 1,
          maxLength: 3,
        }),
      }),
      fc.record({
        url: fc.constantFrom('http://127.0.0.1:9/hook', 'https://127.0.0.1:9/hook', 'http://10.0.0.1/hook', 'file:///etc/passwd'),
        eventTypes: fc.subarray([...WEBHOOK_EVENT_TYPES], { minLength: 1 }),
      }),
      fc.record({ fromEventId: fc.uuid() }),
      fc.record({ status: fc.constantFrom(...RECORDS_STATUSES) }),
      fc.record({ name: fc.string({ maxLength: 20 }), scopes: fc.subarray([...API_SCOPES], { minLength: 1 }) }),
      fc.constant({}),
    );
    const body = fc.oneof({ weight: 3, arbitrary: meaningful }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
    const request = fc.record({
      route: fc.constantFrom(...routes),
      params: fc.array(segment, { minLength: 4, maxLength: 4 }),
      // Mostly the demo center, so requests get past "no such center" to the real checks.
      centerId: fc.oneof({ weight: 6, arbitrary: fc.constant(DEMO_CENTER_ID) }, { weight: 1, arbitrary: segment }),
      client: fc.integer({ min: 0, max: clients.length - 1 }),
      body,
    });
    // Counter work in between keeps tickets moving through every state.
    const counterAction = fc.record({
      counter: fc.integer({ min: 1, max: 3 }),
      action: fc.constantFrom('call-next', 'call-next', 'start', 'finish', 'recall', 'no-show', 'transfer', 'pause', 'resume'),
    });

    // Citizens keep arriving.
    const kioskTicket = fc.record({ issue: fc.uniqueArray(fc.constantFrom(...procedureIds), { minLength: 1, maxLength: 3 }) });

    const answers: string[] = [];
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(request, counterAction, kioskTicket), { minLength: 25, maxLength: 35 }), async (steps) => {
        for (const step of steps) {
          let status: number;
          let what: string;
          if ('route' in step) {
            let i = 0;
            const path = step.route.path.replace(/:(\w+)/g, (_, name: string) =>
              encodeURIComponent(name === 'centerId' ? step.centerId : step.params[i++ % 4]),
            );
            const client = clients[step.client];
            const reply = step.route.method === 'GET' ? await client.get(path) : await client.post(path, step.body);
            status = reply.status;
            what = `${step.route.method} ${path} ${JSON.stringify(step.body).slice(0, 200)} → ${status} ${JSON.stringify(reply.body).slice(0, 200)}`;
          } else if ('issue' in step) {
            const reply = await clients[0].post(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: step.issue });
            status = reply.status;
            what = `kiosk ${JSON.stringify(step.issue)} → ${status} ${JSON.stringify(reply.body).slice(0, 200)}`;
          } else {
            const clerk = clients[step.counter];
            const counterId = catalog.counterId(step.counter);
            const view = ok(await clerk.get<CounterView>(`/api/counters/${counterId}`));
            // Generated requests may have closed the counter or taken it over: the clerk signs in again.
            if (view.status === 'closed' || view.staffId !== clerkIds[step.counter - 1])
              ok(await clerk.post(`/api/counters/${counterId}/open`, { force: true }));
            const current = view.current;
            const bodies: Record<string, unknown> = {
              finish: { outcomes: (current?.procedures ?? []).map((p) => ({ procedureId: p.procedureId, outcome: 'returned' })) },
              transfer: { toFieldId: fieldIds[step.counter % fieldIds.length] },
              pause: { reason: 'break' },
            };
            const reply = await clerk.post(`/api/counters/${counterId}/${step.action}`, bodies[step.action] ?? {});
            status = reply.status;
            what = `counter ${step.counter} ${step.action} → ${status}`;
            server.clock.advance(11_000); // Past the recall cooldown now and then.
          }
          answers.push(what);
          if (status >= 500) throw new Error(what);
        }
      }),
      { numRuns: 10, seed: 20261123, endOnFailure: true },
    );
    expect(answers.length).toBeGreaterThanOrEqual(250);
    expect(answers.some((a) => / → 2\d\d/.test(a))).toBe(true);

    const store = server.store;
    // No counter holds two tickets; no ticket is being served without a counter.
    expect(
      store.all("SELECT counter_id FROM tickets WHERE state IN ('called', 'serving') GROUP BY counter_id HAVING COUNT(*) > 1"),
    ).toEqual([]);
    expect(store.all("SELECT id FROM tickets WHERE state IN ('called', 'serving') AND counter_id IS NULL")).toEqual([]);
    // Numbering per prefix and day: 1..n, and the sequence stands at n.
    const groups = store.all<{ prefix: string; local_date: string; seqs: string; n: number }>(
      `SELECT substr(number, 1, 1) AS prefix, local_date, group_concat(seq) AS seqs, COUNT(*) AS n
       FROM (SELECT * FROM tickets ORDER BY seq) GROUP BY center_id, local_date, prefix`,
    );
    expect(groups.length).toBeGreaterThan(0);
    // The run moved tickets along, not only refused things.
    expect(
      store.first<{ n: number }>("SELECT COUNT(*) AS n FROM ticket_events WHERE kind IN ('call', 'transfer', 'finish')")!.n,
    ).toBeGreaterThan(10);
    for (const g of groups) {
      expect(g.seqs.split(',').map(Number)).toEqual(Array.from({ length: g.n }, (_, i) => i + 1));
      expect(
        store.first<{ last_seq: number }>(
          'SELECT last_seq FROM ticket_sequences WHERE prefix = ? AND local_date = ?',
          g.prefix,
          g.local_date,
        )?.last_seq,
      ).toBe(g.n);
    }
    // The display's counts are the database's.
    const snapshot = ok(await clients[0].get<CenterSnapshot>(`/api/centers/${DEMO_CENTER_ID}/snapshot`));
    const waiting = store.all<{ fieldId: number; n: number }>(
      "SELECT field_id AS fieldId, COUNT(*) AS n FROM tickets WHERE state = 'waiting' GROUP BY field_id",
    );
    for (const w of snapshot.waiting) expect(w.waiting).toBe(waiting.find((x) => x.fieldId === w.fieldId)?.n ?? 0);
    for (const counter of snapshot.counters) {
      const current = store.first<{ id: number }>(
        "SELECT id FROM tickets WHERE counter_id = ? AND state IN ('called', 'serving')",
        counter.id,
      );
      expect(counter.current?.id ?? null).toBe(current?.id ?? null);
    }
    // Every ticket's state is one of the known ones, and every ended ticket has its end time.
    expect(store.all("SELECT id FROM tickets WHERE state IN ('done', 'no-show', 'cancelled') AND finished_at IS NULL")).toEqual([]);
  }, 120_000);
});
