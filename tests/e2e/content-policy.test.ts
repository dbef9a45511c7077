// The Content-Security-Policy lets a screen reach its own server's websocket and nothing else:
// the wall opens its socket over websocket (not a silent fall-back to polling) with no violation.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the content security policy', () => {
  it('names this origin only for connections', async () => {
    const res = await fetch(`${server.baseUrl}/wall?center=${DEMO_CENTER_ID}`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp.split('; ').find((d) => d.startsWith('connect-src'))).toBe("connect-src 'self'");
  });

  it('lets the wall open its own websocket, with no violation reported', async () => {
    const page = await openPage(browser, 'about:blank', { width: 1920, height: 1080 });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const socket = page.waitForEvent('websocket', { predicate: (ws) => ws.url().includes('/socket.io/') });
    await page.goto(`${server.baseUrl}/wall?center=${DEMO_CENTER_ID}`);
    const ws = await socket;
    expect(new URL(ws.url()).host).toBe(new URL(server.baseUrl).host);
    await expect.poll(() => page.getByTestId('counter-1').count()).toBe(1);
    expect(violations).toEqual([]);
    await page.context().close();
  });
});
