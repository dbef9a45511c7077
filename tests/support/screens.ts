// Browser tests that stand alone: one Chromium per test file, and for every test a fresh server on
// its own SQLite file (the demo center seeded, numbering from A001, nothing left by another test)
// and its own pages. After each test its pages are closed, its server stopped, and no page may have
// raised a script error. A test sets up what it needs itself: tickets over HTTP, a signed-in screen.
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { WebhookSettings } from '../../server/integration/webhook-delivery.js';
import type { IssuedTicket } from '../../shared/types.js';
import { launchBrowser, openPage, pageErrors } from './browser.js';
import { demoCatalog, issue, type DemoCatalog } from './demo.js';
import { ApiClient } from './http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, MONDAY_9AM, startTestServer, type TestServer, type TestServerOptions } from './test-server.js';

export interface Screens {
  /** This test's server (a new one for every test). */
  readonly server: TestServer;
  readonly browser: Browser;
  /** The demo center's catalogue on this test's server. */
  readonly catalog: DemoCatalog;
  /** A citizen's client (no cookie) on this test's server. */
  readonly kiosk: ApiClient;
  /** `path?center=hoa-binh` on this test's server. */
  screen(path: string): string;
  /** A fresh page (own cookies and storage) at `url`, its context set up by `prepare` first; closed after the test. */
  open(url: string, viewport?: { width: number; height: number }, prepare?: (context: BrowserContext) => Promise<unknown>): Promise<Page>;
  /** A ticket issued at the kiosk over HTTP, for procedures given by id. */
  issue(procedureIds: number[]): Promise<IssuedTicket>;
}

/**
 * Registers the hooks of a browser test file and returns what each test uses. `at`: the server
 * clock's start for every test (default: 09:00 on the run's test Monday); `server`: more options of
 * each test's server, read when it starts; `webhooks`: the hosts its webhooks may reach besides https
 * to public addresses (a local receiver); `browserArgs`: more switches of the file's Chromium (its
 * autoplay policy). Called inside a `describe`, the hooks are that block's: two blocks may each have
 * a browser of their own.
 */
export function useScreens({
  at = MONDAY_9AM,
  server: serverOptions = () => ({}),
  webhooks,
  browserArgs = [],
}: {
  at?: number;
  server?: () => Omit<TestServerOptions, 'distDir'>;
  webhooks?: WebhookSettings;
  browserArgs?: readonly string[];
} = {}): Screens {
  let browser: Browser | undefined;
  let server: TestServer | undefined;
  let catalog: DemoCatalog | undefined;
  let kiosk: ApiClient | undefined;

  beforeAll(async () => {
    browser = await launchBrowser(browserArgs);
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    server = await startTestServer(at, { ...serverOptions(), distDir: resolve('dist'), webhooks });
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
  });
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) await context.close();
    await server?.stop();
    server = undefined;
    // Every test's own pages: none raised a script error.
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only there inside a test`);
    return value;
  };
  return {
    get server() {
      return need(server, 'the server');
    },
    get browser() {
      return need(browser, 'the browser');
    },
    get catalog() {
      return need(catalog, 'the catalogue');
    },
    get kiosk() {
      return need(kiosk, 'the kiosk client');
    },
    screen: (path) => `${need(server, 'the server').baseUrl}${path}?center=${DEMO_CENTER_ID}`,
    open: (url, viewport, prepare) => openPage(need(browser, 'the browser'), url, viewport, prepare),
    issue: (procedureIds) => issue(need(kiosk, 'the kiosk client'), procedureIds),
  };
}

/** Switches an open screen to English, as its language button does, and waits until it has. */
export async function inEnglish(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('motcua.lang', 'en'));
  await page.reload();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}

/** Fills a screen's sign-in form (counter, leader, admin, board) and submits it. */
export async function signIn(page: Page, username: string, password: string = DEMO_PASSWORDS.demo): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs a clerk in on an open /counter page and picks the counter. */
export async function signInAtCounter(page: Page, username: string, counterNumber: number): Promise<void> {
  await signIn(page, username);
  await page.getByTestId(`pick-counter-${counterNumber}`).click();
}
