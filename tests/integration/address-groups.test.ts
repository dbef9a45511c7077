// Per-address limits count an IPv6 client by its /64: one household or one phone is given a whole
// /64, so rotating addresses inside it must not buy a guesser more tries. The clients come through
// the trusted proxy on loopback (X-Forwarded-For), the way nginx forwards them.
import { io } from 'socket.io-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NO_LIMITS, type Limits } from '../../server/limits.js';
import type { ClientSocket } from '../support/center-socket.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient } from '../support/http-client.js';
import { DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const limited = (over: Partial<Limits>): Limits => ({ ...NO_LIMITS, ...over });

async function from(server: TestServer, ip: string, path: string, body?: unknown): Promise<number> {
  const res = await fetch(server.baseUrl + path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'x-forwarded-for': ip, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  await res.body?.cancel();
  return res.status;
}

/** The i-th of many addresses inside one /64, spelled every which way a client or proxy may. */
function inside(prefix: string, i: number): string {
  const spellings = [
    () => `${prefix}::${i.toString(16)}`,
    () => `${prefix}:0:0:${i.toString(16)}:1`.toUpperCase(),
    () => `${prefix}:${((i * 7919) & 0xffff).toString(16)}:0:0:${i.toString(16)}`,
    () => `${prefix}:0:0:0.0.${i >> 8}.${i & 255}`,
  ];
  return spellings[i % spellings.length]();
}

describe('sign-in limits per /64', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(undefined, {
      limits: limited({ login: { ...NO_LIMITS.login, maxFailuresPerUser: 5, maxFailuresPerIp: 20, lockSeconds: 60 } }),
    });
  });
  afterAll(() => server.stop());

  const login = (ip: string, username: string, password: string) => from(server, ip, '/api/auth/login', { username, password });

  it('locks an account at a /64 after 100 wrong passwords from 100 of its addresses, as if from one; another /64 signs in', async () => {
    const rotating: number[] = [];
    for (let i = 1; i <= 100; i++) rotating.push(await login(inside('2001:db8:a:1', i), 'canbo1', 'wrong'));
    const oneAddress: number[] = [];
    for (let i = 1; i <= 100; i++) oneAddress.push(await login('2001:db8:b:1::1', 'canbo2', 'wrong'));
    const expected = [...Array<number>(5).fill(401), ...Array<number>(95).fill(429)];
    expect(rotating).toEqual(expected);
    expect(oneAddress).toEqual(expected);

    // The right password from yet another address of the guessed /64 is held too; the next /64 is not.
    expect(await login('2001:DB8:A:1:FFFF:FFFF:FFFF:FFFF', 'canbo1', DEMO_PASSWORDS.demo)).toBe(429);
    expect(await login('2001:db8:a:2::1', 'canbo1', DEMO_PASSWORDS.demo)).toBe(200);
  });

  it('locks a /64 that tries many usernames from many of its addresses; the next /64 and IPv4 are unaffected', async () => {
    const statuses: number[] = [];
    for (let i = 1; i <= 100; i++) statuses.push(await login(inside('2001:db8:c:1', i), `nobody${i}`, 'guess'));
    expect(statuses).toEqual([...Array<number>(20).fill(401), ...Array<number>(80).fill(429)]);
    expect(await login('2001:db8:c:1::beef', 'canbo3', DEMO_PASSWORDS.demo)).toBe(429);
    expect(await login('2001:db8:c:2::beef', 'canbo3', DEMO_PASSWORDS.demo)).toBe(200);
    expect(await login('203.0.113.7', 'canbo4', DEMO_PASSWORDS.demo)).toBe(200);
  });

  it('counts an IPv4 client seen through a dual-stack socket (::ffff:a.b.c.d) as that IPv4 address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await login(i % 2 ? '::ffff:198.51.100.4' : '198.51.100.4', 'canbo5', 'wrong'));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});

describe('public rate limit and live sockets per /64', () => {
  let server: TestServer;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    server = await startTestServer(undefined, { limits: limited({ publicPerIp: { burst: 3, perMinute: 1 }, socketsPerIp: 1 }) });
  });
  afterEach(() => {
    for (const s of sockets.splice(0)) s.close();
  });
  afterAll(() => server.stop());

  it('refuses the fourth request of a /64 however its addresses rotate, not the next /64’s', async () => {
    const kiosk = new ApiClient(server);
    const status = `/api/tickets/status/${(await issue(kiosk, [(await demoCatalog(kiosk)).procedureIds('A')[0]])).statusToken}`;
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i++) statuses.push(await from(server, inside('2001:db8:e:1', i), status));
    expect(statuses).toEqual([200, 200, 200, 429]);
    expect(await from(server, '2001:db8:e:2::1', status)).toBe(200);
  });

  it('holds one socket per /64 when the quota is one', async () => {
    const connect = (ip: string) =>
      new Promise<string>((resolve) => {
        const socket: ClientSocket = io(server.baseUrl, {
          transports: ['websocket'],
          forceNew: true,
          reconnection: false,
          extraHeaders: { 'x-forwarded-for': ip },
        });
        sockets.push(socket);
        socket.once('connect', () => resolve('connected'));
        socket.once('connect_error', (err) => resolve(err.message));
      });
    expect(await connect('2001:db8:f:1::1')).toBe('connected');
    expect(await connect('2001:db8:f:1:9::2')).toBe('rate-limited');
    expect(await connect('2001:db8:f:2::1')).toBe('connected');
  });
});
