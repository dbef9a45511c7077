// The citizen's phone, without a camera: the QR code's address is read from the kiosk's slip and
// opened on a 360-px phone, which then follows the ticket live — the call with its counter (and a
// vibration), a transfer, the end, the rating, and a lost connection. Each test starts from its own
// server: a B ticket issued over the API, brought to its state by the counters' API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IssuedTicket, TicketView } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID } from '../support/test-server.js';

const s = useScreens();

const PHONE = { width: 360, height: 740 };

/** B001, its status page's address, and counters 3 and 2 (canbo3, canbo2) over the API. */
async function ticketAndCounters(): Promise<{ issued: IssuedTicket; number: string; statusUrl: string; counter3: Desk; counter2: Desk }> {
  const issued = await s.issue([s.catalog.procedureIds('B')[0]]);
  const staff = await signInAll(s.server, ['canbo2', 'canbo3'] as const);
  return {
    issued,
    number: issued.ticket.number,
    statusUrl: `${s.server.baseUrl}/status?t=${issued.statusToken}`,
    counter3: new Desk(staff.canbo3, s.catalog.counterId(3)),
    counter2: new Desk(staff.canbo2, s.catalog.counterId(2)),
  };
}

/** The status page on a phone that records its vibrations, once it shows the ticket's number. */
async function openPhone(statusUrl: string, number: string): Promise<Page> {
  const phone = await s.open(statusUrl, PHONE);
  // Record vibrations: the test browser has no motor.
  await phone.evaluate(() => {
    const w = window as Window & { vibrations?: unknown[] };
    w.vibrations = [];
    navigator.vibrate = (pattern: VibratePattern | Iterable<number>) => (w.vibrations!.push(pattern), true);
  });
  await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(number);
  return phone;
}

describe('a citizen follows the ticket on the phone', () => {
  it('the kiosk slip carries a QR code of the status page, with a token and not the number', async () => {
    const kiosk = await s.open(`${s.server.baseUrl}/kiosk?center=${DEMO_CENTER_ID}`, { width: 1280, height: 800 });
    // No print dialog in a headless test.
    await kiosk.evaluate(() => (window.print = () => {}));
    await kiosk.getByTestId('field-B').click();
    await kiosk.getByTestId(`procedure-${s.catalog.procedureIds('B')[0]}`).click();
    await kiosk.getByTestId('priority-none').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('B001');
    const number = 'B001';
    const qr = kiosk.locator('.mc-print-area').getByTestId('slip-qr');
    const statusUrl = await qr.evaluate((el) => (el as HTMLElement & { value: string }).value);
    expect(statusUrl).toMatch(new RegExp(`^${s.server.baseUrl}/status\\?t=[\\w-]{22,}$`));
    expect(statusUrl).not.toContain(number);
    expect(await qr.locator('svg').getAttribute('aria-label')).toContain(number);
  });

  it('the phone shows the number, its procedure and nobody ahead', async () => {
    const { number, statusUrl, counter3 } = await ticketAndCounters();
    expect(number).toBe('B001');
    // "Next" only while a counter that serves field B is open to call it.
    await counter3.open();
    const phone = await s.open(statusUrl, PHONE);
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
    const { number, statusUrl, counter3 } = await ticketAndCounters();
    const phone = await openPhone(statusUrl, number);

    await counter3.open();
    const called = await counter3.callNext();
    expect(called.number).toBe(number);
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('Mời anh/chị đến quầy số 3');
    expect(await phone.evaluate(() => (window as Window & { vibrations?: unknown[] }).vibrations?.length)).toBe(1);

    // Recalled once: the second call, as the counter's "Đã gọi lại 1 lần" means.
    s.server.clock.advance(60_000);
    ok(await counter3.act('recall'));
    await expect.poll(() => phone.getByTestId('status-recalled').textContent()).toBe('Lần gọi thứ 2');
  });

  it('after a transfer to counter 2 it says where to wait now', async () => {
    const { number, statusUrl, counter3 } = await ticketAndCounters();
    await counter3.open();
    await counter3.callNext();
    const phone = await openPhone(statusUrl, number);
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('Mời anh/chị đến quầy số 3');

    ok(await counter3.act('transfer', { toCounterId: s.catalog.counterId(2) }));
    await expect.poll(() => phone.getByTestId('status-transfer').textContent()).toContain('quầy số 2');
    expect(await phone.getByTestId('status-counters').textContent()).toBe('2');
  });

  it('once done, the phone offers the rating; "Chưa hài lòng" asks why, and the answer is stored', async () => {
    const { number, statusUrl, counter3, counter2 } = await ticketAndCounters();
    await counter3.open();
    await counter3.callNext();
    ok(await counter3.act('transfer', { toCounterId: s.catalog.counterId(2) }));
    const phone = await openPhone(statusUrl, number);
    await expect.poll(() => phone.getByTestId('status-transfer').textContent()).toContain('quầy số 2');

    await counter2.open();
    const ticket: TicketView = await counter2.callNext();
    await expect.poll(() => phone.getByTestId('status-counter').textContent()).toContain('quầy số 2');
    await counter2.serve(ticket);
    await expect.poll(() => phone.getByTestId('status-done').isVisible()).toBe(true);
    await phone.getByTestId('rate-unsatisfied').click();
    await phone.getByTestId('reason-waiting-time').click();
    await phone.getByTestId('rate-send').click();
    await expect.poll(() => phone.getByTestId('rating-thanks').isVisible()).toBe(true);
    expect(s.server.store.first('SELECT score, reasons, source FROM ratings WHERE ticket_id = ?', ticket.id)).toEqual({
      score: 'unsatisfied',
      reasons: '["waiting-time"]',
      source: 'phone',
    });
  });

  it('shows "mất kết nối" while the server is away and catches up by itself', async () => {
    const { number, statusUrl, counter2 } = await ticketAndCounters();
    await counter2.open();
    await counter2.serve(await counter2.callNext());
    const phone = await openPhone(statusUrl, number);
    await expect.poll(() => phone.getByTestId('status-done').isVisible()).toBe(true);

    await s.server.pause();
    await expect.poll(() => phone.getByTestId('connection-lost').isVisible()).toBe(true);
    await s.server.resume();
    await expect.poll(() => phone.getByTestId('connection-lost').count()).toBe(0);
    expect(await phone.getByTestId('status-done').isVisible()).toBe(true);
  });

  it('a made-up token shows that the ticket was not found, and nothing else', async () => {
    const stranger = await s.open(`${s.server.baseUrl}/status?t=${'A'.repeat(24)}`, PHONE);
    await expect.poll(() => stranger.getByTestId('status-not-found').isVisible()).toBe(true);
    expect(await stranger.getByTestId('status-number').count()).toBe(0);
  });
});
