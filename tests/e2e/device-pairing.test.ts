// Pairing a wall display in a real browser: a manager issues a code and admits paired screens only;
// a fresh screen is turned away with the way to /pair, enters the code and lands on its wall; once
// revoked it is turned away again, at once.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let admin: Page;
let wall: Page;
let code: string;

/** The panel's lines live in shadow roots, which textContent does not enter (locators do). */
const panelSays = (text: string) => admin.getByTestId('devices-panel').getByText(text, { exact: false }).count();
const deviceLine = () => admin.getByTestId('devices-panel').locator('li').first().textContent();

const screen = (path: string) => `${server.baseUrl}${path}?center=${DEMO_CENTER_ID}`;

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('pairing a wall display', () => {
  it('lets a manager issue a wall code on /admin, shown large with its validity', async () => {
    admin = await openPage(browser, screen('/admin'));
    await admin.getByTestId('login-username').fill('quanly');
    await admin.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await admin.getByTestId('login-submit').click();
    const panel = admin.getByTestId('devices-panel');
    await expect.poll(() => panel.getByTestId('require-pairing').isEnabled()).toBe(true);
    await panel.getByTestId('device-kind').selectOption('wall');
    await panel.getByTestId('device-name').fill('Màn hình sảnh chờ');
    await panel.getByTestId('device-issue').click();
    await expect.poll(() => panel.getByTestId('device-code').textContent()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    code = (await panel.getByTestId('device-code').textContent())!;
    expect(await panelSays('hiệu lực 24 giờ')).toBe(1);
    await expect.poll(deviceLine).toMatch(/Màn hình gọi số — Màn hình sảnh chờ\s*Chờ nhập mã/);
  });

  it('turns on "paired screens only"', async () => {
    await admin.getByTestId('require-pairing').check();
    // The line under the switch follows the server's answer.
    await expect.poll(() => panelSays('Đã bật')).toBe(1);
  });

  it('turns a fresh, unpaired wall away with the way to /pair', async () => {
    wall = await openPage(browser, screen('/wall'), { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('not-paired').textContent()).toContain('Màn hình này chưa được ghép nối');
    expect(await wall.getByTestId('counter-1').count()).toBe(0);
    await wall.getByTestId('go-pair').click();
    await wall.waitForURL(/\/pair$/);
  });

  it('says so, large, when the code is wrong', async () => {
    await wall.getByTestId('pair-code').fill('ABCDEFGH');
    await wall.getByTestId('pair-submit').click();
    await expect.poll(() => wall.getByTestId('pair-error').textContent()).toContain('Không tìm thấy');
  });

  it('pairs with the code typed in lower case and opens the wall of the center with its counters', async () => {
    await wall.getByTestId('pair-code').fill(code.toLowerCase());
    expect(await wall.getByTestId('pair-code').inputValue()).toBe(code);
    await wall.getByTestId('pair-submit').click();
    await wall.waitForURL(`${server.baseUrl}/wall?center=${DEMO_CENTER_ID}`);
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
    expect(await wall.getByTestId('not-paired').count()).toBe(0);
  });

  it('shows the device as paired to the manager', async () => {
    await admin.reload();
    await expect.poll(deviceLine).toContain('Đã ghép nối');
    expect(await admin.getByTestId('require-pairing').isChecked()).toBe(true);
  });

  it('turns the wall away again as soon as the manager revokes it', async () => {
    const revoke = admin.getByTestId('devices-panel').locator('[data-testid^="device-revoke-"]');
    await expect.poll(() => revoke.count()).toBe(1);
    await revoke.click();
    await expect.poll(deviceLine).toContain('Đã thu hồi');
    await expect.poll(() => wall.getByTestId('not-paired').isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await wall.getByTestId('counter-1').count()).toBe(0);
  });

  it('raised no script error on any screen', () => {
    expect(pageErrors).toEqual([]);
  });
});
