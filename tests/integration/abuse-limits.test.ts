// Floods and guessing are refused: public endpoints per client IP and overall, kiosk tickets per
// center per minute, sign-in failures per username and per IP, idle sessions; each refusal a 429
// with a Retry-After the client can honour; and live sockets per client address.
import { io } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NO_LIMITS, type Limits } from '../../server/limits.js';
import type { IssuedTicket } from '../../shared/types.js';
import type { ClientSocket } from '../support/center-socket.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

/** A request from a given client IP (the server trusts X-Forwarded-For from loopback, like behind a proxy). */
async function from(server: TestServer, ip: string, path: string, body?: unknown, cookie?: string) {
  const headers: Record<string, string> = { 'x-forwarded-for': ip };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const res = await fetch(server.baseUrl + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { error?: { code: string } } };
}

const limited = (over: Partial<Limits>): Limits => ({ ...NO_LIMITS, ...over });

describe('public endpoints are rate-limited per client and overall', () => {
  let server: TestServer;
  let status: string;
  let procedureA: number;

  beforeAll(async () => {
    server = await startTestServer(undefined, {
      limits: limited({ publicPerIp: { burst: 3, perMinute: 1 }, publicOverall: { burst: 8, perMinute: 1 } }),
    });
    const kiosk = new ApiClient(server);
    procedureA = (await demoCatalog(kiosk)).procedureIds('A')[0]!;
    // The catalogue is not limited; the first ticket spends one token of 127.0.0.1.
    status = `/api/tickets/status/${(await issue(kiosk, [procedureA])).statusToken}`;
  });
  afterAll(() => server.stop());

  it('refuses a client past its burst with 429 rate-limited and Retry-After, while another client goes on', async () => {
    const replies = [];
    for (let i = 0; i < 4; i++) replies.push(await from(server, '10.0.0.1', status));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies[3].body.error?.code).toBe('rate-limited');
    expect(Number(replies[3].retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await from(server, '10.0.0.2', status)).status).toBe(200);
  });

  it('refuses everybody once the overall bucket is empty', async () => {
    // 1 (setup) + 3 + 1 spent; three more clients spend the rest.
    const replies = [];
    for (const ip of ['10.0.1.1', '10.0.1.2', '10.0.1.3', '10.0.1.4']) replies.push(await from(server, ip, status));
    expect(replies.map((r) => r.status)).toEqual([200, 200, 200, 429]);
    expect(replies[3].retryAfter).not.toBeNull();
  });

  it('does not limit signed-in staff', async () => {
    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    for (let i = 0; i < 3; i++)
      ok(await reception.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedureA] }));
  });
});

describe('a kiosk cannot flood a queue', () => {
  let server: TestServer;
  let procedureA: number;

  beforeAll(async () => {
    server = await startTestServer(undefined, { limits: limited({ kioskTicketsPerCenterPerMinute: 5 }) });
    procedureA = (await demoCatalog(new ApiClient(server))).procedureIds('A')[0]!;
  });
  afterAll(() => server.stop());

  it('takes at most N kiosk tickets per center per minute, from any number of clients; reception still issues', async () => {
    const statuses = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await from(server, `10.1.0.${i}`, `/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedureA] })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
    const waiting = server.store.first<{ n: number }>("SELECT COUNT(*) AS n FROM tickets WHERE state = 'waiting'")!.n;
    expect(waiting).toBe(5);
    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    ok(await reception.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [procedureA] }));
  });
});

describe('sign-in lockout', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(undefined, {
      limits: limited({ login: { ...NO_LIMITS.login, maxFailuresPerUser: 3, maxFailuresPerIp: 6, lockSeconds: 60, slowAfterFailures: 2 } }),
    });
  });
  afterAll(() => server.stop());

  const login = (ip: string, username: string, password: string) => from(server, ip, '/api/auth/login', { username, password });

  it('locks a username at the address that failed, even with the right password, and says when to retry', async () => {
    const failures = [];
    for (let i = 0; i < 3; i++) failures.push((await login('10.2.0.1', 'canbo1', 'wrong')).status);
    expect(failures).toEqual([401, 401, 401]);
    const locked = await login('10.2.0.1', 'canbo1', DEMO_PASSWORDS.demo);
    expect(locked.status).toBe(429);
    expect(locked.body.error?.code).toBe('login-locked');
    expect(Number(locked.retryAfter)).toBeGreaterThan(50);
    // Another account from the same address is not affected.
    expect((await login('10.2.0.1', 'canbo2', DEMO_PASSWORDS.demo)).status).toBe(200);
  });

  it('never locks a username for everyone: guesses from many addresses only slow its checks down', async () => {
    const failures = [];
    for (let i = 0; i < 4; i++) failures.push((await login(`10.4.0.${i}`, 'canbo4', 'wrong')).status);
    expect(failures).toEqual([401, 401, 401, 401]);
    expect((await login('10.4.0.9', 'canbo4', DEMO_PASSWORDS.demo)).status).toBe(200);
  });

  it('locks a client IP that tries many usernames', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await login('10.3.0.1', `nobody${i}`, 'guess')).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429]);
    expect((await login('10.3.0.1', 'canbo3', DEMO_PASSWORDS.demo)).status).toBe(429);
    expect((await login('10.3.0.2', 'canbo3', DEMO_PASSWORDS.demo)).status).toBe(200);
  });
});

describe('idle sessions', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer(undefined, { limits: limited({ idleMinutes: 30 }) });
  });
  afterAll(() => server.stop());

  it('keeps a session in use alive and closes one left unused for the idle timeout', async () => {
    const clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    for (let i = 0; i < 3; i++) {
      server.clock.advance(20 * 60_000);
      ok(await clerk.get('/api/auth/me'));
    }
    server.clock.advance(31 * 60_000);
    expect(refusal(await clerk.get('/api/auth/me'))).toEqual({ status: 401, code: 'unauthenticated' });
  });
});

describe('live sockets per client address', () => {
  let server: TestServer;
  const sockets: ClientSocket[] = [];

  /** Resolves with 'connected' or the server's refusal. */
  function connectFrom(ip: string): Promise<{ socket: ClientSocket; outcome: string }> {
    const socket: ClientSocket = io(server.baseUrl, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      extraHeaders: { 'x-forwarded-for': ip },
    });
    sockets.push(socket);
    return new Promise((resolve) => {
      socket.once('connect', () => resolve({ socket, outcome: 'connected' }));
      socket.once('connect_error', (err) => resolve({ socket, outcome: err.message }));
    });
  }

  beforeAll(async () => {
    server = await startTestServer(undefined, { limits: limited({ socketsPerIp: 3 }) });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server.stop();
  });

  it('refuses the socket past the quota of one address, not another address; a closed one frees its place', async () => {
    const first = await connectFrom('10.0.0.7');
    for (let i = 0; i < 2; i++) expect((await connectFrom('10.0.0.7')).outcome).toBe('connected');
    expect((await connectFrom('10.0.0.7')).outcome).toBe('rate-limited');
    expect((await connectFrom('10.0.0.8')).outcome).toBe('connected');

    // The server frees the place when the connection closes (server/realtime/socket-quota.ts); this
    // listener, added after the quota's own, runs after it.
    const serverSide = server.app.io.of('/').sockets.get(first.socket.id!)!;
    const closedOnServer = new Promise<void>((resolve) => serverSide.conn.once('close', () => resolve()));
    first.socket.close();
    await closedOnServer;
    expect((await connectFrom('10.0.0.7')).outcome).toBe('connected');
    expect((await connectFrom('10.0.0.7')).outcome).toBe('rate-limited');
  });
});
