// A manager sets the queue rules and the call line on /admin in a real browser: what is saved is what
// the server then applies, and an open counter terminal follows at once; a call line without
// {counter} is refused with a message and changes nothing.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogView, CenterInfo } from '../../shared/types.js';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let browser: Browser;
let admin: Page;

const center = async (): Promise<CenterInfo> =>
  ok(await new ApiClient(server).get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`)).center;

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
  admin = await openPage(browser, `${server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
  await admin.getByTestId('login-username').fill('quanly');
  await admin.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
  await admin.getByTestId('login-submit').click();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('queue rules and call line on /admin', () => {
  it('shows the current rules, and saves strict priority with a 45-minute board alert', async () => {
    const panel = admin.getByTestId('center-rules');
    await expect.poll(() => panel.getByTestId('priority-interleaved').isChecked()).toBe(true);
    expect(await panel.getByTestId('priority-every').inputValue()).toBe('3');
    await panel.getByTestId('priority-strict').check();
    // N only means something when interleaving.
    expect(await panel.getByTestId('priority-every').isDisabled()).toBe(true);
    await panel.getByTestId('wait-alert-minutes').fill('45');
    expect(await panel.getByText('Có thay đổi chưa lưu').count()).toBe(1);
    await panel.getByTestId('queue-rules-save').click();
    await expect.poll(() => panel.getByText('Đã lưu.').count()).toBe(1);
    expect(await center()).toMatchObject({ priorityMode: 'strict', waitAlertMinutes: 45, priorityEvery: 3 });
  });

  it("enables a clerk's No-show at once when the manager drops the recalls it needs", async () => {
    const counter = await openPage(browser, `${server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
    await counter.getByTestId('login-username').fill('canbo1');
    await counter.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await counter.getByTestId('login-submit').click();
    await counter.getByTestId('pick-counter-1').click();
    const kiosk = new ApiClient(server);
    await issue(kiosk, [(await demoCatalog(kiosk)).procedureIds('A')[0]!]);
    await expect.poll(() => counter.getByTestId('call-next').isEnabled()).toBe(true);
    await counter.getByTestId('call-next').click();
    // Called, never recalled: the demo asks for 2 recalls first.
    await expect.poll(() => counter.getByTestId('recall').isEnabled()).toBe(true);
    expect(await counter.getByTestId('no-show').isEnabled()).toBe(false);

    const manager = await signedIn(server, 'quanly', DEMO_PASSWORDS.demo);
    ok(await manager.post(`/api/centers/${DEMO_CENTER_ID}/queue-rules`, {
      priorityMode: 'strict', priorityEvery: 3, recallsBeforeNoShow: 0, waitAlertMinutes: 45,
    }));
    await expect.poll(() => counter.getByTestId('no-show').isEnabled()).toBe(true);
    await counter.context().close();
  });

  it('refuses a call line without {counter}, saying why, and keeps the old one', async () => {
    const before = (await center()).voiceTemplateVi;
    const panel = admin.getByTestId('center-rules');
    await panel.getByTestId('voice-vi').fill('Mời công dân có số {number}');
    await panel.getByTestId('voice-save').click();
    await expect.poll(() => admin.getByTestId('admin-error').textContent()).toContain('Mỗi câu phải có {number} (số phiếu) và {counter} (số quầy).');
    expect((await center()).voiceTemplateVi).toBe(before);

    await panel.getByTestId('voice-vi').fill('Xin mời số {number} đến quầy {counter}');
    await panel.getByTestId('voice-save').click();
    await expect.poll(async () => (await center()).voiceTemplateVi).toBe('Xin mời số {number} đến quầy {counter}');
    expect(pageErrors).toEqual([]);
  });
});
