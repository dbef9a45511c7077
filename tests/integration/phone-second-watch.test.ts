// Two phones on one ticket (the citizen's and a relative's): a phone that starts watching between a
// change and the place round that would tell the first phone of it must not leave that one behind.
// Forecasts are off, so the place round is the only message that could bring the first phone along.
import { describe, expect, it } from 'vitest';
import { counterOneForSuite } from '../support/counter-one.js';
import { issue } from '../support/demo.js';
import { openPhonePage } from '../support/phone-page.js';
import { MONDAY_9AM } from '../support/test-server.js';

describe('a second phone on the same ticket', () => {
  const world = counterOneForSuite(MONDAY_9AM, { autoForecast: false });

  it('joining before the place round leaves the first phone showing what the second one does', async () => {
    const { server, kiosk, desk, catalog } = world();
    const a = catalog.procedureIds('A')[0];
    const tickets = [await issue(kiosk, [a]), await issue(kiosk, [a]), await issue(kiosk, [a])];
    const first = await openPhonePage(server.baseUrl, tickets[2].statusToken);
    expect(first.status.ahead).toBe(2);
    const caughtUp = first.next((s) => s.ahead === 1, 5000);
    // The call moves the third ticket up; its place round is due within a second.
    await desk.callNext();
    const second = await openPhonePage(server.baseUrl, tickets[2].statusToken);
    expect(second.status.ahead).toBe(1);
    expect((await caughtUp).ahead).toBe(second.status.ahead);
  });
});
