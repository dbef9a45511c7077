// No-wait Friday in a real browser: on a (clock-set) Friday a citizen takes a listed procedure at
// the kiosk with a complete dossier, gets a fast-lane ticket, and a clerk and a leader walk it
// through the four on-site steps: received, appraised, approved, result returned.
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CatalogView } from '../../shared/types.js';
import { launchBrowser, openPage, pageErrors } from '../support/browser.js';
import { NEXT_FRIDAY, vnTime } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

/** 09:00 in Hà Nội on the Friday of the run's test week (an ordinary working day after today). */
const FRIDAY_9AM = vnTime(NEXT_FRIDAY, '09:00');

let server: TestServer;
let browser: Browser;
let kiosk: Page;
let counter: Page;
let leader: Page;
let birthId: number;

const screen = (path: string) => `${server.baseUrl}${path}?center=${DEMO_CENTER_ID}`;

async function signIn(page: Page, username: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
  await page.getByTestId('login-submit').click();
}

const stepDone = (step: string) => counter.getByTestId(`step-${step}`).getAttribute('data-done');

beforeAll(async () => {
  server = await startTestServer(FRIDAY_9AM, { distDir: resolve('dist') });
  browser = await launchBrowser();
  const catalog = (await (await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/catalog`)).json()) as CatalogView;
  birthId = catalog.procedures.find((p) => p.nameVi === 'Đăng ký khai sinh')!.id;
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('No-wait Friday, from the kiosk to the result', () => {
  it('marks birth registration as same-day at the kiosk and shows its checklist', async () => {
    kiosk = await openPage(browser, screen('/kiosk'), { width: 1280, height: 800 });
    await kiosk.getByTestId('field-A').click();
    await expect.poll(() => kiosk.getByTestId(`fast-track-badge-${birthId}`).count()).toBe(1);
    await kiosk.getByTestId(`procedure-${birthId}`).click();
    await expect.poll(() => kiosk.getByTestId('checklist').textContent()).toContain('Giấy chứng sinh');
  });

  it('gives a fast-lane ticket N001 for a complete dossier that needs no verification', async () => {
    await kiosk.getByTestId('dossier-complete-yes').click();
    await kiosk.getByTestId('needs-verification-no').click();
    await kiosk.getByTestId('checklist-continue').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('N001');
    expect(await kiosk.getByTestId('lane').getAttribute('data-lane')).toBe('fast');
  });

  it('lets the clerk at the fast-track counter call it first, receive and appraise it', async () => {
    // An earlier-looking walk-in in the same field must not pass the fast lane at counter 1.
    await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ procedureIds: [birthId] }),
    });
    counter = await openPage(browser, screen('/counter'));
    await signIn(counter, 'canbo1');
    await counter.getByTestId('pick-counter-1').click();
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain('N001');
    await counter.getByTestId('start').click();
    await expect.poll(() => stepDone('received')).toBe('true');
    await counter.getByTestId('appraise').click();
    await expect.poll(() => stepDone('appraised')).toBe('true');
    expect(await stepDone('approved')).toBe('false');
  });

  it('refuses to hand over the result before a leader approves', async () => {
    await counter.getByTestId('finish').click();
    expect(await counter.getByTestId('finish-confirm').isDisabled()).toBe(true);
    await counter.keyboard.press('Escape');
  });

  it('lets the leader approve on the spot, and the counter sees it at once', async () => {
    leader = await openPage(browser, screen('/leader'));
    await signIn(leader, 'lanhdao');
    await expect.poll(() => leader.getByTestId('approvals').textContent()).toContain('N001');
    await leader.getByTestId('approve-N001').click();
    await expect.poll(() => stepDone('approved')).toBe('true');
    await expect.poll(() => leader.getByTestId('approval-N001').count()).toBe(0);
  });

  it('returns the result the same day: the fourth step, and a 100 % same-day rate', async () => {
    await counter.getByTestId('finish').click();
    await counter.getByTestId(`outcome-${birthId}`).selectOption('returned');
    await counter.getByTestId('finish-confirm').click();
    await expect.poll(() => leader.getByTestId('fast-track-rate').textContent()).toContain('100');
    // Each step's time is the server's clock (the test's Friday), in order.
    const steps = server.store.first<{ received_at: number; appraised_at: number; approved_at: number; returned_at: number }>(
      "SELECT s.* FROM fast_track_steps s JOIN tickets t ON t.id = s.ticket_id WHERE t.number = 'N001'",
    )!;
    const times = [steps.received_at, steps.appraised_at, steps.approved_at, steps.returned_at];
    expect(times.every((at) => at >= FRIDAY_9AM && at < FRIDAY_9AM + 3600_000)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('raised no script error on any screen', () => {
    expect(pageErrors).toEqual([]);
  });
});
