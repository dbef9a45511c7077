// docs/security.md's table of routes and roles is the contract: every route answered by the server is
// in it, every role it does not list is refused, and staff of another center are refused on every
// route that addresses a center, counter, ticket or account. An API key's scope is walked like a
// role: refused wherever the table does not name it, refused on another center's routes.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fullPath } from '../../server/http/route-spec.js';
import { withRouteTable } from '../../server/http/route-table.js';
import { API_SCOPES, ROLES, type ApiKeyCreated, type ApiScope, type Role } from '../../shared/types.js';
import { issueFast, vnTime } from '../support/clock-and-roles.js';
import { demoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn, withKey, type Reply } from '../support/http-client.js';
import { addOtherCenter, OTHER_CENTER_ID, OTHER_PASSWORD } from '../support/other-center.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

interface Row {
  method: string;
  path: string;
  roles: 'public' | Role[];
  scope: 'center' | 'own' | '—';
  /** The API key scope that may call it, or null. */
  key: ApiScope | null;
}

function readTable(): Row[] {
  const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
  const rows: Row[] = [];
  for (const line of doc.split('\n')) {
    const m = /^\| (GET|POST|SOCKET) \| (\S+) \| ([^|]+?) \| ([^|]+?) \|(?: [^|]+? \| ([^|]+?) \|)?/.exec(line);
    if (!m) continue;
    const roles = m[3].trim();
    const key = m[5]?.trim();
    rows.push({
      method: m[1],
      path: m[2],
      roles: roles === 'public' ? 'public' : roles === 'staff' ? [...ROLES] : roles === 'none' ? [] : (roles.split(/,\s*/) as Role[]),
      scope: m[4].trim() as Row['scope'],
      key: key && key !== '—' ? (key as ApiScope) : null,
    });
  }
  return rows;
}

/** Reads that need a query to get past validation to the checks. */
const QUERIES: Record<string, string> = {
  '/api/centers/:centerId/reports': '?from=2026-11-01&to=2026-11-27',
  '/api/centers/:centerId/reports.csv': '?from=2026-11-01&to=2026-11-27',
};

const DEMO_ACCOUNTS: Record<Role, string> = { admin: 'admin', manager: 'quanly', leader: 'lanhdao', clerk: 'canbo1', reception: 'tiepdan' };

describe('the route table in docs/security.md', () => {
  const table = readTable();
  const httpRows = table.filter((r) => r.method !== 'SOCKET');
  let server: TestServer;
  let demo: Record<Role, ApiClient>;
  let other: Record<Role, ApiClient>;
  /** A key of one scope each, of the demo center and of the other one. */
  let demoKeys: Record<ApiScope, ApiClient>;
  let otherKeys: Record<ApiScope, ApiClient>;
  let spareKeyId: number;
  let anonymous: ApiClient;
  let params: Record<string, string>;
  /** `:id` is a counter, a ticket, a device, an account or an outreach session, by route. */
  let idFor: (path: string) => number;
  let bodies: Record<string, unknown>;

  const urlFor = (path: string) =>
    path.replace(/:(\w+)/g, (_, name: string) => (name === 'id' ? String(idFor(path)) : (params[name] ?? `missing-${name}`))) +
    (QUERIES[path] ?? '');
  const send = (client: ApiClient, row: Row): Promise<Reply<unknown>> =>
    row.method === 'GET' ? client.get(urlFor(row.path)) : client.post(urlFor(row.path), bodies[row.path] ?? {});

  beforeAll(async () => {
    // A Friday morning: the fast-track routes need a fast-track dossier to refuse.
    server = await startTestServer(vnTime('2026-11-27', '09:00'));
    anonymous = new ApiClient(server);
    const otherUsers = await addOtherCenter(server.store, server.clock.now());
    const signIn = (users: Record<Role, string>, password: (r: Role) => string) =>
      Promise.all(ROLES.map((r) => signedIn(server, users[r], password(r)))).then(
        (clients) => Object.fromEntries(ROLES.map((r, i) => [r, clients[i]])) as Record<Role, ApiClient>,
      );
    demo = await signIn(DEMO_ACCOUNTS, (r) => (r === 'admin' ? DEMO_PASSWORDS.admin : DEMO_PASSWORDS.demo));
    other = await signIn(otherUsers, () => OTHER_PASSWORD);
    const keysFor = async (centerId: string, roles: Record<Role, ApiClient>) => {
      ok(await roles.manager.post(`/api/centers/${centerId}/agency-code`, { agencyCode: '000.00.01.H26' }));
      const made = await Promise.all(
        API_SCOPES.map(async (scope) =>
          ok(await roles.admin.post<ApiKeyCreated>(`/api/centers/${centerId}/api-keys`, { name: scope, scopes: [scope] })),
        ),
      );
      return Object.fromEntries(API_SCOPES.map((scope, i) => [scope, withKey(server, made[i].token)])) as Record<ApiScope, ApiClient>;
    };
    demoKeys = await keysFor(DEMO_CENTER_ID, demo);
    otherKeys = await keysFor(OTHER_CENTER_ID, other);
    spareKeyId = ok(
      await demo.admin.post<ApiKeyCreated>(`/api/centers/${DEMO_CENTER_ID}/api-keys`, { name: 'spare', scopes: ['tickets:read'] }),
    ).key.id;

    const catalog = await demoCatalog(anonymous);
    const a = catalog.procedureNamed('Đăng ký khai sinh');
    const { ticket } = await issueFast(anonymous, [a], { dossierComplete: true });
    const device = ok(
      await demo.manager.post<{ device: { id: number } }>(`/api/centers/${DEMO_CENTER_ID}/devices`, {
        kind: 'wall',
        name: 'Màn hình sảnh',
      }),
    );
    const canbo6 = ok(await demo.admin.get<{ staff: { id: number; username: string }[] }>('/api/staff')).staff.find(
      (s) => s.username === 'canbo6',
    )!;
    params = { centerId: DEMO_CENTER_ID, token: 'not-a-token', code: '123456', date: '2026-12-24', procedureId: String(a) };
    idFor = (path) =>
      path.startsWith('/api/counters')
        ? catalog.counterId(1)
        : path.startsWith('/api/tickets')
          ? ticket.id
          : path.includes('/devices/')
            ? device.device.id
            : path.startsWith('/api/staff')
              ? canbo6.id
              : path.includes('/api-keys/')
                ? spareKeyId
                : 1;
    bodies = {
      '/api/counters/:id/pause': { reason: 'break' },
      '/api/counters/:id/call': { ticketId: ticket.id },
      '/api/counters/:id/finish': { outcomes: [{ procedureId: a, outcome: 'returned' }] },
      '/api/counters/:id/transfer': { toFieldId: catalog.fieldId('B') },
      '/api/tickets/:id/refuse': { reason: 'Thiếu giấy tờ' },
      '/api/centers/:centerId/calendar/weekly': { sessions: [{ weekday: 1, start: 450, end: 690, kind: 'regular' }] },
      '/api/centers/:centerId/calendar/outreach': {
        from: '2026-12-01',
        to: '2026-12-01',
        start: 480,
        end: 660,
        placeVi: 'Thôn 1',
        placeEn: 'Hamlet 1',
        counterIds: [],
      },
      '/api/centers/:centerId/calendar/holidays': { date: '2026-12-24', nameVi: 'Nghỉ', nameEn: 'Day off' },
      '/api/centers/:centerId/fast-track': { days: [5], procedures: [], counterIds: [] },
      '/api/centers/:centerId/voice': {
        templateVi: 'Mời số {number} đến quầy {counter}',
        templateEn: 'Ticket {number}, counter {counter}',
      },
      '/api/centers/:centerId/queue-rules': { priorityMode: 'strict', priorityEvery: 3, recallsBeforeNoShow: 2, waitAlertMinutes: 30 },
      '/api/centers/:centerId/near-notice': { by: 'places', at: 3 },
      '/api/centers/:centerId/devices': { kind: 'kiosk', name: 'Kiosk' },
      '/api/centers/:centerId/pairing': { requirePairing: true },
      '/api/staff/:id/password': { password: 'a-new-password' },
    };
  });
  afterAll(() => server.stop());

  it('is the one written from the route declarations (npm run docs:routes)', () => {
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    expect(doc).toBe(withRouteTable(doc, server.app.routes));
  });

  it('lists every route the server answers, and only those', () => {
    const served = server.app.routes.map((r) => `${r.method} ${fullPath(r)}`).sort();
    const documented = httpRows.map((r) => `${r.method} ${r.path}`).sort();
    expect(documented).toEqual(served);
  });

  it('refuses every role a route does not list (403), and anybody not signed in (401)', async () => {
    const wrong: string[] = [];
    for (const row of httpRows) {
      if (row.roles === 'public') continue;
      const anon = refusal(await send(anonymous, row));
      if (anon.status !== 401) wrong.push(`${row.method} ${row.path} anonymous → ${anon.status} ${anon.code}`);
      for (const role of ROLES.filter((r) => !(row.roles as Role[]).includes(r))) {
        const got = refusal(await send(demo[role], row));
        if (got.status !== 403 || got.code !== 'forbidden') wrong.push(`${row.method} ${row.path} as ${role} → ${got.status} ${got.code}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses staff of another center on every route that addresses a center, counter, ticket or account', async () => {
    const wrong: string[] = [];
    for (const row of httpRows) {
      if (row.scope !== 'center' || row.roles === 'public') continue;
      for (const role of row.roles) {
        const reply = await send(other[role], row);
        // Another center's ticket, counter or account is not theirs to know of: 403 or 404, never a 409 about its state.
        if (reply.status !== 403 && reply.status !== 404)
          wrong.push(`${row.method} ${row.path} as another center's ${role} → ${reply.status} ${JSON.stringify(reply.body).slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every API key scope a route does not name (403), and lets the named one past the guards', async () => {
    const wrong: string[] = [];
    for (const row of httpRows) {
      if (row.roles === 'public') continue;
      for (const scope of API_SCOPES) {
        const got = refusal(await send(demoKeys[scope], row));
        const refused = got.status === 403 && got.code === 'forbidden';
        if (scope !== row.key && !refused) wrong.push(`${row.method} ${row.path} with a ${scope} key → ${got.status} ${got.code}`);
        if (scope === row.key && (refused || got.status === 401))
          wrong.push(`${row.method} ${row.path} with its ${scope} key → ${got.status}`);
      }
    }
    expect(wrong).toEqual([]);
    // The walk reached every scope that opens something (personal-data only widens what others answer).
    expect(new Set(httpRows.map((r) => r.key))).toEqual(new Set([null, 'tickets:read', 'events:receive', 'dossiers:write-status']));
  });

  it('refuses another center’s key, of the very scope a route names, on every route that addresses a center', async () => {
    const wrong: string[] = [];
    for (const row of httpRows) {
      if (row.scope !== 'center' || !row.key) continue;
      const reply = await send(otherKeys[row.key], row);
      if (reply.status !== 403 && reply.status !== 404)
        wrong.push(
          `${row.method} ${row.path} with another center's ${row.key} key → ${reply.status} ${JSON.stringify(reply.body).slice(0, 120)}`,
        );
    }
    expect(wrong).toEqual([]);
  });

  it('names every socket event the screens send', () => {
    expect(table.filter((r) => r.method === 'SOCKET').map((r) => r.path)).toEqual(expect.arrayContaining(['center:join']));
  });

  it('substitutes every route parameter', () => {
    for (const row of httpRows) expect(urlFor(row.path)).not.toMatch(/missing-|\/:/);
  });
});
