// Phones following a queue that stands still while its wait forecast is worked out again a minute
// later (issue 13): a phone whose page would show the same — the same place, its range in the same
// words — is told nothing; a phone whose words changed gets a small 'ticket:place', not its whole
// status, and its page then shows what the status API gives afresh. When a call moves everyone up,
// the called phone still gets its whole status at once and the others a place each.
import { describe, expect, it } from 'vitest';
import { rangeShown } from '../../shared/rules/range-shown.js';
import type { IssuedTicket, TicketStatus } from '../../shared/types.js';
import { recordEvents, roundTrip } from '../support/center-socket.js';
import { counterOneForSuite } from '../support/counter-one.js';
import { issue } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { openPhonePage } from '../support/phone-page.js';
import { DEMO_CENTER_ID, MONDAY_9AM } from '../support/test-server.js';

/** What a waiting ticket's page shows of its place: the figures, and its range as it is said. */
const looks = (s: TicketStatus) => ({
  state: s.state,
  ahead: s.ahead,
  aheadReason: s.aheadReason,
  callableFrom: s.callableFrom,
  range: s.waitRange && rangeShown(s.waitRange, s.ahead),
});
/** A status with its range as it is said: what a page shows, whatever fractions the server has now. */
const asShown = (s: TicketStatus) => ({ ...s, waitRange: s.waitRange && rangeShown(s.waitRange, s.ahead) });
const PLACE_FIELDS = ['ahead', 'aheadReason', 'callableFrom', 'id', 'waitRange'];

describe('a place round tells a phone only what its page shows, as a small delta', () => {
  // Forecasts run when the test asks, so it knows which round told the phones what.
  const world = counterOneForSuite(MONDAY_9AM, { autoForecast: false });

  it('a forecast a minute later that changes no words is not sent; changed words come as a ticket:place', async () => {
    const { server, kiosk, desk, catalog } = world();
    // Field A: eight walk-ins; counter 1 (the only one open) is busy with the first.
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 8; i++) tickets.push(await issue(kiosk, [catalog.procedureIds('A')[0]]));
    const first = await desk.callNext();
    const waiting = tickets.slice(1);
    const statuses = () => Promise.all(waiting.map(async (t) => ok(await kiosk.get<TicketStatus>(`/api/tickets/status/${t.statusToken}`))));
    const pages = await Promise.all(waiting.map((t) => openPhonePage(server.baseUrl, t.statusToken)));
    const logs = pages.map((p) => recordEvents(p.socket));
    expect(
      pages.every((p) => p.status.waitRange === null),
      'no forecast yet',
    ).toBe(true);
    // The first forecast: every phone is told its range, in the round it started (no other is due).
    await server.app.domain.forecaster.refresh(DEMO_CENTER_ID);
    await expect.poll(() => pages.every((p) => p.status.waitRange !== null), { interval: 50 }).toBe(true);
    const before = await statuses();
    expect(pages.map((p) => p.status)).toEqual(before);

    // A minute on, the queue has not moved; the forecast is worked out again from there.
    let marks = logs.map((l) => l.length);
    server.clock.advance(60_000);
    await server.app.domain.forecaster.refresh(DEMO_CENTER_ID);
    const after = await statuses();
    const same = (i: number) => JSON.stringify(looks(before[i])) === JSON.stringify(looks(after[i]));
    const still = waiting.flatMap((_, i) => (same(i) ? [i] : []));
    const moved = waiting.flatMap((_, i) => (same(i) ? [] : [i]));
    // Both kinds are here: ranges whose words changed, and ranges that moved by minutes the page does not show.
    expect(moved.length).toBeGreaterThan(0);
    expect(still.filter((i) => JSON.stringify(before[i].waitRange) !== JSON.stringify(after[i].waitRange)).length).toBeGreaterThan(0);
    await expect.poll(() => moved.map((i) => looks(pages[i].status)), { interval: 50 }).toEqual(moved.map((i) => looks(after[i])));
    // Whatever the round sent any phone has arrived once these round trips are answered.
    await Promise.all(pages.map((p) => roundTrip(p.socket)));
    expect(
      still.map((i) => logs[i].slice(marks[i]).map((e) => e.name)),
      'phones whose page shows the same',
    ).toEqual(still.map(() => []));
    for (const i of moved) {
      const heard = logs[i].slice(marks[i]);
      expect(heard.map((e) => e.name)).toEqual(heard.map(() => 'ticket:place'));
      for (const { payload } of heard) expect(Object.keys(payload as object).sort()).toEqual(PLACE_FIELDS);
      // The page's merge of it is the status afresh, to the fraction.
      expect(pages[i].status).toEqual(after[i]);
    }

    // Counter 1 finishes and calls the next: everyone behind moves up.
    marks = logs.map((l) => l.length);
    await desk.serve(first);
    const called = await desk.callNext();
    expect(called.id).toBe(waiting[0].ticket.id);
    // Its own call is sent at once, whole, not with the next round of places.
    await roundTrip(pages[0].socket);
    expect(pages[0].status.state).toBe('called');
    // The queue moved: its forecast again, with the 1-minute call on record.
    await server.app.domain.forecaster.refresh(DEMO_CENTER_ID);
    await expect
      .poll(async () => {
        const fresh = await statuses();
        return JSON.stringify(pages.map((p) => asShown(p.status))) === JSON.stringify(fresh.map(asShown));
      })
      .toBe(true);
    await Promise.all(pages.map((p) => roundTrip(p.socket)));
    expect(pages[0].status).toEqual((await statuses())[0]);
    for (const [i, log] of logs.entries()) {
      if (i === 0) continue;
      const heard = log.slice(marks[i]);
      expect(heard.length, `phone ${i} was told it moved up`).toBeGreaterThan(0);
      expect(heard.map((e) => e.name)).toEqual(heard.map(() => 'ticket:place'));
      for (const { payload } of heard) expect(Object.keys(payload as object).sort()).toEqual(PLACE_FIELDS);
    }
  });
});
