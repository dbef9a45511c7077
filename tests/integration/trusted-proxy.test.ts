// MOTCUA_TRUST_PROXY: X-Forwarded-For and X-Forwarded-Proto are believed from the trusted proxies
// only — for the client address (audit trail, per-address limits, live sockets per address) and for
// the session cookie's Secure flag (req.secure). The default trusts a proxy on this machine.
import { io } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../server/domain/audit-log.js';
import { NO_LIMITS } from '../../server/limits.js';
import type { ClientSocket } from '../support/center-socket.js';
import { ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const CLIENT = '203.0.113.9';

/** A sign-in as a proxy would forward it: the citizen's address appended, the scheme it was reached by. */
async function forwardedLogin(server: TestServer, proto: 'https' | 'http') {
  const res = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': CLIENT, 'x-forwarded-proto': proto },
    body: JSON.stringify({ username: 'canbo1', password: DEMO_PASSWORDS.demo }),
  });
  expect(res.status).toBe(200);
  return res.headers.getSetCookie().find((c) => c.startsWith('motcua_session='))!;
}

async function loginAddress(server: TestServer): Promise<string | null> {
  const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
  const { entries } = ok(await manager.get<{ entries: AuditEntry[] }>(`/api/centers/${DEMO_CENTER_ID}/audit?staff=canbo1`));
  return entries.find((e) => e.action === 'POST /api/auth/login')!.ip;
}

function connectFrom(server: TestServer, sockets: ClientSocket[], ip: string): Promise<string> {
  const socket: ClientSocket = io(server.baseUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: { 'x-forwarded-for': ip },
  });
  sockets.push(socket);
  return new Promise((resolve) => {
    socket.once('connect', () => resolve('connected'));
    socket.once('connect_error', (err) => resolve(err.message));
  });
}

describe('trusted reverse proxies', () => {
  let server: TestServer | undefined;
  const sockets: ClientSocket[] = [];
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.close();
    await server?.stop();
    server = undefined;
  });

  it('by default believes a proxy on loopback: Secure cookie over https, the forwarded client address', async () => {
    server = await startTestServer(undefined, { limits: { ...NO_LIMITS, socketsPerIp: 1 } });
    expect(await forwardedLogin(server, 'https')).toMatch(/;\s*Secure/i);
    expect(await forwardedLogin(server, 'http')).not.toMatch(/;\s*Secure/i);
    expect(await loginAddress(server)).toBe(CLIENT);
    // One socket per address: two citizens behind the proxy are two addresses.
    expect(await connectFrom(server, sockets, '198.51.100.1')).toBe('connected');
    expect(await connectFrom(server, sockets, '198.51.100.2')).toBe('connected');
    expect(await connectFrom(server, sockets, '198.51.100.2')).toBe('rate-limited');
  });

  it('with only another proxy trusted (MOTCUA_TRUST_PROXY=10.0.0.0/8), loopback’s headers are a stranger’s', async () => {
    server = await startTestServer(undefined, { limits: { ...NO_LIMITS, socketsPerIp: 1 }, trustProxy: ['10.0.0.0/8'] });
    expect(await forwardedLogin(server, 'https')).not.toMatch(/;\s*Secure/i);
    expect(await loginAddress(server)).toMatch(/127\.0\.0\.1$/);
    expect(await connectFrom(server, sockets, '198.51.100.1')).toBe('connected');
    expect(await connectFrom(server, sockets, '198.51.100.2')).toBe('rate-limited');
  });

  it('with none (MOTCUA_TRUST_PROXY=none), no forwarded header counts', async () => {
    server = await startTestServer(undefined, { trustProxy: false });
    expect(await forwardedLogin(server, 'https')).not.toMatch(/;\s*Secure/i);
    expect(await loginAddress(server)).toMatch(/127\.0\.0\.1$/);
  });
});
