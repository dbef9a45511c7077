// Pairing a wall display in a real browser: a manager issues a code and admits paired screens only;
// a fresh screen is turned away with the way to /pair, enters the code and lands on its wall; once
// revoked it is turned away again, at once. Each test starts from its own server; what an earlier
// step did on /admin (the code, the switch) it does over the API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ok, signedIn, type ApiClient } from '../support/http-client.js';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();

/** The panel's lines live in shadow roots, which textContent does not enter (locators do). */
const panelSays = (admin: Page, text: string) => admin.getByTestId('devices-panel').getByText(text, { exact: false }).count();
const deviceLine = (admin: Page) => () => admin.getByTestId('devices-panel').locator('li').first().textContent();

const devicesPath = `/api/centers/${DEMO_CENTER_ID}/devices`;
const manager = () => signedIn(s.server, 'quanly', DEMO_PASSWORDS.demo);

/** What the manager does on /admin in the first two tests, over the API: a wall code, and pairing required. */
async function wallCode(client: ApiClient, { required }: { required: boolean }): Promise<string> {
  const { code } = ok(await client.post<{ code: string }>(devicesPath, { kind: 'wall', name: 'Màn hình sảnh chờ' }));
  if (required) ok(await client.post(`/api/centers/${DEMO_CENTER_ID}/pairing`, { requirePairing: true }));
  return code;
}

/** /admin with the manager signed in, its devices panel ready. */
async function openAdmin(): Promise<Page> {
  const admin = await s.open(s.screen('/admin'));
  await signIn(admin, 'quanly');
  await expect.poll(() => admin.getByTestId('devices-panel').getByTestId('require-pairing').isEnabled()).toBe(true);
  return admin;
}

/** A fresh wall turned away, gone on to /pair. */
async function wallAtPair(): Promise<Page> {
  const wall = await s.open(s.screen('/wall'), { width: 1920, height: 1080 });
  await expect.poll(() => wall.getByTestId('not-paired').textContent()).toContain('Màn hình này chưa được ghép nối');
  await wall.getByTestId('go-pair').click();
  await wall.waitForURL(/\/pair$/);
  return wall;
}

describe('pairing a wall display', () => {
  it('lets a manager issue a wall code on /admin, shown large with its validity', async () => {
    const admin = await s.open(s.screen('/admin'));
    await admin.getByTestId('login-username').fill('quanly');
    await admin.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await admin.getByTestId('login-submit').click();
    const panel = admin.getByTestId('devices-panel');
    await expect.poll(() => panel.getByTestId('require-pairing').isEnabled()).toBe(true);
    await panel.getByTestId('device-kind').selectOption('wall');
    await panel.getByTestId('device-name').fill('Màn hình sảnh chờ');
    await panel.getByTestId('device-issue').click();
    await expect.poll(() => panel.getByTestId('device-code').textContent()).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(await panelSays(admin, 'hiệu lực 24 giờ')).toBe(1);
    await expect.poll(deviceLine(admin)).toMatch(/Màn hình gọi số — Màn hình sảnh chờ\s*Chờ nhập mã/);
  });

  it('turns on "paired screens only"', async () => {
    await wallCode(await manager(), { required: false });
    const admin = await openAdmin();
    await expect.poll(deviceLine(admin)).toMatch(/Chờ nhập mã/);
    await admin.getByTestId('require-pairing').check();
    // The line under the switch follows the server's answer.
    await expect.poll(() => panelSays(admin, 'Đã bật')).toBe(1);
  });

  it('turns a fresh, unpaired wall away with the way to /pair', async () => {
    await wallCode(await manager(), { required: true });
    const wall = await s.open(s.screen('/wall'), { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('not-paired').textContent()).toContain('Màn hình này chưa được ghép nối');
    expect(await wall.getByTestId('counter-1').count()).toBe(0);
    await wall.getByTestId('go-pair').click();
    await wall.waitForURL(/\/pair$/);
  });

  it('says so, large, when the code is wrong', async () => {
    await wallCode(await manager(), { required: true });
    const wall = await wallAtPair();
    await wall.getByTestId('pair-code').fill('ABCDEFGH');
    await wall.getByTestId('pair-submit').click();
    await expect.poll(() => wall.getByTestId('pair-error').textContent()).toContain('Không tìm thấy');
  });

  it('pairs with the code typed in lower case and opens the wall of the center with its counters', async () => {
    const code = await wallCode(await manager(), { required: true });
    const wall = await wallAtPair();
    await wall.getByTestId('pair-code').fill(code.toLowerCase());
    expect(await wall.getByTestId('pair-code').inputValue()).toBe(code);
    await wall.getByTestId('pair-submit').click();
    await wall.waitForURL(`${s.server.baseUrl}/wall?center=${DEMO_CENTER_ID}`);
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
    expect(await wall.getByTestId('not-paired').count()).toBe(0);
  });

  it('shows the device as paired to the manager', async () => {
    const code = await wallCode(await manager(), { required: true });
    const admin = await openAdmin();
    // The wall pairs while /admin is open.
    const paired = await fetch(`${s.server.baseUrl}/api/devices/pair`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    expect(paired.status).toBe(200);

    await admin.reload();
    await expect.poll(deviceLine(admin)).toContain('Đã ghép nối');
    expect(await admin.getByTestId('require-pairing').isChecked()).toBe(true);
  });

  it('turns the wall away again as soon as the manager revokes it', async () => {
    const code = await wallCode(await manager(), { required: true });
    const wall = await wallAtPair();
    await wall.getByTestId('pair-code').fill(code);
    await wall.getByTestId('pair-submit').click();
    await wall.waitForURL(`${s.server.baseUrl}/wall?center=${DEMO_CENTER_ID}`);
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
    const admin = await openAdmin();
    await expect.poll(deviceLine(admin)).toContain('Đã ghép nối');

    const revoke = admin.getByTestId('devices-panel').locator('[data-testid^="device-revoke-"]');
    await expect.poll(() => revoke.count()).toBe(1);
    await revoke.click();
    await expect.poll(deviceLine(admin)).toContain('Đã thu hồi');
    await expect.poll(() => wall.getByTestId('not-paired').isVisible()).toBe(true);
    expect(await wall.getByTestId('counter-1').count()).toBe(0);
  });
});
