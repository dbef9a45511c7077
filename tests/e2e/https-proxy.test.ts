// motcua behind Debian's nginx with deploy/nginx-motcua.conf as shipped (only its ports and
// certificate paths changed, all on loopback), over a certificate made for this run: the session
// cookie is Secure over https, a websocket goes through the proxy, plain http is sent to https,
// and in Chromium a clerk signs in over https while a phone page follows the ticket being called.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { io } from 'socket.io-client';
import { Agent, fetch as tlsFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { launchBrowser } from '../support/browser.js';
import { joinCenter, type ClientSocket } from '../support/center-socket.js';
import { freePort } from '../support/child-server.js';
import { demoCatalog, type DemoCatalog } from '../support/demo.js';
import { ApiClient } from '../support/http-client.js';
import { signInAtCounter } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';

const NGINX = process.env.MOTCUA_NGINX ?? '/usr/sbin/nginx';
const SHIPPED = resolve('deploy/nginx-motcua.conf');

/** Replaces `from` (which must be there exactly once) with `to`: the shipped file changed shape otherwise. */
function replaceOnce(text: string, from: string, to: string): string {
  const n = text.split(from).length - 1;
  if (n !== 1) throw new Error(`deploy/nginx-motcua.conf: expected "${from}" once, found it ${n} times`);
  return text.replace(from, to);
}

/** The shipped site on loopback ports, with this run's certificate and motcua's port. */
function siteConfig(dir: string, ports: { http: number; https: number; app: number }): string {
  let site = readFileSync(SHIPPED, 'utf8');
  site = replaceOnce(site, 'server 127.0.0.1:3000;', `server 127.0.0.1:${ports.app};`);
  site = replaceOnce(site, '    listen 80;\n', `    listen 127.0.0.1:${ports.http};\n`);
  site = replaceOnce(site, '    listen [::]:80;\n', '');
  site = replaceOnce(site, '    listen 443 ssl;\n', `    listen 127.0.0.1:${ports.https} ssl;\n`);
  site = replaceOnce(site, '    listen [::]:443 ssl;\n', '');
  site = replaceOnce(site, '/etc/ssl/certs/motcua.example.gov.vn.pem', join(dir, 'cert.pem'));
  site = replaceOnce(site, '/etc/ssl/private/motcua.example.gov.vn.key', join(dir, 'key.pem'));
  return site;
}

/** A whole nginx of its own: its pid file, logs and temp folders in `dir`, in the foreground. */
function mainConfig(dir: string): string {
  return [
    'daemon off;',
    'worker_processes 1;',
    // As root the workers would switch to nobody, who cannot enter this 0700 temp folder.
    ...(process.getuid?.() === 0 ? ['user root root;'] : []),
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'error.log')} notice;`,
    'events { worker_connections 256; }',
    'http {',
    `  access_log ${join(dir, 'access.log')};`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, `${t}-temp`)};`),
    `  include ${join(dir, 'motcua-site.conf')};`,
    '}',
    '',
  ].join('\n');
}

/**
 * Resolves once the pid file holds this nginx's pid (nginx writes it after binding its ports);
 * rejects if it exits first. Its mere presence is not enough: `nginx -t` leaves an empty one behind.
 */
function nginxReady(dir: string, nginx: ChildProcess, log: () => string): Promise<void> {
  const pidFile = join(dir, 'nginx.pid');
  return new Promise((resolve, reject) => {
    const written = () => existsSync(pidFile) && readFileSync(pidFile, 'utf8').trim() === String(nginx.pid);
    const watcher = watch(dir, () => {
      if (written()) done();
    });
    const timer = setTimeout(() => fail(new Error(`nginx did not start within 20 s:\n${log()}`)), 20_000);
    const onExit = (code: number | null) => fail(new Error(`nginx exited (${code}) while starting:\n${log()}`));
    nginx.once('exit', onExit);
    function cleanup() {
      watcher.close();
      clearTimeout(timer);
      nginx.off('exit', onExit);
    }
    function done() {
      cleanup();
      resolve();
    }
    function fail(err: Error) {
      cleanup();
      reject(err);
    }
    if (written()) done();
  });
}

describe('behind nginx over https', () => {
  let dir: string;
  let server: TestServer;
  let catalog: DemoCatalog;
  let nginx: ChildProcess;
  let nginxExited: Promise<unknown>;
  let nginxOutput = '';
  let base: string;
  let httpBase: string;
  let cert: string;
  let tls: Agent;
  let browser: Browser | undefined;
  const sockets: ClientSocket[] = [];

  const nginxLog = () => {
    const file = join(dir, 'error.log');
    return nginxOutput + (existsSync(file) ? readFileSync(file, 'utf8') : '');
  };

  beforeAll(async () => {
    if (!existsSync(NGINX)) {
      throw new Error(`No nginx at ${NGINX}: install Debian's nginx (apt-get install -y nginx; .ci/run does).`);
    }
    dir = mkdtempSync(join(tmpdir(), 'motcua-nginx-'));
    // A certificate for this run only, for the address the test connects to.
    const openssl = spawnSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.error?.message ?? openssl.stderr}`);
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    tls = new Agent({ connect: { ca: cert } });

    server = await startTestServer(MONDAY_9AM, { distDir: resolve('dist') });
    catalog = await demoCatalog(new ApiClient(server));
    const ports = { http: await freePort(), https: await freePort(), app: Number(new URL(server.baseUrl).port) };
    base = `https://127.0.0.1:${ports.https}`;
    httpBase = `http://127.0.0.1:${ports.http}`;
    writeFileSync(join(dir, 'motcua-site.conf'), siteConfig(dir, ports));
    writeFileSync(join(dir, 'nginx.conf'), mainConfig(dir));

    const args = ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')];
    const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
    if (check.status !== 0) throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
    nginx = spawn(NGINX, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    nginx.stdout!.on('data', (d: Buffer) => (nginxOutput += d.toString()));
    nginx.stderr!.on('data', (d: Buffer) => (nginxOutput += d.toString()));
    nginxExited = new Promise((resolve) => nginx.once('exit', resolve));
    await nginxReady(dir, nginx, nginxLog);
  }, 60_000);

  afterAll(async () => {
    for (const s of sockets) s.close();
    await browser?.close();
    if (nginx && nginx.exitCode === null) {
      nginx.kill('SIGTERM');
      await nginxExited;
    }
    await server?.stop();
    await tls?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers over https with HSTS and the server’s own headers, and sends plain http to https', async () => {
    const res = await tlsFetch(`${base}/api/health`, { dispatcher: tls });
    expect(res.status).toBe(200);
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    const plain = await tlsFetch(`${httpBase}/kiosk?center=${DEMO_CENTER_ID}`, { redirect: 'manual' });
    expect(plain.status).toBe(301);
    expect(plain.headers.get('location')).toBe(`https://127.0.0.1/kiosk?center=${DEMO_CENTER_ID}`);
  });

  it('marks the session cookie Secure over https (X-Forwarded-Proto from the trusted proxy)', async () => {
    const res = await tlsFetch(`${base}/api/auth/login`, {
      dispatcher: tls,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'canbo2', password: DEMO_PASSWORDS.demo }),
    });
    expect(res.status).toBe(200);
    const session = res.headers.getSetCookie().find((c) => c.startsWith('motcua_session='));
    expect(session).toMatch(/;\s*Secure/i);
    expect(session).toMatch(/;\s*HttpOnly/i);
    // Straight to the server (no proxy, no TLS) the same cookie is not Secure: the flag follows the proxy.
    const direct = await new ApiClient(server).login('canbo3', DEMO_PASSWORDS.demo);
    expect(direct.status).toBe(200);
  });

  it('carries a websocket through the proxy to the center’s live feed', async () => {
    const socket: ClientSocket = io(base, { transports: ['websocket'], forceNew: true, reconnection: false, ca: cert });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    expect(socket.io.engine.transport.name).toBe('websocket');
    const snapshot = await joinCenter(socket, DEMO_CENTER_ID);
    expect(snapshot).toHaveProperty('counters');
    // The server's end of it came through nginx: upgraded, with the proxy's headers.
    const mine = server.app.io.sockets.sockets.get(socket.id!)!;
    expect(mine.conn.transport.name).toBe('websocket');
    expect(mine.handshake.headers).toMatchObject({ 'x-forwarded-proto': 'https', 'x-forwarded-for': '127.0.0.1' });
  });

  it('in Chromium: a clerk signs in over https and calls the ticket a phone page follows', async () => {
    browser = await launchBrowser();
    const errors: string[] = [];
    const context = async (viewport: { width: number; height: number }): Promise<BrowserContext> => {
      // The certificate is this run's own: the browser is told to accept it.
      const c = await browser!.newContext({ ignoreHTTPSErrors: true, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
      c.on('weberror', (e) => errors.push(e.error().message));
      return c;
    };

    const issued = await tlsFetch(`${base}/api/centers/${DEMO_CENTER_ID}/tickets`, {
      dispatcher: tls,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ procedureIds: [catalog.procedureIds('A')[0]], priority: null }),
    });
    expect(issued.status).toBe(201);
    const { ticket, statusToken } = (await issued.json()) as IssuedTicket;

    const phoneContext = await context({ width: 360, height: 740 });
    const phone = await phoneContext.newPage();
    await phone.goto(`${base}/status?t=${statusToken}`);
    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(ticket.number);

    const counterContext = await context({ width: 1366, height: 768 });
    const counter = await counterContext.newPage();
    await counter.goto(`${base}/counter?center=${DEMO_CENTER_ID}`);
    await signInAtCounter(counter, 'canbo1', 1);
    await expect.poll(() => counter.getByTestId('queue').textContent()).toContain(ticket.number);
    const [cookie] = (await counterContext.cookies()).filter((c) => c.name === 'motcua_session');
    expect(cookie).toMatchObject({ secure: true, httpOnly: true, sameSite: 'Strict' });

    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain(ticket.number);
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('Mời anh/chị đến quầy số 1');
    // Both pages are live over websockets through nginx, and no script failed.
    const throughProxy = () =>
      [...server.app.io.sockets.sockets.values()].filter(
        (k) => k.conn.transport.name === 'websocket' && k.handshake.headers['x-forwarded-proto'] === 'https',
      ).length;
    await expect.poll(throughProxy).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);
  }, 90_000);
});
