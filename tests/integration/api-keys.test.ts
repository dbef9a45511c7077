// The integration API: keys an admin creates on /admin (the token answered once, only its hash kept),
// each with its scopes and its center, sent as `Authorization: Bearer mc_…`, refused once revoked and
// limited per key; and the records system's word on a dossier (POST /api/dossiers/:code/status),
// which the reception's result list and the citizen's phone hear at once.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROVINCE, DEMO_SECOND_WARD, seedDemoProvince } from '../../server/demo/demo-province.js';
import { hashPassword } from '../../server/domain/password.js';
import { NO_LIMITS } from '../../server/limits.js';
import { insertStaff } from '../../server/store/staff-queries.js';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import type { ApiKeyCreated, ApiKeyView, PendingResult, TicketView } from '../../shared/types.js';
import { closeSockets, connectPhone, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn, withKey } from '../support/http-client.js';
import { addOtherCenter, OTHER_CENTER_ID, OTHER_PASSWORD } from '../support/other-center.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const AGENCY = '000.00.01.H26';
const code = (sequence: number) => formatDossierCode({ agency: AGENCY, date: NEXT_MONDAY, sequence });
const keysOf = (centerId: string) => `/api/centers/${centerId}/api-keys`;

describe('integration API keys', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let kiosk: ApiClient;
  let staff: Record<'canbo1' | 'tiepdan' | 'quanly' | 'admin', ApiClient>;
  let desk: Desk;

  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_MONDAY, '09:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    staff = await signInAll(server, ['canbo1', 'tiepdan', 'quanly', 'admin'] as const);
    desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
  });
  afterAll(() => server.stop());
  afterEach(() => closeSockets());

  const createKey = (scopes: string[], client = staff.admin, centerId = DEMO_CENTER_ID) =>
    client.post<ApiKeyCreated>(keysOf(centerId), { name: 'Hệ thống một cửa điện tử tỉnh', scopes });

  /** A ticket served now whose line is promised on an appointment slip with `dossierCode`. */
  async function promised(dossierCode: string): Promise<{ ticket: TicketView; statusToken: string }> {
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    const issued = await issue(kiosk, [birth]);
    expect((await desk.callNext()).id).toBe(issued.ticket.id);
    ok(await desk.act('start'));
    const ticket = ok(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'appointment', dossierCode }] }));
    return { ticket, statusToken: issued.statusToken };
  }

  it('needs the center’s agency code before its first key (409), then answers the token once and keeps only its hash', async () => {
    expect(refusal(await createKey(['tickets:read']))).toEqual({ status: 409, code: 'agency-code-required' });
    expect(server.store.all('SELECT id FROM api_keys')).toEqual([]);

    ok(await staff.quanly.post(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode: AGENCY }));
    const created = ok(await createKey(['tickets:read']));
    expect(created.token).toMatch(/^mc_[A-Za-z0-9_-]{43}$/);
    expect(created.key).toMatchObject({ centerId: DEMO_CENTER_ID, scopes: ['tickets:read'], lastUsedAt: null, revokedAt: null });
    expect(created.token.startsWith(created.key.prefix)).toBe(true);

    // The database holds no token: a copy of it (a backup) opens nothing.
    const dump = JSON.stringify(server.store.all('SELECT * FROM api_keys'));
    expect(dump).not.toContain(created.token);
    expect(dump).not.toContain(created.token.slice(created.key.prefix.length));
    // The list never answers it again.
    const listed = ok(await staff.admin.get<{ keys: ApiKeyView[] }>(keysOf(DEMO_CENTER_ID)));
    expect(JSON.stringify(listed)).not.toContain(created.token);
    expect(listed.keys.map((k) => k.id)).toContain(created.key.id);
  });

  it('lets a key call what its scopes name, with its time of last use, and refuses the rest (403) and other centers', async () => {
    const { token, key } = ok(await createKey(['tickets:read']));
    const reader = withKey(server, token);
    const at = server.clock.now();
    ok(await reader.get<{ results: PendingResult[] }>(`/api/centers/${DEMO_CENTER_ID}/results/pending`));
    const listed = ok(await staff.admin.get<{ keys: ApiKeyView[] }>(keysOf(DEMO_CENTER_ID))).keys.find((k) => k.id === key.id);
    expect(listed?.lastUsedAt).toBeGreaterThanOrEqual(at);

    expect(refusal(await reader.post(`/api/dossiers/${code(90)}/status`, { status: 'result-ready' }))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(refusal(await reader.get(`/api/centers/${DEMO_CENTER_ID}/webhooks`))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await reader.post(`/api/counters/${catalog.counterId(2)}/open`))).toEqual({ status: 403, code: 'forbidden' });
    await addOtherCenter(server.store, server.clock.now());
    expect(refusal(await reader.get(`/api/centers/${OTHER_CENTER_ID}/results/pending`))).toEqual({ status: 403, code: 'forbidden' });
  });

  it('refuses a token it does not know, and a revoked key, with 401', async () => {
    const { token, key } = ok(await createKey(['tickets:read']));
    const pending = `/api/centers/${DEMO_CENTER_ID}/results/pending`;
    expect(refusal(await withKey(server, `${token.slice(0, -1)}x`).get(pending))).toEqual({ status: 401, code: 'api-key-invalid' });
    expect(refusal(await withKey(server, 'not-a-key').get(pending))).toEqual({ status: 401, code: 'api-key-invalid' });

    const revoked = ok(await staff.admin.post<{ key: ApiKeyView }>(`${keysOf(DEMO_CENTER_ID)}/${key.id}/revoke`));
    expect(revoked.key.revokedAt).not.toBeNull();
    expect(refusal(await withKey(server, token).get(pending))).toEqual({ status: 401, code: 'api-key-invalid' });
    // A manager sees nothing of keys: they are an admin's.
    expect(refusal(await staff.quanly.get(keysOf(DEMO_CENTER_ID)))).toEqual({ status: 403, code: 'forbidden' });
  });

  it('takes the records system’s “result ready”: the pending results, the reception feed and the phone hear it, with its outbox event', async () => {
    const { token } = ok(await createKey(['dossiers:write-status']));
    const records = withKey(server, token);
    const { ticket, statusToken } = await promised(code(21));
    const phone = await connectPhone(server.baseUrl, statusToken);
    const reception = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, staff.tiepdan.cookie);
    const heardByPhone = waitForEvent(phone.socket, 'ticket:status', (s) => s.procedures.some((p) => p.recordsStatus === 'result-ready'));
    const heardByReception = waitForEvent(reception.socket, 'ticket:result-status', (c) => c.ticket.id === ticket.id);

    // Typed in lower case, as a scanner of another system may send it.
    const answer = ok(
      await records.post<{ dossier: { recordsStatus: string } }>(`/api/dossiers/${code(21).toLowerCase()}/status`, {
        status: 'result-ready',
      }),
    );
    expect(answer.dossier).toMatchObject({ dossierCode: code(21), ticketId: ticket.id, recordsStatus: 'result-ready' });

    await heardByPhone;
    expect((await heardByReception).ticket.procedures[0]?.recordsStatus).toBe('result-ready');
    const pending = ok(await staff.tiepdan.get<{ results: PendingResult[] }>(`/api/centers/${DEMO_CENTER_ID}/results/pending`));
    expect(pending.results.find((r) => r.ticketId === ticket.id)).toMatchObject({ recordsStatus: 'result-ready' });
    const events = server.store.all<{ type: string; payload: string }>(
      'SELECT type, payload FROM outbox_events WHERE ticket_id = ? ORDER BY seq',
      ticket.id,
    );
    expect(events.at(-1)?.type).toBe('dossier.status');
    expect(JSON.parse(events.at(-1)!.payload)).toMatchObject({ status: 'result-ready', line: { dossierCode: code(21) } });

    // Audited under the key's prefix with the ticket, never the token or the code in the path.
    const audited = server.store.all<{ username: string; detail: string }>(
      "SELECT username, detail FROM audit_log WHERE action = 'POST /api/dossiers/:code/status' AND username = ?",
      `key ${token.slice(0, 11)}`,
    );
    expect(audited).toHaveLength(1);
    expect(JSON.parse(audited[0].detail)).toMatchObject({ ticketId: ticket.id });
    expect(JSON.stringify(audited)).not.toContain(code(21).slice(0, 14));
    expect(JSON.stringify(audited)).not.toContain(token);

    // Supplement required afterwards: the line says so.
    ok(await records.post(`/api/dossiers/${code(21)}/status`, { status: 'supplement-required' }));
    const again = ok(await staff.tiepdan.get<{ results: PendingResult[] }>(`/api/centers/${DEMO_CENTER_ID}/results/pending`));
    expect(again.results.find((r) => r.ticketId === ticket.id)?.recordsStatus).toBe('supplement-required');
  });

  it('keeps the agency code while a live key needs it: clearing it is 409 until the keys are revoked', async () => {
    const agency = `/api/centers/${DEMO_CENTER_ID}/agency-code`;
    ok(await staff.quanly.post(agency, { agencyCode: AGENCY }));
    ok(await createKey(['tickets:read']));
    expect(refusal(await staff.quanly.post(agency, { agencyCode: null }))).toEqual({ status: 409, code: 'agency-code-in-use' });
    expect(server.store.first('SELECT agency_code AS agencyCode FROM centers WHERE id = ?', DEMO_CENTER_ID)).toEqual({
      agencyCode: AGENCY,
    });

    const live = ok(await staff.admin.get<{ keys: ApiKeyView[] }>(keysOf(DEMO_CENTER_ID))).keys.filter((k) => !k.revokedAt);
    for (const key of live) ok(await staff.admin.post(`${keysOf(DEMO_CENTER_ID)}/${key.id}/revoke`));
    ok(await staff.quanly.post(agency, { agencyCode: null }));
    ok(await staff.quanly.post(agency, { agencyCode: AGENCY }));
  });

  it('refuses a malformed code (400), an unknown one (404) and another center’s (404, nothing said of it), changing nothing', async () => {
    const { token } = ok(await createKey(['dossiers:write-status']));
    const records = withKey(server, token);
    const { ticket } = await promised(code(31));
    expect(refusal(await records.post('/api/dossiers/not-a-code/status', { status: 'result-ready' }))).toEqual({
      status: 400,
      code: 'dossier-code-malformed',
    });
    expect(refusal(await records.post(`/api/dossiers/${code(32)}/status`, { status: 'result-ready' }))).toEqual({
      status: 404,
      code: 'dossier-not-found',
    });
    expect(refusal(await records.post(`/api/dossiers/${code(31)}/status`, { status: 'done' }))).toMatchObject({ status: 400 });

    // The other center (same agency code, copied from the demo's row) gets its own key: the demo's code is not its.
    const otherAdmin = await signedIn(server, 'other.admin', OTHER_PASSWORD);
    const other = ok(await createKey(['dossiers:write-status'], otherAdmin, OTHER_CENTER_ID));
    const before = server.store.all('SELECT records_status FROM ticket_procedures WHERE ticket_id = ?', ticket.id);
    expect(refusal(await withKey(server, other.token).post(`/api/dossiers/${code(31)}/status`, { status: 'refused' }))).toEqual({
      status: 404,
      code: 'dossier-not-found',
    });
    expect(server.store.all('SELECT records_status FROM ticket_procedures WHERE ticket_id = ?', ticket.id)).toEqual(before);
  });
});

describe('a province center’s key', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_MONDAY, '09:00'));
  });
  afterAll(() => server.stop());

  it('covers its wards — reading them and saying a ward’s dossier’s status — while a ward’s key does not reach the province', async () => {
    expect(await seedDemoProvince(server.store, server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    const hash = await hashPassword(DEMO_PASSWORDS.demo);
    insertStaff(
      server.store,
      { centerId: DEMO_PROVINCE.id, username: 'admin.tinh', displayName: 'Quản trị tỉnh', role: 'admin', passwordHash: hash },
      server.clock.now(),
    );
    const { canbo1, quanly, admin } = await signInAll(server, ['canbo1', 'quanly', 'admin'] as const);
    const [provinceManager, provinceAdmin] = await Promise.all([
      signedIn(server, 'quanly.tinh', DEMO_PASSWORDS.demo),
      signedIn(server, 'admin.tinh', DEMO_PASSWORDS.demo),
    ]);
    ok(await provinceManager.post(`/api/centers/${DEMO_PROVINCE.id}/agency-code`, { agencyCode: '000.00.00.H26' }));
    ok(await quanly.post(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode: AGENCY }));
    const body = { name: 'Hệ thống một cửa điện tử tỉnh', scopes: ['tickets:read', 'dossiers:write-status'] };
    const province = withKey(server, ok(await provinceAdmin.post<ApiKeyCreated>(keysOf(DEMO_PROVINCE.id), body)).token);
    const ward = withKey(server, ok(await admin.post<ApiKeyCreated>(keysOf(DEMO_CENTER_ID), body)).token);

    for (const centerId of [DEMO_PROVINCE.id, DEMO_CENTER_ID, DEMO_SECOND_WARD.id])
      ok(await province.get(`/api/centers/${centerId}/results/pending`));
    expect(refusal(await ward.get(`/api/centers/${DEMO_PROVINCE.id}/results/pending`))).toEqual({ status: 403, code: 'forbidden' });
    expect(refusal(await ward.get(`/api/centers/${DEMO_SECOND_WARD.id}/results/pending`))).toEqual({ status: 403, code: 'forbidden' });

    const catalog = await demoCatalog(new ApiClient(server));
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    await issue(new ApiClient(server), [birth]);
    const desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
    await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'appointment', dossierCode: code(41) }] }));
    const said = ok(
      await province.post<{ dossier: { recordsStatus: string } }>(`/api/dossiers/${code(41)}/status`, { status: 'result-ready' }),
    );
    expect(said.dossier.recordsStatus).toBe('result-ready');
  });
});

describe('the per-key rate limit', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_MONDAY, '09:00'), { limits: { ...NO_LIMITS, apiKeyPerKey: { burst: 2, perMinute: 1 } } });
  });
  afterAll(() => server.stop());

  it('answers 429 with Retry-After to a key past its burst, while another key still goes through', async () => {
    const { admin, quanly } = await signInAll(server, ['admin', 'quanly'] as const);
    ok(await quanly.post(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode: AGENCY }));
    const body = { name: 'Kho dữ liệu', scopes: ['tickets:read'] };
    const first = withKey(server, ok(await admin.post<ApiKeyCreated>(keysOf(DEMO_CENTER_ID), body)).token);
    const second = withKey(server, ok(await admin.post<ApiKeyCreated>(keysOf(DEMO_CENTER_ID), body)).token);
    const today = `/api/centers/${DEMO_CENTER_ID}/tickets/today`;
    ok(await first.get(today));
    ok(await first.get(today));
    const refused = await fetch(server.baseUrl + today, { headers: { authorization: `Bearer ${first.bearer}` } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    ok(await second.get(today));
  });
});
