// Every screen comes back by itself after the server restarts. A SIGTERM drains the server
// (server/ops/shutdown.ts), which tells every socket `io server disconnect` — a reason after which
// socket.io-client does not retry on its own. The citizen's phone, the wall and a counter terminal
// stay open across the drain and the new start on the same port and database file, and each shows
// the next call without a reload.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { closeSockets, connectSocket } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let catalog: DemoCatalog;
let kiosk: ApiClient;
let counter3: Desk;
let phone: Page;
let wall: Page;
let terminal: Page;
let number = '';

/** Comes back after a drain: socket.io's own retries, then our backoff, with room for a slow machine. */
const BACK = { timeout: 30_000 };

/** The text of a test id, '' while it is not on the page (textContent() would wait for it without end). */
const text = (page: Page, testId: string) => page.getByTestId(testId).allTextContents().then((all) => all.join(' '));

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
  kiosk = new ApiClient(server);
  catalog = await demoCatalog(kiosk);
  const staff = await signInAll(server, ['canbo3'] as const);
  counter3 = new Desk(staff.canbo3, catalog.counterId(3));
  await counter3.open();
});

afterAll(async () => {
  closeSockets();
  await browser?.close();
  await server?.stop();
});

describe('after a SIGTERM drain and a new start, every screen follows the queue again without a reload', () => {
  it('before the restart: the phone, the wall and counter 1 show the waiting ticket', async () => {
    const issued = await issue(kiosk, [catalog.procedureIds('B')[0]!]);
    number = issued.ticket.number;
    phone = await openPage(browser, `${server.baseUrl}/status?t=${issued.statusToken}`, { width: 360, height: 740 });
    wall = await openPage(browser, `${server.baseUrl}/wall?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
    terminal = await openPage(browser, `${server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
    await terminal.getByTestId('login-username').fill('canbo1');
    await terminal.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await terminal.getByTestId('login-submit').click();
    await terminal.getByTestId('pick-counter-1').click();

    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(number);
    await expect.poll(() => wall.getByTestId('counter-3').locator('h2').textContent()).toBe('Quầy 3');
    await expect.poll(() => terminal.getByTestId(`queue-row-${number}`).count()).toBe(1);
  });

  it('the drain tells every screen `io server disconnect`; after the new start, Call next reaches the phone', async () => {
    // A witness socket hears what the screens hear.
    const witness = await connectSocket(server.baseUrl);
    const reason = new Promise<string>((done) => witness.once('disconnect', done));
    await server.drainAndRestart();
    expect(await reason).toBe('io server disconnect');
    const called = await counter3.callNext();
    expect(called.number).toBe(number);
    await expect.poll(() => text(phone, 'status-counter'), BACK).toContain('Mời anh/chị đến quầy số 3');
    await expect.poll(() => phone.getByTestId('connection-lost').count(), BACK).toBe(0);
  }, 60_000);

  it('the wall announces the call made after the restart', async () => {
    await expect.poll(() => text(wall, 'counter-3-ticket'), BACK).toContain(number);
    await expect.poll(() => wall.getByTestId('connection-lost').count(), BACK).toBe(0);
  }, 60_000);

  it("counter 1's terminal drops the called ticket and lists one issued after the restart", async () => {
    const next = (await issue(kiosk, [catalog.procedureIds('B')[0]!])).ticket.number;
    await expect.poll(() => terminal.getByTestId(`queue-row-${next}`).count(), BACK).toBe(1);
    expect(await terminal.getByTestId(`queue-row-${number}`).count()).toBe(0);
    expect(await terminal.getByTestId('connection-lost').count()).toBe(0);
  }, 60_000);

  it('raised no script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
