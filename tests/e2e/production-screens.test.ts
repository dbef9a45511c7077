// The screens the server serves are the production build, whoever built them: a build made inside
// the test runner (NODE_ENV=test) or by `npm start` on a fresh clone ships Lit's production code, so
// a screen says nothing of "dev mode" in its console.
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

describe('the screens served', () => {
  it('run Lit in production mode: no dev-mode warning on the wall or the counter', async () => {
    for (const path of [`/wall?center=${DEMO_CENTER_ID}`, '/counter']) {
      const page = await openPage(browser, 'about:blank', { width: 1366, height: 768 });
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(`${server.baseUrl}${path}`);
      // Lit warns as its module loads, before the first element renders.
      await expect.poll(() => page.evaluate(() => document.querySelector('body > *')?.shadowRoot !== null)).toBe(true);
      expect(messages.filter((m) => /dev mode/i.test(m))).toEqual([]);
      await page.context().close();
    }
  });
});
