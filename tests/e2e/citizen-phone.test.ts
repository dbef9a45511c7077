// The citizen's phone, without a camera: the QR code's address is read from the kiosk's slip and
// opened on a 360-px phone, which then follows the ticket live — the call with its counter (and a
// vibration), a transfer, the end, the rating, and a lost connection.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { Desk, demoCatalog, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { signInAll } from '../support/clock-and-roles.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';
import type { TicketView } from '../../shared/types.js';

let server: TestServer;
let browser: Browser;
let catalog: DemoCatalog;
let phone: Page;
let statusUrl = '';
let number = '';
let counter3: Desk;
let counter2: Desk;

beforeAll(async () => {
  server = await startTestServer(undefined, { distDir: resolve('dist') });
  browser = await launchBrowser();
  catalog = await demoCatalog(new ApiClient(server));
  const staff = await signInAll(server, ['canbo2', 'canbo3'] as const);
  counter3 = new Desk(staff.canbo3, catalog.counterId(3));
  counter2 = new Desk(staff.canbo2, catalog.counterId(2));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('a citizen follows the ticket on the phone', () => {
  it('the kiosk slip carries a QR code of the status page, with a token and not the number', async () => {
    const kiosk = await openPage(browser, `${server.baseUrl}/kiosk?center=${DEMO_CENTER_ID}`, { width: 1280, height: 800 });
    // No print dialog in a headless test.
    await kiosk.evaluate(() => (window.print = () => {}));
    await kiosk.getByTestId('field-B').click();
    await kiosk.getByTestId(`procedure-${catalog.procedureIds('B')[0]}`).click();
    await kiosk.getByTestId('priority-none').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('B001');
    number = 'B001';
    const qr = kiosk.locator('.mc-print-area').getByTestId('slip-qr');
    statusUrl = await qr.evaluate((el) => (el as HTMLElement & { value: string }).value);
    expect(statusUrl).toMatch(new RegExp(`^${server.baseUrl}/status\\?t=[\\w-]{22,}$`));
    expect(statusUrl).not.toContain(number);
    expect(await qr.locator('svg').getAttribute('aria-label')).toContain(number);
  });

  it('the phone shows the number, its procedure and nobody ahead', async () => {
    phone = await openPage(browser, statusUrl, { width: 360, height: 740 });
    // Record vibrations: the test browser has no motor.
    await phone.evaluate(() => {
      const w = window as Window & { vibrations?: unknown[] };
      w.vibrations = [];
      navigator.vibrate = (pattern: VibratePattern | Iterable<number>) => (w.vibrations!.push(pattern), true);
    });
    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(number);
    await expect.poll(() => phone.getByTestId('status-ahead').textContent()).toContain('Bạn là người tiếp theo');
    expect(await phone.getByTestId('status-procedures').textContent()).toContain('Chứng thực bản sao từ bản chính');
    // Fits a 360-px phone: nothing wider than the screen.
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  });

  it('when counter 3 calls the ticket, the phone says "Mời anh/chị đến quầy số 3" and vibrates', async () => {
    await counter3.open();
    const called = await counter3.callNext();
    expect(called.number).toBe(number);
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('Mời anh/chị đến quầy số 3');
    expect(await phone.evaluate(() => (window as Window & { vibrations?: unknown[] }).vibrations?.length)).toBe(1);
  });

  it('after a transfer to counter 2 it says where to wait now', async () => {
    ok(await counter3.act('transfer', { toCounterId: catalog.counterId(2) }));
    await expect.poll(() => phone.getByTestId('status-transfer').textContent()).toContain('quầy số 2');
    expect(await phone.getByTestId('status-counters').textContent()).toBe('2');
  });

  it('once done, the phone offers the rating; "Chưa hài lòng" asks why, and the answer is stored', async () => {
    await counter2.open();
    const ticket: TicketView = await counter2.callNext();
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('quầy số 2');
    await counter2.serve(ticket);
    await expect.poll(() => phone.getByTestId('status-done').isVisible()).toBe(true);
    await phone.getByTestId('rate-unsatisfied').click();
    await phone.getByTestId('reason-waiting-time').click();
    await phone.getByTestId('rate-send').click();
    await expect.poll(() => phone.getByTestId('rating-thanks').isVisible()).toBe(true);
    expect(server.store.first('SELECT score, reasons, source FROM ratings WHERE ticket_id = ?', ticket.id)).toEqual({
      score: 'unsatisfied',
      reasons: '["waiting-time"]',
      source: 'phone',
    });
  });

  it('shows "mất kết nối" while the server is away and catches up by itself', async () => {
    await server.pause();
    await expect.poll(() => phone.getByTestId('connection-lost').isVisible(), { timeout: 15_000 }).toBe(true);
    await server.resume();
    await expect.poll(() => phone.getByTestId('connection-lost').count(), { timeout: 20_000 }).toBe(0);
    expect(await phone.getByTestId('status-done').isVisible()).toBe(true);
  });

  it('a made-up token shows that the ticket was not found, and nothing else', async () => {
    const stranger = await openPage(browser, `${server.baseUrl}/status?t=${'A'.repeat(24)}`, { width: 360, height: 740 });
    await expect.poll(() => stranger.getByTestId('status-not-found').isVisible()).toBe(true);
    expect(await stranger.getByTestId('status-number').count()).toBe(0);
  });

  it('raised no script error', () => {
    expect(pageErrors).toEqual([]);
  });
});
