// SIGTERM (a service manager stopping motcua for an update): the request in flight is answered,
// new connections are refused, sockets are told to go, the WAL is checkpointed into the database
// file and the process exits 0; the next start finds everything.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { IssuedTicket, StaffView } from '../../shared/types.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { closeSockets, connectToCenter } from '../support/center-socket.js';
import { demoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { rawConnection } from '../support/raw-http.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

describe('SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-sigterm-'));
  let running: ChildServer | null = null;

  afterAll(async () => {
    closeSockets();
    if (running && running.process.exitCode === null) {
      running.process.kill('SIGKILL');
      await running.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('finishes the request in flight, closes the database cleanly and exits 0', async () => {
    running = await startChildServer(dataDir);
    const first = running;
    const server = { baseUrl: first.baseUrl };
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const issued = ok(
      await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [catalog.procedureIds('A')[0]] }),
    );
    const { socket } = await connectToCenter(first.baseUrl, DEMO_CENTER_ID);
    const told = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    // A sign-in provably in flight when the signal arrives: the server has read its head (it says
    // 100 Continue) and part of its body; the rest of the body is sent only once the drain has begun
    // (the sockets are told to go after the idle connections are closed).
    const body = JSON.stringify({ username: 'canbo1', password: DEMO_PASSWORDS.demo });
    const signingIn = rawConnection(Number(new URL(first.baseUrl).port));
    await signingIn.write(
      'POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: application/json\r\n' +
        `Expect: 100-continue\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    await signingIn.received(/^HTTP\/1\.1 100 Continue\r\n\r\n/);
    await signingIn.write(body.slice(0, 10));
    first.process.kill('SIGTERM');
    expect(await told).toBe('io server disconnect');
    await signingIn.write(body.slice(10));
    const answer = await signingIn.closed;
    expect(answer.status).toBe(200);
    expect((JSON.parse(answer.body) as { staff: StaffView }).staff.username).toBe('canbo1');

    expect(await first.exited).toEqual({ code: 0, signal: null });
    expect(first.output()).toContain('closed cleanly');
    await expect(fetch(`${first.baseUrl}/api/health`)).rejects.toThrow();
    // Checkpointed and closed: no write-ahead log left to replay, no pid file.
    const wal = join(dataDir, 'motcua.sqlite-wal');
    expect(!existsSync(wal) || statSync(wal).size === 0).toBe(true);
    expect(existsSync(join(dataDir, 'motcua.pid'))).toBe(false);

    running = await startChildServer(dataDir);
    const again = new ApiClient({ baseUrl: running.baseUrl });
    expect(JSON.stringify(ok(await again.get(`/api/tickets/status/${issued.statusToken}`)))).toContain('"A001"');
    ok(await signedIn({ baseUrl: running.baseUrl }, 'canbo1', DEMO_PASSWORDS.demo).then((c) => c.get('/api/auth/me')));
    running.process.kill('SIGTERM');
    expect((await running.exited).code).toBe(0);
  }, 60_000);
});
