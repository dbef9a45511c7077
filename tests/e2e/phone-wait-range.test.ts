// The phone page's wait range in Chromium: it says the range in plain words and changes as the
// queue moves, without a reload. The test clock stands still, so the figures are checked by hand:
// with no history every call takes the fallback 8 minutes; after one call of 5 minutes, 5.
import { describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { useScreens } from '../support/screens.js';

const s = useScreens();
const PHONE = { width: 360, height: 740 };

describe('the wait range on the phone', () => {
  it('reads "khoảng 24 phút" behind three tickets, then "khoảng 10 phút" after a call of 5 minutes', async () => {
    const b = s.catalog.procedureIds('B')[0];
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 4; i++) tickets.push(await s.issue([b]));
    const { canbo3 } = await signInAll(s.server, ['canbo3'] as const);
    const counter3 = new Desk(canbo3, s.catalog.counterId(3));
    await counter3.open();

    const phone = await s.open(`${s.server.baseUrl}/status?t=${tickets[3].statusToken}`, PHONE);
    const estimate = async () => (await phone.getByTestId('status-estimate').textContent())?.replace(/\s+/g, ' ').trim();
    await expect.poll(estimate, { timeout: 10_000 }).toBe('Thời gian chờ dự kiến: khoảng 24 phút');
    await phone.screenshot({ path: '/tmp/phone-wait-range-before.png' });

    const first = await counter3.callNext();
    s.server.clock.advance(5 * 60_000);
    await counter3.act('start');
    await counter3.finish(first);
    await expect.poll(estimate, { timeout: 10_000 }).toBe('Thời gian chờ dự kiến: khoảng 10 phút');
    expect(await phone.getByTestId('status-ahead').textContent()).toContain('2');
    await phone.screenshot({ path: '/tmp/phone-wait-range-after.png' });
  });
});
