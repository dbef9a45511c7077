// A staff session survives a server clock that is far from the browser's (MOTCUA_CLOCK in a demo, a
// pinned clock in tests, a server whose time drifted): the cookie's lifetime is counted by the browser.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../support/browser.js';
import { RUN_AT } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer } from '../support/test-server.js';

const DAY = 24 * 3600_000;
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['30 days behind', -30 * DAY],
  ['30 days ahead of', 30 * DAY],
])("a clerk signs in while the server clock is %s the browser's", (_label, skew) => {
  it('keeps the session across a reload', async () => {
    const server = await startTestServer(RUN_AT + skew, { distDir: resolve('dist') });
    try {
      const page = await openPage(browser, `${server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
      await page.getByTestId('login-username').fill('canbo1');
      await page.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('pick-counter-1').waitFor();
      await page.reload();
      await page.getByTestId('pick-counter-1').waitFor();
      const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
      expect(me).toBe(200);
      await page.context().close();
    } finally {
      await server.stop();
    }
  });
});
