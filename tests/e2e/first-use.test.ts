// Start-up and first use in a real browser (issue #14): every screen tells the server's time, even
// when the server's clock is set days away from the browser's (MOTCUA_CLOCK); the home page links
// every screen that opens something useful, with its parameters; the tickets' QR codes carry the
// center's public address (MOTCUA_PUBLIC_URL, or the one an admin sets), not the kiosk's localhost.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PROVINCE, seedDemoProvince } from '../../server/demo/demo-province.js';
import { openPage } from '../support/browser.js';
import { signIn, useScreens } from '../support/screens.js';
import { RUN_AT, NEXT_MONDAY, vnTime } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer } from '../support/test-server.js';

const TABLET = { width: 1280, height: 800 };
const KIOSK = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 780 };
const COUNTER_PC = { width: 1366, height: 768 };

// The server's clock stands still at a time of the test week (days from the browser's), and at an
// hour the browser's clock is not showing now, so a device time on screen cannot pass for it.
const browserHour = Number(
  new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', hourCycle: 'h23' }).format(RUN_AT),
);
const SERVER_TIME = browserHour === 9 || browserHour === 8 ? '14:30' : '09:00';

// Half a minute in: the test clock stands still, and the phone's reading of it is off by the
// milliseconds an answer takes, which must not turn 09:00 into 08:59.
const SERVER_AT = vnTime(NEXT_MONDAY, SERVER_TIME) + 30_000;
const s = useScreens({ at: SERVER_AT });

/** A ticket taken at the kiosk screen; the QR code's address on its slip. */
async function kioskQr(kiosk: Page, procedureId: number): Promise<string> {
  // No print dialog in a headless test.
  await kiosk.evaluate(() => (window.print = () => {}));
  await kiosk.getByTestId('field-A').click();
  await kiosk.getByTestId(`procedure-${procedureId}`).click();
  await kiosk.getByTestId('priority-none').click();
  await kiosk.getByTestId('take-ticket').click();
  await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('A00');
  return kiosk
    .locator('.mc-print-area')
    .getByTestId('slip-qr')
    .evaluate((el) => (el as HTMLElement & { value: string }).value);
}

describe("every screen shows the server's time", () => {
  it('the rating tablet, the pairing page and the phone’s "updated at", like the kiosk and the wall', async () => {
    const rating = await s.open(`${s.server.baseUrl}/rating?center=${DEMO_CENTER_ID}&counter=1`, TABLET);
    await expect.poll(() => rating.locator('mc-clock .time').textContent()).toBe(SERVER_TIME);

    const pair = await s.open(`${s.server.baseUrl}/pair`, TABLET);
    await expect.poll(() => pair.locator('mc-clock .time').textContent()).toBe(SERVER_TIME);

    const issued = await s.issue([s.catalog.procedureIds('A')[0]]);
    const phone = await s.open(`${s.server.baseUrl}/status?t=${issued.statusToken}`, PHONE);
    await expect.poll(() => phone.locator('.updated').textContent()).toContain(`Cập nhật lúc ${SERVER_TIME}`);

    const kiosk = await s.open(s.screen('/kiosk'), KIOSK);
    await expect.poll(() => kiosk.locator('mc-clock .time').textContent()).toBe(SERVER_TIME);
  });
});

describe('the home page', () => {
  it('links every screen that opens something, with what it needs: the rating tablet at a counter, the province board where there are wards', async () => {
    expect(await seedDemoProvince(s.server.store, s.server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    const home = await s.open(`${s.server.baseUrl}/`, COUNTER_PC);
    const ward = home.getByTestId(`home-center-${DEMO_CENTER_ID}`);
    await expect.poll(() => ward.locator('a[href^="/rating"]').getAttribute('href')).toBe(`/rating?center=${DEMO_CENTER_ID}&counter=1`);
    // A ward has no province board; the province center has.
    expect(await ward.locator('a[href^="/province"]').count()).toBe(0);
    const province = home.getByTestId(`home-center-${DEMO_PROVINCE.id}`);
    expect(await province.locator('a[href^="/province"]').getAttribute('href')).toBe(`/province?center=${DEMO_PROVINCE.id}`);
    expect(await home.locator('a[href="/pair"]').count()).toBe(1);
    // The status page needs a ticket's token: it is opened from the slip's QR code, never from here.
    expect(await home.locator('a[href^="/status"]').count()).toBe(0);
    for (const path of ['/kiosk', '/wall', '/counter', '/reception', '/booking', '/leader', '/admin', '/board']) {
      expect(await ward.locator(`a[href="${path}?center=${DEMO_CENTER_ID}"]`).count(), path).toBe(1);
    }

    await ward.locator('a[href^="/rating"]').click();
    await expect.poll(() => home.getByTestId('rating-idle').count()).toBe(1);
  });
});

describe("the tickets' QR code", () => {
  it('carries the public address a manager sets on /admin, after refusing one that is not a full http(s) address', async () => {
    const admin = await s.open(s.screen('/admin'), COUNTER_PC);
    await signIn(admin, 'quanly');
    const panel = admin.getByTestId('center-rules');
    await panel.getByTestId('public-url').fill('localhost:3000');
    await panel.getByTestId('public-url-save').click();
    await expect
      .poll(() => admin.getByTestId('admin-error').textContent())
      .toContain('Địa chỉ công khai (mã QR trên phiếu): phải là một địa chỉ đầy đủ bắt đầu bằng http:// hoặc https://');

    await panel.getByTestId('public-url').fill('https://motcua.hoabinh.example.vn/');
    await panel.getByTestId('public-url-save').click();
    await expect.poll(() => panel.getByTestId('public-url-now').textContent()).toContain('https://motcua.hoabinh.example.vn');

    const kiosk = await s.open(s.screen('/kiosk'), KIOSK);
    expect(await kioskQr(kiosk, s.catalog.procedureIds('A')[0])).toMatch(/^https:\/\/motcua\.hoabinh\.example\.vn\/status\?t=[\w-]{22,}$/);
  });

  it('carries MOTCUA_PUBLIC_URL where the center has set none, whatever address the kiosk was opened at', async () => {
    const server = await startTestServer(SERVER_AT, {
      distDir: resolve('dist'),
      publicUrl: 'http://192.168.1.10:3000',
    });
    // The kiosk opened as the loopback address it runs on (the same seed: the same procedure ids).
    const kiosk = await openPage(s.browser, `${server.baseUrl}/kiosk?center=${DEMO_CENTER_ID}`, KIOSK);
    try {
      expect(await kioskQr(kiosk, s.catalog.procedureIds('A')[0])).toMatch(/^http:\/\/192\.168\.1\.10:3000\/status\?t=/);
    } finally {
      await kiosk.context().close();
      await server.stop();
    }
  });
});
