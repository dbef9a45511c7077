// The manager board in a real browser: it follows the center live — a ticket issued at the kiosk
// shows on the board without a reload — and its reports tab answers from the API.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogView } from '../../shared/types.js';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, MONDAY_9AM, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let board: Page;
let birthId: number;

beforeAll(async () => {
  server = await startTestServer(MONDAY_9AM, { distDir: resolve('dist') });
  browser = await launchBrowser();
  const catalog = (await (await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/catalog`)).json()) as CatalogView;
  birthId = catalog.procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const issueBirth = () =>
  fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/tickets`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ procedureIds: [birthId] }),
  });

describe('manager board', () => {
  it('signs the manager in and shows the empty day', async () => {
    board = await openPage(browser, `${server.baseUrl}/board?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
    await board.getByTestId('login-username').fill('quanly');
    await board.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await board.getByTestId('login-submit').click();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('0');
  });

  it('updates when a ticket is issued, without a reload', async () => {
    await board.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('1');
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('2');
    expect(await board.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  it('raises an alert once someone has waited longer than 30 minutes', async () => {
    server.clock.advance(31 * 60_000);
    // Any event re-reads the board with the server's new time.
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-alerts').textContent()).toContain('31');
  });

  it('shows the day’s report in the reports tab', async () => {
    await board.getByTestId('tab-reports').click();
    await board.getByTestId('report-run').click();
    await expect.poll(() => board.getByTestId('report-total-tickets').textContent()).toBe('3');
  });

  it('raised no script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
