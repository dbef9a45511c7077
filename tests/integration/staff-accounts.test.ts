// An administrator disables an account or resets its password: the account is signed out
// everywhere at once — its HTTP sessions refused, its sockets disconnected.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, needsRehash } from '../../server/domain/password.js';
import { setPasswordHash } from '../../server/store/staff-queries.js';
import type { StaffView } from '../../shared/types.js';
import { closeSockets, connectToCenter } from '../support/center-socket.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

type Account = StaffView & { active: boolean };

describe('staff accounts', () => {
  let server: TestServer;
  let admin: ApiClient;
  let accounts: Account[];
  const idOf = (username: string) => accounts.find((a) => a.username === username)!.id;

  beforeAll(async () => {
    server = await startTestServer();
    admin = await signedIn(server, 'admin', DEMO_PASSWORDS.admin);
    accounts = ok(await admin.get<{ staff: Account[] }>('/api/staff')).staff;
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('lists the accounts of the admin’s own center', () => {
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(['admin', 'quanly', 'canbo1', 'tiepdan']));
    expect(accounts.every((a) => a.centerId === DEMO_CENTER_ID && a.active)).toBe(true);
  });

  it('disabling an account signs it out everywhere: sessions refused, socket disconnected, no new sign-in', async () => {
    const [onDesk, onPhone] = await Promise.all([
      signedIn(server, 'canbo2', DEMO_PASSWORDS.demo),
      signedIn(server, 'canbo2', DEMO_PASSWORDS.demo),
    ]);
    const { socket } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, onDesk.cookie);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const res = ok(await admin.post<{ staff: Account }>(`/api/staff/${idOf('canbo2')}/disable`));
    expect(res.staff.active).toBe(false);
    expect(await disconnected).toBe('io server disconnect');
    for (const client of [onDesk, onPhone]) expect(refusal(await client.get('/api/auth/me')).status).toBe(401);
    expect(refusal(await new ApiClient(server).login('canbo2', DEMO_PASSWORDS.demo))).toEqual({ status: 401, code: 'invalid-credentials' });
  });

  it('replaces a hash made with older scrypt parameters at the next sign-in', async () => {
    const id = idOf('canbo6');
    setPasswordHash(server.store, id, await hashPassword(DEMO_PASSWORDS.demo, { N: 2 ** 11, r: 8, p: 1 }));
    ok(await new ApiClient(server).login('canbo6', DEMO_PASSWORDS.demo));
    const stored = server.store.first<{ password_hash: string }>('SELECT password_hash FROM staff WHERE id = ?', id)!.password_hash;
    expect(stored).toMatch(/^scrypt\$/);
    expect(needsRehash(stored)).toBe(false);
    ok(await new ApiClient(server).login('canbo6', DEMO_PASSWORDS.demo));
  });

  it('signing out cuts that session’s sockets, and only that session’s', async () => {
    const [leaving, staying] = await Promise.all([
      signedIn(server, 'canbo5', DEMO_PASSWORDS.demo),
      signedIn(server, 'canbo5', DEMO_PASSWORDS.demo),
    ]);
    const { socket: gone } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, leaving.cookie);
    const { socket: kept } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, staying.cookie);
    const disconnected = new Promise<string>((resolve) => gone.once('disconnect', resolve));
    ok(await leaving.post('/api/auth/logout'));
    expect(await disconnected).toBe('io server disconnect');
    // The other session's socket still answers.
    expect(await kept.emitWithAck('center:join', { centerId: DEMO_CENTER_ID })).toHaveProperty('counters');
    ok(await staying.get('/api/auth/me'));
  });

  it('resetting a password signs the account out and only the new password opens it', async () => {
    const old = await signedIn(server, 'canbo3', DEMO_PASSWORDS.demo);
    const { socket } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID, old.cookie);
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    ok(await admin.post(`/api/staff/${idOf('canbo3')}/password`, { password: 'mật-khẩu-mới-2026' }));
    await disconnected;
    expect(refusal(await old.get('/api/auth/me')).status).toBe(401);
    expect(refusal(await new ApiClient(server).login('canbo3', DEMO_PASSWORDS.demo)).status).toBe(401);
    ok(await new ApiClient(server).login('canbo3', 'mật-khẩu-mới-2026'));
  });

  it('refuses a too-short password and leaves the account as it was', async () => {
    const clerk = await signedIn(server, 'canbo4', DEMO_PASSWORDS.demo);
    expect(refusal(await admin.post(`/api/staff/${idOf('canbo4')}/password`, { password: 'short' })).code).toBe('bad-request');
    ok(await clerk.get('/api/auth/me'));
  });

  it('a manager may not manage accounts', async () => {
    const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    expect(refusal(await manager.post(`/api/staff/${idOf('canbo5')}/disable`))).toEqual({ status: 403, code: 'forbidden' });
  });
});
