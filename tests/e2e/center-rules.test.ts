// A manager sets the queue rules and the call line on /admin in a real browser: what is saved is what
// the server then applies, and an open counter terminal follows at once; a call line without
// {counter} is refused with a message and changes nothing. Each test starts from its own server and
// opens its own screens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CatalogView, CenterInfo } from '../../shared/types.js';
import { pageErrors } from '../support/browser.js';
import { demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();

const center = async (): Promise<CenterInfo> =>
  ok(await new ApiClient(s.server).get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`)).center;

/** /admin with the manager signed in. */
async function openAdmin(): Promise<Page> {
  const admin = await s.open(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
  await signIn(admin, 'quanly');
  return admin;
}

describe('queue rules and call line on /admin', () => {
  it('shows the current rules, and saves strict priority with a 45-minute board alert', async () => {
    const admin = await openAdmin();
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
    const counter = await s.open(`${s.server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
    await counter.getByTestId('login-username').fill('canbo1');
    await counter.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await counter.getByTestId('login-submit').click();
    await counter.getByTestId('pick-counter-1').click();
    const kiosk = new ApiClient(s.server);
    await issue(kiosk, [(await demoCatalog(kiosk)).procedureIds('A')[0]]);
    await expect.poll(() => counter.getByTestId('call-next').isEnabled()).toBe(true);
    await counter.getByTestId('call-next').click();
    // Called, never recalled: the demo asks for 2 recalls first.
    await expect.poll(() => counter.getByTestId('recall').isEnabled()).toBe(true);
    expect(await counter.getByTestId('no-show').isEnabled()).toBe(false);

    const manager = await signedIn(s.server, 'quanly', DEMO_PASSWORDS.demo);
    ok(
      await manager.post(`/api/centers/${DEMO_CENTER_ID}/queue-rules`, {
        priorityMode: 'strict',
        priorityEvery: 3,
        recallsBeforeNoShow: 0,
        waitAlertMinutes: 45,
      }),
    );
    await expect.poll(() => counter.getByTestId('no-show').isEnabled()).toBe(true);
    await counter.context().close();
  });

  it('tells phones 10 minutes before the predicted call instead of 3 places ahead, once saved', async () => {
    const admin = await openAdmin();
    const panel = admin.getByTestId('center-rules');
    await expect.poll(() => panel.getByTestId('near-places').isChecked()).toBe(true);
    expect(await panel.getByTestId('near-at').inputValue()).toBe('3');
    await panel.getByTestId('near-minutes').check();
    await panel.getByTestId('near-at').fill('10');
    await panel.getByTestId('near-save').click();
    await expect.poll(() => panel.getByText('Đã lưu.').count()).toBe(1);
    expect(await center()).toMatchObject({ nearNoticeBy: 'minutes', nearNoticeAt: 10 });
  });

  it('refuses a call line without {counter}, saying why, and keeps the old one', async () => {
    const admin = await openAdmin();
    const before = (await center()).voiceTemplateVi;
    const panel = admin.getByTestId('center-rules');
    // The panel has loaded the center's call line.
    await expect.poll(() => panel.getByTestId('voice-vi').inputValue()).toBe(before);
    await panel.getByTestId('voice-vi').fill('Mời công dân có số {number}');
    await panel.getByTestId('voice-save').click();
    await expect
      .poll(() => admin.getByTestId('admin-error').textContent())
      .toContain('Mỗi câu phải có {number} (số phiếu) và {counter} (số quầy).');
    expect((await center()).voiceTemplateVi).toBe(before);

    await panel.getByTestId('voice-vi').fill('Xin mời số {number} đến quầy {counter}');
    await panel.getByTestId('voice-save').click();
    await expect.poll(async () => (await center()).voiceTemplateVi).toBe('Xin mời số {number} đến quầy {counter}');
    expect(pageErrors).toEqual([]);
  });
});
