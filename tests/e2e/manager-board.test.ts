// The manager board in a real browser: it follows the center live — a ticket issued at the kiosk
// shows on the board without a reload — and its reports tab answers from the API. Each test starts
// from its own server, issues its own tickets and signs its own board in.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, MONDAY_9AM } from '../support/test-server.js';

const s = useScreens({ at: MONDAY_9AM });

const issueBirth = () => s.issue([s.catalog.procedureNamed('Đăng ký khai sinh')]);

/** The board with the manager signed in, once it shows `waiting` tickets in field A. */
async function openBoard(waiting: string): Promise<Page> {
  const board = await s.open(`${s.server.baseUrl}/board?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
  await signIn(board, 'quanly');
  await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe(waiting);
  return board;
}

describe('manager board', () => {
  it('signs the manager in and shows the empty day', async () => {
    const board = await s.open(`${s.server.baseUrl}/board?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
    await board.getByTestId('login-username').fill('quanly');
    await board.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await board.getByTestId('login-submit').click();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('0');
  });

  it('updates when a ticket is issued, without a reload', async () => {
    const board = await openBoard('0');
    await board.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('1');
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-waiting-A').textContent()).toBe('2');
    expect(await board.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');
  });

  it('raises an alert once someone has waited longer than 30 minutes', async () => {
    await issueBirth();
    await issueBirth();
    const board = await openBoard('2');
    s.server.clock.advance(31 * 60_000);
    // Any event re-reads the board with the server's new time.
    await issueBirth();
    await expect.poll(() => board.getByTestId('board-alerts').textContent()).toContain('31');
  });

  it('shows the day’s report in the reports tab', async () => {
    for (let i = 0; i < 3; i++) await issueBirth();
    const board = await openBoard('3');
    await board.getByTestId('tab-reports').click();
    await board.getByTestId('report-run').click();
    await expect.poll(() => board.getByTestId('report-total-tickets').textContent()).toBe('3');
  });
});
