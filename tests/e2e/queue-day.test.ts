// A citizen takes a ticket at the kiosk, a clerk signs in at counter 1 and calls it, and the wall
// display shows and announces it — in a real Chromium against a real server and SQLite file.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { CatalogView } from '../../shared/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let wall: Page;
let kiosk: Page;
let counter: Page;

const screen = (path: string) => `${server.baseUrl}${path}?center=${DEMO_CENTER_ID}`;

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a ticket from the kiosk to the wall display', () => {
  it('shows the wall in Vietnamese with every counter and nobody waiting', async () => {
    wall = await openPage(browser, screen('/wall'), { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
    expect(await wall.getByTestId('waiting-A').textContent()).toContain('0');
  });

  it('issues A001 at the kiosk: field, procedure, no priority, take the ticket', async () => {
    kiosk = await openPage(browser, screen('/kiosk'), { width: 1080, height: 1920 });
    await kiosk.getByTestId('field-A').click();
    const catalog = (await (await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/catalog`)).json()) as CatalogView;
    const birth = catalog.procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!;
    await kiosk.getByTestId(`procedure-${birth.id}`).click();
    await kiosk.getByTestId('priority-none').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('A001');
  });

  it('counts the new ticket on the wall without a reload', async () => {
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toContain('1');
  });

  it('lets a clerk sign in at counter 1 and see A001 first in the queue', async () => {
    counter = await openPage(browser, screen('/counter'));
    await counter.getByTestId('login-username').fill('canbo1');
    await counter.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await counter.getByTestId('login-submit').click();
    await counter.getByTestId('pick-counter-1').click();
    await expect.poll(() => counter.getByTestId('queue').textContent()).toContain('A001');
  });

  it('calls A001 with Call next and the wall shows it at counter 1', async () => {
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('counter-1-ticket').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('call-banner').textContent()).toMatch(/A001[\s\S]*Quầy 1/);
    expect(await wall.getByTestId('recent-calls').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toContain('0');
  });

  it('marks the wall "mất kết nối" while the server is down, and shows the current state once back', async () => {
    await server.pause();
    await expect.poll(() => wall.getByTestId('connection-lost').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await wall.getByTestId('connection-lost').textContent()).toContain('Mất kết nối');
    await server.resume();
    await expect.poll(() => wall.getByTestId('connection-lost').count(), { timeout: 20_000 }).toBe(0);
    expect(await wall.getByTestId('counter-1-ticket').textContent()).toContain('A001');
  });

  it('raised no script error on any screen', () => {
    expect(pageErrors).toEqual([]);
  });
});
