// What anyone on the hall's guest Wi-Fi can send — raw HTTP over node:net with broken paths, odd
// methods, huge and repeated headers, garbage cookies, wrong content types and lengths, slow bodies;
// socket.io handshakes with garbage headers and auth, unknown events, wrong payloads, no acks; parallel
// password guesses — against motcua as a real process with its production limits. After each batch the
// process still answers, wrote no 5xx, logged no unexpected error, and the queue still makes sense.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest, request, type RawAnswer } from '../support/raw-http.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

let dir: string;
let server: ChildServer;
let port: number;
let clerkCookie: string;
let counterId: number;
let procedureId: number;
const answers: { what: string; status: number | null }[] = [];

async function send(what: string, parts: (string | Buffer)[], options?: Parameters<typeof rawRequest>[2]): Promise<RawAnswer> {
  const answer = await rawRequest(port, parts, options);
  answers.push({ what, status: answer.status });
  return answer;
}

/** The process lives, answers health, wrote no 5xx in this batch and logged no unexpected error. */
async function expectUnharmed(): Promise<void> {
  const batch = answers.splice(0);
  expect(server.process.exitCode, server.output()).toBeNull();
  expect((await fetch(`${server.baseUrl}/api/health`)).status).toBe(200);
  expect(batch.filter((a) => a.status !== null && a.status >= 500)).toEqual([]);
  expect(server.output()).not.toMatch(/unexpected error|socket handler failed|Uncaught|URIError/);
}

const json = { 'Content-Type': 'application/json' };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'motcua-stranger-'));
  server = await startChildServer(dir);
  port = Number(new URL(server.baseUrl).port);
  const login = await fetch(`${server.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ username: 'canbo1', password: DEMO_PASSWORDS.demo }),
  });
  clerkCookie = login.headers.getSetCookie()[0].split(';')[0]!;
  const catalog = (await (await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/catalog`)).json()) as {
    counters: { id: number; number: number }[];
    procedures: { id: number }[];
  };
  counterId = catalog.counters.find((c) => c.number === 1)!.id;
  procedureId = catalog.procedures[0].id;
  const clerk = { ...json, Cookie: clerkCookie };
  await fetch(`${server.baseUrl}/api/counters/${counterId}/open`, { method: 'POST', headers: clerk, body: '{}' });
  for (let i = 0; i < 3; i++) {
    await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/tickets`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ procedureIds: [procedureId] }),
    });
  }
});

afterAll(async () => {
  if (server && server.process.exitCode === null) {
    server.process.kill('SIGTERM');
    await server.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

describe('raw HTTP from a stranger', () => {
  it('answers broken percent-encoding in paths with a 4xx', async () => {
    for (const path of [
      '/api/centers/%E0%A4%A/catalog',
      '/api/%zz',
      '/api/tickets/status/%C0%AF',
      '/%',
      '/api/centers/%/snapshot',
      '/kiosk%zz',
    ]) {
      const a = await send(`GET ${path}`, [request('GET', path)]);
      expect(a.status, path).toBeGreaterThanOrEqual(400);
    }
    const post = await send('POST broken ticket path', [request('POST', `/api/centers/${DEMO_CENTER_ID}%E0%A4%A/tickets`, json, '{}')]);
    expect(post.status).toBeGreaterThanOrEqual(400);
    await expectUnharmed();
  });

  it('answers odd methods and malformed request lines', async () => {
    for (const method of ['PROPFIND', 'BREW', 'TRACE', 'DELETE', 'PATCH', 'OPTIONS', 'PUT']) {
      await send(`${method} /api/health`, [request(method, '/api/health')]);
      await send(`${method} tickets`, [request(method, `/api/centers/${DEMO_CENTER_ID}/tickets`, json, '{}')]);
    }
    await send('no version', ['GET /api/health\r\n\r\n']);
    await send('garbage line', ['\x00\x01\x02 nonsense\r\n\r\n']);
    await send('absolute url', [request('GET', 'http://evil.example/api/health')]);
    await expectUnharmed();
  });

  it('answers huge and repeated headers', async () => {
    await send('huge header', [request('GET', '/api/health', { 'X-Big': 'a'.repeat(40_000) })]);
    const manyCookies = Array.from({ length: 300 }, (_, i) => `Cookie: c${i}=%zz`).join('\r\n');
    await send('300 cookie headers', [
      `GET /api/centers/${DEMO_CENTER_ID}/snapshot HTTP/1.1\r\nHost: x\r\nConnection: close\r\n${manyCookies}\r\n\r\n`,
    ]);
    await send('two content-lengths', [
      `POST /api/centers/${DEMO_CENTER_ID}/tickets HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 5\r\n\r\n{}`,
    ]);
    await send('two hosts', ['GET /api/health HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n']);
    await expectUnharmed();
  });

  it('answers garbage cookies with a 4xx or as an anonymous caller', async () => {
    const cookies = [
      'motcua_device=%zz',
      'motcua_session=%E0%A4%A',
      'motcua_session=; motcua_device=',
      '=%zz; ;;; motcua_session',
      `motcua_session=${'x'.repeat(8000)}`,
      'motcua_device="unclosed',
    ];
    for (const cookie of cookies) {
      const snapshot = await send(`snapshot with ${cookie.slice(0, 30)}`, [
        request('GET', `/api/centers/${DEMO_CENTER_ID}/snapshot`, { Cookie: cookie }),
      ]);
      expect(snapshot.status, cookie).toBeLessThan(500);
      await send(`me with ${cookie.slice(0, 30)}`, [request('GET', '/api/auth/me', { Cookie: cookie })]);
      await send(`call-next with ${cookie.slice(0, 30)}`, [
        request('POST', `/api/counters/${counterId}/call-next`, { ...json, Cookie: cookie }, '{}'),
      ]);
    }
    await expectUnharmed();
  });

  it('answers garbage bearer tokens with 401 on every route an API key may call, and changes nothing', async () => {
    const headers = [
      'Bearer',
      'Bearer ',
      'Bearer mc_',
      `Bearer mc_${'A'.repeat(43)}`,
      `Bearer mc_${'é'.repeat(43)}`,
      `Bearer ${'x'.repeat(8000)}`,
      'Basic YWRtaW46YWRtaW4=',
      'Bearer mc_a mc_b',
      'bearer\tmc_%zz',
    ];
    const code = '000.00.01.H26-260101-0001';
    const targets: [string, string, string][] = [
      ['GET', `/api/centers/${DEMO_CENTER_ID}/results/pending`, ''],
      ['POST', `/api/centers/${DEMO_CENTER_ID}/dossiers/search`, JSON.stringify({ code })],
      ['GET', `/api/centers/${DEMO_CENTER_ID}/webhooks`, ''],
      ['POST', `/api/dossiers/${code}/status`, JSON.stringify({ status: 'result-ready' })],
      ['POST', `/api/dossiers/%zz/status`, '{}'],
      ['GET', `/api/centers/${DEMO_CENTER_ID}/api-keys`, ''],
    ];
    for (const authorization of headers) {
      for (const [method, path, body] of targets) {
        const answer = await send(`${method} ${path} with ${authorization.slice(0, 30)}`, [
          request(method, path, { ...json, Authorization: authorization }, body),
        ]);
        // The token is judged before the path is read: 401 even for a broken one.
        expect(answer.status, `${method} ${path} ${authorization.slice(0, 30)}`).toBe(401);
      }
    }
    await expectUnharmed();
  });

  it('answers wrong content types, lengths, encodings and slow bodies', async () => {
    const path = `/api/centers/${DEMO_CENTER_ID}/tickets`;
    const body = JSON.stringify({ procedureIds: [procedureId] });
    await send('text/plain', [request('POST', path, { 'Content-Type': 'text/plain' }, body)]);
    await send('no content type', [request('POST', path, {}, body)]);
    await send('unknown charset', [request('POST', path, { 'Content-Type': 'application/json; charset=utf-99' }, body)]);
    await send('gzip garbage', [request('POST', path, { ...json, 'Content-Encoding': 'gzip' }, body)]);
    await send('bad chunk', [
      `POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ]);
    await send(
      'length too long, then closed',
      [`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"procedureIds":`],
      { endEarly: true },
    );
    await send('length too short', [
      `POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: 3\r\n\r\n${body}`,
    ]);
    await send('negative length', [
      `POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}`,
    ]);
    const slow = [
      `POST ${path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
      ...body.split(''),
    ];
    const trickled = await send('a body a byte at a time', slow);
    expect(trickled.status).toBe(201);
    await send('deep nesting', [request('POST', path, json, `${'['.repeat(5000)}${']'.repeat(5000)}`)]);
    await send('proto', [request('POST', path, json, '{"__proto__":{"procedureIds":[1]},"constructor":{"prototype":{}}}')]);
    await expectUnharmed();
  });

  it('answers a signed-in clerk whose path is broken', async () => {
    // Our own page's origin (request() sends Host: 127.0.0.1), so the write reaches its route.
    const clerk = { ...json, Cookie: clerkCookie, Origin: 'http://127.0.0.1' };
    for (const path of [
      '/api/counters/%E0%A4%A/call-next',
      '/api/counters/%zz/open',
      `/api/centers/%E0%A4%A/calendar/holidays/%zz/delete`,
      '/api/tickets/%C0/cancel',
    ]) {
      const a = await send(`clerk POST ${path}`, [request('POST', path, clerk, '{}')]);
      expect(a.status, path).toBeGreaterThanOrEqual(400);
      expect(a.status, path).toBeLessThan(500);
    }
    await expectUnharmed();
  });
});

describe('sockets from a stranger', () => {
  const open: Socket[] = [];
  /** A client that connects once and never retries; resolves when connected or refused. */
  function socketWith(options: Parameters<typeof connectSocket>[1]): Promise<Socket> {
    const socket = connectSocket(server.baseUrl, { reconnection: false, forceNew: true, ...options });
    open.push(socket);
    return new Promise((resolve) => {
      socket.once('connect', () => resolve(socket));
      socket.once('connect_error', () => resolve(socket));
    });
  }
  afterAll(() => open.forEach((s) => s.disconnect()));

  it('survives handshakes with garbage cookies, headers, auth and query', async () => {
    const headers: Record<string, string>[] = [
      { cookie: 'motcua_device=%zz' },
      { cookie: 'motcua_session=%E0%A4%A; motcua_device=%' },
      { cookie: '=;=;=' },
      { 'x-forwarded-for': 'not-an-ip, %zz' },
    ];
    for (const extraHeaders of headers) {
      for (const transports of [['polling'], ['websocket']] as const) await socketWith({ extraHeaders, transports: [...transports] });
    }
    await socketWith({ auth: { token: { $gt: '' }, deep: JSON.parse('['.repeat(50) + ']'.repeat(50)) as unknown } });
    await socketWith({ query: { EIO: '3', sid: '%zz' } });
    await send('polling with garbage query', [request('GET', '/socket.io/?EIO=%zz&transport=polling&sid=%E0%A4%A')]);
    await send('polling post of a broken packet', [
      request('POST', '/socket.io/?EIO=4&transport=polling&sid=nope', { 'Content-Type': 'text/plain' }, '42["center:join",'),
    ]);
    await expectUnharmed();
  });

  it('answers unknown events, wrong payloads and missing acks without harm', async () => {
    const socket = await socketWith({ transports: ['websocket'], extraHeaders: { cookie: clerkCookie } });
    expect(socket.connected).toBe(true);
    const payloads: unknown[] = [
      undefined,
      null,
      5,
      'hoa-binh',
      [],
      {},
      { centerId: {} },
      { centerId: 'x'.repeat(10_000) },
      { token: ['a'] },
      { centerId: DEMO_CENTER_ID, extra: { __proto__: 1 } },
    ];
    const answered: unknown[] = [];
    const events = ['center:join', 'ticket:watch', 'wall:sound', 'no:such-event', '__proto__', 'constructor', 'toString'];
    for (const event of events) {
      for (const payload of payloads) {
        // Without an ack, then with one, then with extra arguments.
        socket.emit(event as 'center:join', payload);
        answered.push(
          await socket
            .timeout(10_000)
            .emitWithAck(event as 'center:join', payload as never)
            .catch((err: unknown) => (err as Error).message),
        );
        (socket.emit as (...args: unknown[]) => void)(event, payload, 'extra', 42);
      }
    }
    // Every event with an ack is answered (an error envelope for all but a well-formed join), never silence.
    const errors = answered.filter((a) => typeof a === 'object' && a !== null && 'error' in a);
    expect(errors.length, JSON.stringify(answered)).toBeGreaterThanOrEqual(answered.length - 1);
    await expectUnharmed();
  });

  it('disconnects a socket that sends more than the message limit, and nothing else', async () => {
    const socket = await socketWith({ transports: ['websocket'] });
    const gone = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    socket.emit('center:join', { centerId: 'x'.repeat(40_000) });
    expect(await gone).toBe('transport close');
    await expectUnharmed();
  });
});

describe('password guesses', () => {
  const guess = (username: string, localAddress: string) =>
    send(
      `guess ${username} from ${localAddress}`,
      [request('POST', '/api/auth/login', json, JSON.stringify({ username, password: 'wrong-password' }))],
      { localAddress },
    );

  it('checks at most the configured number of 40 parallel wrong guesses; the rest get 429', async () => {
    const results = await Promise.all(Array.from({ length: 40 }, () => guess('canbo2', '127.0.0.3')));
    const statuses = results.map((r) => r.status);
    // Production limits: 5 failures per username and address (MOTCUA_LOGIN_MAX_FAILURES).
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
    expect(results.filter((r) => r.status === 429).every((r) => /Retry-After: \d+/i.test(r.text))).toBe(true);
    await expectUnharmed();
  });

  it('leaves a clerk signing in from another address working after 100 guesses at the account', async () => {
    for (let i = 0; i < 100; i++) await guess('canbo1', '127.0.0.2');
    const login = await send(
      'canbo1 from 127.0.0.1',
      [request('POST', '/api/auth/login', json, JSON.stringify({ username: 'canbo1', password: DEMO_PASSWORDS.demo }))],
      { localAddress: '127.0.0.1' },
    );
    expect(login.status, login.text).toBe(200);
    await expectUnharmed();
  });
});

describe('after all of it', () => {
  it('the queue makes sense: numbering without gaps, no counter holding two tickets', () => {
    const db = new Database(join(dir, 'motcua.sqlite'), { readonly: true });
    try {
      const numbers = db.prepare('SELECT seq FROM tickets ORDER BY seq').pluck().all() as number[];
      expect(numbers.length).toBeGreaterThanOrEqual(4);
      expect(numbers).toEqual(numbers.map((_, i) => i + 1));
      expect(
        db.prepare("SELECT counter_id FROM tickets WHERE state IN ('called','serving') GROUP BY counter_id HAVING COUNT(*) > 1").all(),
      ).toEqual([]);
      // Hundreds of guesses were refused with 429: none of them filled the append-only audit log,
      // while the checked ones are there, whatever case the path was written in.
      expect(db.prepare('SELECT COUNT(*) FROM audit_log WHERE status = 429').pluck().get()).toBe(0);
      expect(
        db.prepare("SELECT COUNT(*) FROM audit_log WHERE action = 'POST /api/auth/login' AND status = 401").pluck().get(),
      ).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  });
});
