// A visit over fields A, B and C in the browser: the reception slip says where each field's
// procedures are served; on a 360×780 phone the status page says, while counter 1 (A, B) serves
// the citizen, where they go after, and once it finishes, live, where they wait next; counter 4
// sees the ticket in its queue as the next part of a visit and records only the C line.
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { inEnglish, signIn, signInAtCounter, useScreens } from '../support/screens.js';

const s = useScreens();
const PHONE = { width: 360, height: 780 };
const COUNTER_PC = { width: 1366, height: 768 };
const SHOTS = '/tmp/shots-routing';
mkdirSync(SHOTS, { recursive: true });

const ticketState = (id: number) => s.server.store.first<{ state: string }>('SELECT state FROM tickets WHERE id = ?', id)?.state;
const visitProcedures = () => ['A', 'B', 'C'].map((prefix) => s.catalog.procedureIds(prefix)[0]);

describe('a visit over fields A, B and C', () => {
  it('the reception slip lists each field’s procedures and the counters that serve them', async () => {
    const desk = await s.open(s.screen('/reception'), COUNTER_PC);
    await signIn(desk, 'tiepdan');
    for (const id of visitProcedures()) await desk.getByTestId(`add-procedure-${id}`).click();
    await desk.getByTestId('issue-ticket').click();
    await expect.poll(() => desk.getByTestId('issued-number').textContent()).toBe('A001');
    const slip = desk.locator('mc-reception-app section.slip mc-ticket-slip');
    // A and B are one stop (counters 1–3 serve both), C another.
    expect(await slip.getByTestId('slip-part').allTextContents()).toEqual(['Tư pháp – Hộ tịch · Chứng thực', 'Cư trú']);
    expect(await slip.getByTestId('slip-part-counters').allTextContents()).toEqual(['Tại quầy 1, 2, 3', 'Tại quầy 4, 6']);
    await slip.scrollIntoViewIfNeeded();
    await slip.screenshot({ path: `${SHOTS}/reception-slip-vi.png` });

    await inEnglish(desk);
    for (const id of visitProcedures()) await desk.getByTestId(`add-procedure-${id}`).click();
    await desk.getByTestId('issue-ticket').click();
    await expect.poll(() => desk.getByTestId('issued-number').textContent()).toBe('A002');
    expect(await slip.getByTestId('slip-part').allTextContents()).toEqual(['Justice – Civil status · Certification', 'Residence']);
    expect(await slip.getByTestId('slip-part-counters').allTextContents()).toEqual(['At counters 1, 2, 3', 'At counters 4, 6']);
    await slip.scrollIntoViewIfNeeded();
    await slip.screenshot({ path: `${SHOTS}/reception-slip-en.png` });
  });

  it('on a 360×780 phone: where to go after counter 1, then, live once it finishes, where the citizen waits next', async () => {
    const [a, b, c] = visitProcedures();
    const issued = await s.issue([a, b, c]);
    const staff = await signInAll(s.server, ['canbo1'] as const);
    const counter1 = new Desk(staff.canbo1, s.catalog.counterId(1));
    await counter1.open();
    const phone = await s.open(`${s.server.baseUrl}/status?t=${issued.statusToken}`, PHONE);
    await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe('A001');
    // Before the call, each procedure says where it is served.
    expect(await phone.getByTestId('status-line-counters').allTextContents()).toEqual([
      'Tại quầy 1, 2, 3',
      'Tại quầy 1, 2, 3',
      'Tại quầy 4, 6',
    ]);

    await counter1.callNext();
    ok(await counter1.act('start'));
    await expect
      .poll(() => phone.getByTestId('status-after').textContent())
      .toContain('Xong ở quầy này, mời chờ gọi tiếp cho lĩnh vực Cư trú tại quầy 4, 6');
    await phone.screenshot({ path: `${SHOTS}/phone-serving-vi.png`, fullPage: true });

    ok(await counter1.act('finish', { outcomes: [a, b].map((procedureId) => ({ procedureId, outcome: 'returned' })) }));
    await expect.poll(() => phone.getByTestId('status-next').textContent()).toContain('Tiếp theo: lĩnh vực Cư trú — chờ gọi tại quầy 4, 6');
    expect(await phone.getByTestId('status-next').textContent()).toContain('Đã xong 2/3 thủ tục.');
    expect(await phone.getByTestId('status-waiting').isVisible()).toBe(true);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: `${SHOTS}/phone-next-vi.png`, fullPage: true });

    await inEnglish(phone);
    await expect
      .poll(() => phone.getByTestId('status-next').textContent())
      .toContain('Next: Residence — wait to be called at counters 4, 6');
    expect(await phone.getByTestId('status-next').textContent()).toContain('2 of 3 procedures done.');
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await phone.screenshot({ path: `${SHOTS}/phone-next-en.png`, fullPage: true });
  });

  it('counter 4 sees the moved-on ticket as the next part of a visit and records only its C line; the wall counts it in C and shows its call', async () => {
    const [a, b, c] = visitProcedures();
    const issued = await s.issue([a, b, c]);
    const staff = await signInAll(s.server, ['canbo1'] as const);
    const counter1 = new Desk(staff.canbo1, s.catalog.counterId(1));
    await counter1.open();
    const wall = await s.open(s.screen('/wall'), { width: 1920, height: 1080 });
    await expect.poll(() => wall.getByTestId('waiting-A').textContent()).toBe('1');
    await counter1.callNext();
    ok(await counter1.act('start'));
    ok(await counter1.act('finish', { outcomes: [a, b].map((procedureId) => ({ procedureId, outcome: 'returned' })) }));
    // Live on the wall: waiting in C now.
    await expect.poll(() => wall.getByTestId('waiting-C').textContent()).toBe('1');
    expect(await wall.getByTestId('waiting-A').textContent()).toBe('0');

    const page = await s.open(s.screen('/counter'), COUNTER_PC);
    await signInAtCounter(page, 'canbo4', 4);
    const row = page.getByTestId('queue-row-A001');
    await expect.poll(() => row.textContent()).toContain('Phần tiếp theo');
    await page.screenshot({ path: `${SHOTS}/counter4-queue-vi.png` });
    await page.getByTestId('call-A001').click();
    await expect.poll(() => page.getByTestId('current-ticket').textContent()).toContain('A001');
    // The wall calls it to counter 4, as any call.
    await expect.poll(() => wall.getByTestId('counter-4-ticket').textContent()).toContain('A001');
    await wall.screenshot({ path: `${SHOTS}/wall-called-at-4.png` });
    expect(await page.getByTestId('current-ticket').textContent()).toContain('Phần tiếp theo');
    await page.screenshot({ path: `${SHOTS}/counter4-current-vi.png` });
    await page.getByTestId('start').click();
    await page.getByTestId('finish').click();
    const panel = page.locator('mc-finish-panel');
    await expect.poll(() => panel.getByTestId(`outcome-${c}`).count()).toBe(1);
    expect(await panel.getByTestId(`outcome-${a}`).count()).toBe(0);
    expect(await panel.getByTestId(`outcome-${b}`).count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/counter4-finish-vi.png` });
    await panel.getByTestId('finish-confirm').click();
    await expect.poll(() => ticketState(issued.ticket.id)).toBe('done');
    await page.screenshot({ path: `${SHOTS}/counter4-after-finish-vi.png` });
  });

  it('counter 1’s finish panel records only the A and B lines and says C is left for counters 4 and 6', async () => {
    const [a, b, c] = visitProcedures();
    const issued = await s.issue([a, b, c]);
    const page = await s.open(s.screen('/counter'), COUNTER_PC);
    await signInAtCounter(page, 'canbo1', 1);
    await page.getByTestId('call-A001').click();
    await expect.poll(() => page.getByTestId('current-ticket').textContent()).toContain('A001');
    await page.getByTestId('start').click();
    await page.getByTestId('finish').click();
    const panel = page.locator('mc-finish-panel');
    await expect.poll(() => panel.getByTestId('finish-later').textContent()).toContain('quầy 4, 6');
    expect(await panel.getByTestId(`outcome-${c}`).count()).toBe(0);
    expect(await panel.getByTestId(`outcome-${a}`).count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/counter1-finish-vi.png` });
    await panel.getByTestId('finish-confirm').click();
    await expect.poll(() => ticketState(issued.ticket.id)).toBe('waiting');
    await expect.poll(() => page.getByTestId('current-ticket').textContent()).not.toContain('A001');
  });
});
