// The phone page's wait range in Chromium: it says the range in plain words and changes as the
// queue moves, without a reload. The test clock stands still: with no history a call takes the
// fallback 8 minutes give or take half (three ahead: a range around 24); after one call of 5 minutes
// on record (which says little yet: the calls a center lacks of 20 are the fallback's), two ahead: a
// range around 16.
import { describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { useScreens } from '../support/screens.js';

const s = useScreens();
const PHONE = { width: 360, height: 740 };

describe('the wait range on the phone', () => {
  it('reads "khoảng 15–35 phút" or so behind three tickets, then an earlier range once one is called', async () => {
    const b = s.catalog.procedureIds('B')[0];
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 4; i++) tickets.push(await s.issue([b]));
    const { canbo3 } = await signInAll(s.server, ['canbo3'] as const);
    const counter3 = new Desk(canbo3, s.catalog.counterId(3));
    await counter3.open();

    const phone = await s.open(`${s.server.baseUrl}/status?t=${tickets[3].statusToken}`, PHONE);
    const estimate = async () => (await phone.getByTestId('status-estimate').textContent())?.replace(/\s+/g, ' ').trim();
    const range = async () => {
      const m = /^Thời gian chờ dự kiến: khoảng (\d+)–(\d+) phút$/.exec((await estimate()) ?? '');
      return m ? { low: Number(m[1]), high: Number(m[2]) } : null;
    };
    await expect.poll(range, { timeout: 10_000 }).not.toBeNull();
    const before = (await range())!;
    expect(before.low).toBeLessThan(24);
    expect(before.high).toBeGreaterThan(24);
    await phone.screenshot({ path: '/tmp/phone-wait-range-before.png' });

    const first = await counter3.callNext();
    s.server.clock.advance(5 * 60_000);
    await counter3.act('start');
    await counter3.finish(first);
    await expect.poll(async () => (await range())?.high, { timeout: 10_000 }).toBeLessThan(before.high);
    expect((await range())!.low).toBeGreaterThan(2);
    expect((await range())!.high).toBeGreaterThan(16);
    expect(await phone.getByTestId('status-ahead').textContent()).toContain('2');
    await phone.screenshot({ path: '/tmp/phone-wait-range-after.png' });
  });
});
