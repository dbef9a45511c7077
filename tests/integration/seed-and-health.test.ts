// First start: the server answers and the demo center is there; a second start over the same
// file seeds nothing and keeps what was done.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type CatalogView, type CenterInfo } from '../../shared/types.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { demoCatalog, issue } from '../support/demo.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('a fresh server', () => {
  let server: TestServer;
  let visitor: ApiClient;

  beforeAll(async () => {
    server = await startTestServer();
    visitor = new ApiClient(server);
  });
  afterAll(() => server.stop());

  it('answers GET /api/health', async () => {
    const reply = await visitor.get<{ status: string }>('/api/health');
    expect(reply).toEqual({ status: 200, body: { status: 'ok' } });
  });

  it('seeded the demo center on first start', async () => {
    expect(server.seeded).toMatchObject({ adminPassword: DEMO_PASSWORDS.admin, demoPassword: DEMO_PASSWORDS.demo });
    const { centers } = ok(await visitor.get<{ centers: CenterInfo[] }>('/api/centers'));
    expect(centers.map((c) => c.id)).toEqual([DEMO_CENTER_ID]);
    expect(centers[0]).toMatchObject({ timezone: 'Asia/Ho_Chi_Minh', priorityMode: 'interleaved', priorityEvery: 3 });
  });

  it('has 6 fields including online-submission help, 20+ procedures named in both languages, 6 counters', async () => {
    const catalog = ok(await visitor.get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`));
    expect(catalog.fields.map((f) => f.prefix)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(catalog.fields.map((f) => f.nameVi)).toContain('Hỗ trợ nộp hồ sơ trực tuyến');
    expect(catalog.procedures.length).toBeGreaterThanOrEqual(20);
    for (const p of catalog.procedures) {
      expect(p.nameVi.trim(), `procedure ${p.id}`).not.toBe('');
      expect(p.nameEn.trim(), `procedure ${p.id}`).not.toBe('');
    }
    const fieldIds = new Set(catalog.fields.map((f) => f.id));
    expect(catalog.procedures.every((p) => fieldIds.has(p.fieldId))).toBe(true);
    for (const f of catalog.fields)
      expect(
        catalog.procedures.some((p) => p.fieldId === f.id),
        f.prefix,
      ).toBe(true);
    expect(catalog.counters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
    // The public catalogue tells what the counters are, never who sits there or whom they serve.
    for (const c of catalog.counters) expect(Object.keys(c).sort()).toEqual(['centerId', 'fastTrack', 'fieldIds', 'id', 'number']);
    const prefixOf = new Map(catalog.fields.map((f) => [f.id, f.prefix]));
    expect(catalog.counters.map((c) => c.fieldIds.map((id) => prefixOf.get(id)).join(''))).toEqual(['AB', 'AB', 'BA', 'CF', 'DE', 'FEC']);
  });

  it('has one account per role, with the passwords it was given', async () => {
    const roles = server.store.all<{ role: string; n: number }>('SELECT role, COUNT(*) AS n FROM staff GROUP BY role');
    expect(roles.map((r) => r.role).sort()).toEqual([...ROLES].sort());
    const admin = new ApiClient(server);
    expect(ok(await admin.login('admin', DEMO_PASSWORDS.admin)).staff).toMatchObject({ username: 'admin', role: 'admin' });
    const clerk = new ApiClient(server);
    expect(ok(await clerk.login('canbo1', DEMO_PASSWORDS.demo)).staff).toMatchObject({ role: 'clerk', centerId: DEMO_CENTER_ID });
    expect(refusal(await new ApiClient(server).login('admin', DEMO_PASSWORDS.demo))).toEqual({
      status: 401,
      code: 'invalid-credentials',
    });
  });

  it('a second start over the same file seeds nothing and keeps the data', async () => {
    const catalog = await demoCatalog(visitor);
    const issued = await issue(visitor, [catalog.procedureIds('A')[0]]);
    const staffBefore = server.store.all<unknown>('SELECT * FROM staff ORDER BY id');

    await server.restart();

    expect(server.seeded).toBeNull();
    expect(server.store.all<unknown>('SELECT * FROM staff ORDER BY id')).toEqual(staffBefore);
    expect(ok(await visitor.get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`))).toEqual(catalog.view);
    expect(ok(await visitor.get<{ number: string }>(`/api/tickets/status/${issued.statusToken}`)).number).toBe('A001');
    // The demo password still opens the demo accounts; no new password was generated.
    expect((await new ApiClient(server).login('canbo2', DEMO_PASSWORDS.demo)).status).toBe(200);
  });
});
