// The audit log records every staff action and sign-in with who, when and from where; nobody can
// change or remove a row; managers read it and export it for Excel.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/domain/audit-log.js';
import { Desk, demoCatalog, issue } from '../support/demo.js';
import { addDays } from '../../shared/rules/sessions.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('audit log', () => {
  let server: TestServer;
  let manager: ApiClient;
  const auditUrl = `/api/centers/${DEMO_CENTER_ID}/audit`;
  const entries = async (query = '') => ok(await manager.get<{ entries: AuditEntry[] }>(auditUrl + query)).entries;

  beforeAll(async () => {
    server = await startTestServer();
    manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
  });
  afterAll(() => server.stop());

  it('records a clerk’s day: sign-in, open, call, start, finish, a refusal, sign-out — with the ticket and the IP', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const { ticket } = await issue(kiosk, [catalog.procedureIds('A')[0]]);
    // From a counter PC behind the center's proxy.
    const res = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '192.168.1.23' },
      body: JSON.stringify({ username: 'canbo1', password: DEMO_PASSWORDS.demo }),
    });
    const clerk = new ApiClient(server);
    clerk.cookie = res.headers.getSetCookie()[0].split(';')[0]!;
    const desk = new Desk(clerk, catalog.counterId(1));
    await desk.open();
    const called = await desk.callNext();
    await desk.serve(called);
    expect(refusal(await desk.act('recall')).status).toBe(409);
    ok(await clerk.post('/api/auth/logout'));

    const mine = (await entries('?staff=canbo1')).map((e) => ({ action: e.action, status: e.status, number: e.detail.number }));
    expect(mine).toEqual([
      { action: 'POST /api/auth/login', status: 200, number: undefined },
      { action: 'POST /api/counters/:id/open', status: 200, number: undefined },
      { action: 'POST /api/counters/:id/call-next', status: 200, number: ticket.number },
      { action: 'POST /api/counters/:id/start', status: 200, number: ticket.number },
      { action: 'POST /api/counters/:id/finish', status: 200, number: ticket.number },
      { action: 'POST /api/counters/:id/recall', status: 409, number: undefined },
      { action: 'POST /api/auth/logout', status: 200, number: undefined },
    ]);
    const login = (await entries('?staff=canbo1'))[0];
    expect(login).toMatchObject({ ip: '192.168.1.23', role: 'clerk', centerId: DEMO_CENTER_ID, at: server.clock.now() });
  });

  it('records failed sign-ins under the account, and a manager’s configuration change', async () => {
    expect((await new ApiClient(server).login('canbo2', 'sai-mật-khẩu')).status).toBe(401);
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: false }));
    const all = await entries();
    expect(all).toContainEqual(expect.objectContaining({ action: 'POST /api/auth/login', username: 'canbo2', status: 401, staffId: null }));
    expect(all).toContainEqual(expect.objectContaining({ action: 'POST /api/centers/:centerId/pairing', username: 'quanly', status: 200 }));
  });

  it('refuses to change or delete an audit row, even from inside the database', () => {
    expect(() => server.store.raw.exec("UPDATE audit_log SET username = 'someone-else'")).toThrow(/append-only/);
    expect(() => server.store.raw.exec('DELETE FROM audit_log')).toThrow(/append-only/);
  });

  it('exports CSV with a BOM, so Excel shows the Vietnamese headers and names', async () => {
    const res = await fetch(`${server.baseUrl}${auditUrl}?format=csv`, { headers: { cookie: manager.cookie! } });
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n')[0]).toBe('Thời điểm (UTC),Tài khoản,Vai trò,Thiết bị,Hành động,Chi tiết,Mã trả lời,Địa chỉ IP');
    expect(text).toContain('POST /api/counters/:id/call-next');
  });

  it('is for managers of the center: a clerk is refused, a date range narrows it', async () => {
    const clerk = await signedIn(server, 'canbo5', DEMO_PASSWORDS.demo);
    expect(refusal(await clerk.get(auditUrl))).toEqual({ status: 403, code: 'forbidden' });
    // The clock stayed on the run's test Monday (startTestServer's default): the day before holds nothing.
    const sunday = addDays(NEXT_MONDAY, -1);
    expect(await entries(`?from=${sunday}&to=${sunday}`)).toEqual([]);
    expect((await entries(`?from=${NEXT_MONDAY}&to=${NEXT_MONDAY}`)).length).toBeGreaterThan(5);
  });
});
