// Every screen comes back by itself after the server restarts. A SIGTERM drains the server
// (server/ops/shutdown.ts), which tells every socket `io server disconnect` — a reason after which
// socket.io-client does not retry on its own. The citizen's phone, the wall and a counter terminal
// stay open across the drain and the new start on the same port and database file, and each shows
// the next call without a reload. Each test starts from its own server, opens the screens it
// follows and drains the server itself.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { closeSockets, connectSocket } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { signInAtCounter, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();

/** Comes back after a drain: socket.io's own retries, then our backoff, with room for a slow machine. */
const BACK = { timeout: 30_000 };

/** The text of a test id, '' while it is not on the page (textContent() would wait for it without end). */
const text = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .allTextContents()
    .then((all) => all.join(' '));

/** A B ticket waiting, and counter 3 (which serves B first) opened by canbo3 over the API. */
async function waitingTicket(): Promise<{ issued: IssuedTicket; number: string; counter3: Desk }> {
  const { canbo3 } = await signInAll(s.server, ['canbo3'] as const);
  const counter3 = new Desk(canbo3, s.catalog.counterId(3));
  await counter3.open();
  const issued = await s.issue([s.catalog.procedureIds('B')[0]]);
  return { issued, number: issued.ticket.number, counter3 };
}

const openPhone = (issued: IssuedTicket) => s.open(`${s.server.baseUrl}/status?t=${issued.statusToken}`, { width: 360, height: 740 });
const openWall = () => s.open(`${s.server.baseUrl}/wall?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
async function openTerminal(): Promise<Page> {
  const terminal = await s.open(`${s.server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
  await signInAtCounter(terminal, 'canbo1', 1);
  return terminal;
}

/** Drains and starts the server again; resolves once a witness socket was told `io server disconnect`. */
async function drainAndRestart(): Promise<string> {
  // A witness socket hears what the screens hear.
  const witness = await connectSocket(s.server.baseUrl);
  const reason = new Promise<string>((done) => witness.once('disconnect', done));
  await s.server.drainAndRestart();
  const said = await reason;
  closeSockets();
  return said;
}

describe('after a SIGTERM drain and a new start, every screen follows the queue again without a reload', () => {
  it('before the restart: the phone, the wall and counter 1 show the waiting ticket', async () => {
    const { issued, number } = await waitingTicket();
    const phone = await openPhone(issued);
    const wall = await openWall();
    const terminal = await s.open(`${s.server.baseUrl}/counter?center=${DEMO_CENTER_ID}`);
    await terminal.getByTestId('login-username').fill('canbo1');
    await terminal.getByTestId('login-password').fill(DEMO_PASSWORDS.demo);
    await terminal.getByTestId('login-submit').click();
    await terminal.getByTestId('pick-counter-1').click();

    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(number);
    await expect.poll(() => wall.getByTestId('counter-3').locator('h2').textContent()).toBe('Quầy 3');
    await expect.poll(() => terminal.getByTestId(`queue-row-${number}`).count()).toBe(1);
  });

  it('the drain tells every screen `io server disconnect`; after the new start, Call next reaches the phone', async () => {
    const { issued, number, counter3 } = await waitingTicket();
    const phone = await openPhone(issued);
    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(number);

    expect(await drainAndRestart()).toBe('io server disconnect');
    const called = await counter3.callNext();
    expect(called.number).toBe(number);
    await expect.poll(() => text(phone, 'status-counter'), BACK).toContain('Mời anh/chị đến quầy số 3');
    await expect.poll(() => phone.getByTestId('connection-lost').count(), BACK).toBe(0);
  }, 60_000);

  it('the wall announces the call made after the restart', async () => {
    const { number, counter3 } = await waitingTicket();
    const wall = await openWall();
    await expect.poll(() => wall.getByTestId('counter-3').locator('h2').textContent()).toBe('Quầy 3');
    expect(await drainAndRestart()).toBe('io server disconnect');
    expect((await counter3.callNext()).number).toBe(number);

    await expect.poll(() => text(wall, 'counter-3-ticket'), BACK).toContain(number);
    await expect.poll(() => wall.getByTestId('connection-lost').count(), BACK).toBe(0);
  }, 60_000);

  it("counter 1's terminal drops the called ticket and lists one issued after the restart", async () => {
    const { number, counter3 } = await waitingTicket();
    const terminal = await openTerminal();
    await expect.poll(() => terminal.getByTestId(`queue-row-${number}`).count()).toBe(1);
    expect(await drainAndRestart()).toBe('io server disconnect');
    expect((await counter3.callNext()).number).toBe(number);

    const next = (await s.issue([s.catalog.procedureIds('B')[0]])).ticket.number;
    await expect.poll(() => terminal.getByTestId(`queue-row-${next}`).count(), BACK).toBe(1);
    expect(await terminal.getByTestId(`queue-row-${number}`).count()).toBe(0);
    expect(await terminal.getByTestId('connection-lost').count()).toBe(0);
  }, 60_000);
});
