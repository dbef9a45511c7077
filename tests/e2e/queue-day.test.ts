// A citizen takes a ticket at the kiosk, a clerk signs in at counter 1 and calls it, and the wall
// display shows and announces it — in a real Chromium against a real server and SQLite file.
// Each test starts from its own server and opens its own screens (tests/support/screens.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desk } from '../support/demo.js';
import { signedIn } from '../support/http-client.js';
import { signInAtCounter, useScreens } from '../support/screens.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();

const birth = () => s.catalog.procedureNamed('Đăng ký khai sinh');

/** The wall, once it shows every counter (it has joined the center's feed). */
async function openWall(): Promise<Page> {
  const wall = await s.open(s.screen('/wall'), { width: 1920, height: 1080 });
  await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
  return wall;
}

/** canbo1 signed in at counter 1 on /counter. */
async function openCounter1(): Promise<Page> {
  const counter = await s.open(s.screen('/counter'));
  await signInAtCounter(counter, 'canbo1', 1);
  return counter;
}

describe('a ticket from the kiosk to the wall display', () => {
  it('shows the wall in Vietnamese with every counter and nobody waiting', async () => {
    const wall = await s.open(s.screen('/wall'), { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
    expect(await wall.getByTestId('waiting-A').textContent()).toContain('0');
  });

  it('issues A001 at the kiosk: field, procedure, no priority, take the ticket', async () => {
    const kiosk = await s.open(s.screen('/kiosk'), { width: 1080, height: 1920 });
    await kiosk.getByTestId('field-A').click();
    await kiosk.getByTestId(`procedure-${birth()}`).click();
    await kiosk.getByTestId('priority-none').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('A001');
  });

  it('counts the new ticket on the wall without a reload', async () => {
    const wall = await openWall();
    expect(await wall.getByTestId('waiting-A').textContent()).toContain('0');
    await s.issue([birth()]);
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toContain('1');
  });

  it('lets a clerk sign in at counter 1 and see A001 first in the queue', async () => {
    expect((await s.issue([birth()])).ticket.number).toBe('A001');
    const counter = await s.open(s.screen('/counter'));
    await counter.getByTestId('login-username').fill('canbo1');
    await counter.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await counter.getByTestId('login-submit').click();
    await counter.getByTestId('pick-counter-1').click();
    await expect.poll(() => counter.getByTestId('queue').textContent()).toContain('A001');
  });

  it('calls A001 with Call next and the wall shows it at counter 1', async () => {
    const wall = await openWall();
    await s.issue([birth()]);
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toContain('1');
    const counter = await openCounter1();
    await expect.poll(() => counter.getByTestId('queue').textContent()).toContain('A001');

    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('counter-1-ticket').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('call-banner').textContent()).toMatch(/A001[\s\S]*Quầy 1/);
    expect(await wall.getByTestId('recent-calls').textContent()).toContain('A001');
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toContain('0');
  });

  it('marks the wall "mất kết nối" while the server is down, and shows the current state once back', async () => {
    // A001 called at counter 1, over the API.
    await s.issue([birth()]);
    const desk = new Desk(await signedIn(s.server, 'canbo1', DEMO_PASSWORDS.demo), s.catalog.counterId(1));
    await desk.open();
    await desk.callNext();
    const wall = await openWall();
    await expect.poll(() => wall.getByTestId('counter-1-ticket').textContent()).toContain('A001');

    await s.server.pause();
    await expect.poll(() => wall.getByTestId('connection-lost').isVisible()).toBe(true);
    expect(await wall.getByTestId('connection-lost').textContent()).toContain('Mất kết nối');
    await s.server.resume();
    await expect.poll(() => wall.getByTestId('connection-lost').count()).toBe(0);
    expect(await wall.getByTestId('counter-1-ticket').textContent()).toContain('A001');
  });
});
