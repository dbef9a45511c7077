// The words staff and citizens meet on the screens, at the sizes they meet them (issue #14): a refused
// field named by its label in the screen's language, figures written the Vietnamese way, English
// plurals, translated role labels, the recall limit, the kiosk's booking hint, closed counters in the
// transfer dialog, and the board's alert for people no open counter can call. Each test starts from
// its own server and opens its own screens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SlotView } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { inEnglish, signIn, signInAtCounter, useScreens } from '../support/screens.js';
import { TEST_WEEK } from '../support/test-dates.js';

const s = useScreens();

const COUNTER_PC = { width: 1366, height: 768 };
const KIOSK = { width: 1280, height: 800 };
const WALL = { width: 1920, height: 1080 };
const PHONE = { width: 360, height: 780 };

/** A screen of the demo center at a size, in English when asked. */
async function openScreen(path: string, size: { width: number; height: number }, english = false): Promise<Page> {
  const page = await s.open(s.screen(path), size);
  if (english) await inEnglish(page);
  return page;
}

/** The counter terminal of counter 1 (canbo1) with an A ticket called. */
async function counterWithCall(english = false): Promise<Page> {
  await s.issue([s.catalog.procedureIds('A')[0]]);
  const counter = await openScreen('/counter', COUNTER_PC, english);
  await signInAtCounter(counter, 'canbo1', 1);
  await expect.poll(() => counter.getByTestId('call-next').isEnabled()).toBe(true);
  await counter.getByTestId('call-next').click();
  await expect.poll(() => counter.getByTestId('recall').isEnabled()).toBe(true);
  return counter;
}

/** Past the recall cooldown (10 s) on the server's clock, then Recall. */
async function recall(counter: Page): Promise<void> {
  s.server.clock.advance(11_000);
  await counter.getByTestId('recall').click();
}

describe('a refused field is named as the screen labels it', () => {
  it('queue rules on /admin: the label and the bound, in Vietnamese and in English, never the field’s code name', async () => {
    const admin = await openScreen('/admin', COUNTER_PC);
    await signIn(admin, 'quanly');
    const panel = admin.getByTestId('center-rules');
    await expect.poll(() => panel.getByTestId('priority-every').inputValue()).toBe('3');
    await panel.getByTestId('priority-every').fill('0');
    await panel.getByTestId('queue-rules-save').click();
    const alert = admin.getByTestId('admin-error');
    await expect.poll(() => alert.textContent()).toContain('Ưu tiên xen kẽ');
    expect(await alert.textContent()).toContain('phải từ 1 trở lên');
    expect(await alert.textContent()).not.toMatch(/priorityEvery|Quá nhỏ|mong đợi/);

    await admin.getByTestId('center-rules').getByTestId('priority-every').fill('21');
    await admin.locator('mc-staff-header mc-lang-switch button').click();
    await panel.getByTestId('queue-rules-save').click();
    await expect.poll(() => alert.textContent()).toContain('Interleaving');
    expect(await alert.textContent()).toContain('must be at most 20');
    expect(await alert.textContent()).not.toContain('priorityEvery');
  });

  it('a username too long at sign-in: the field and its length limit', async () => {
    const counter = await openScreen('/counter', COUNTER_PC);
    await signIn(counter, 'a'.repeat(65), 'whatever');
    await expect.poll(() => counter.getByTestId('login-error').textContent()).toContain('Tên đăng nhập: tối đa 64 ký tự');
    expect(await counter.getByTestId('login-error').textContent()).not.toMatch(/username|string/);
  });
});

describe('figures in the screen’s language', () => {
  it("the board's report writes a decimal the Vietnamese way (1,5), the English way (1.5), and keeps the developer's timing to itself", async () => {
    const ticket = await s.issue([s.catalog.procedureIds('A')[0]]);
    const staff = await signInAll(s.server, ['canbo1'] as const);
    const desk = new Desk(staff.canbo1, s.catalog.counterId(1));
    await desk.open();
    // Called 90 s after it was issued: a wait of 1.5 minutes.
    s.server.clock.advance(90_000);
    const called = await desk.callNext();
    expect(called.id).toBe(ticket.ticket.id);
    await desk.serve(called);

    for (const [english, decimal, timing] of [
      [false, '1,5', 'Tính trong'],
      [true, '1.5', 'Computed in'],
    ] as const) {
      const board = await openScreen('/board', WALL, english);
      await signIn(board, 'quanly');
      await board.getByTestId('tab-reports').click();
      await board.getByTestId('report-run').click();
      const total = board.getByTestId('report-total');
      await expect.poll(() => total.textContent()).toContain(`${decimal} / ${decimal} / ${decimal}`);
      expect(await board.getByText(timing).count()).toBe(0);
      await board.context().close();
    }
  });
});

describe('English plurals', () => {
  it('the counter says "Recalled 1 time", then "Recalled 2 times"', async () => {
    const counter = await counterWithCall(true);
    const current = counter.getByTestId('current-ticket');
    await recall(counter);
    await expect.poll(() => current.textContent()).toMatch(/Recalled 1 time(?!s)/);
    await recall(counter);
    await expect.poll(() => current.textContent()).toMatch(/Recalled 2 times/);
  });

  it('the booking phone says "1 place left" and "2 places left"', async () => {
    const procedureId = s.catalog.procedureIds('A')[0];
    // The demo takes 3 bookings per procedure and slot: two in the first slot leave 1, one in the second leaves 2.
    const day = TEST_WEEK.tuesday;
    const { slots } = ok(await s.kiosk.get<{ slots: SlotView[] }>(`/api/centers/hoa-binh/slots?date=${day}&procedureId=${procedureId}`));
    const [first, second] = slots.filter((slot) => slot.available);
    const book = async (slotStart: number, n: number) =>
      ok(await s.kiosk.post('/api/centers/hoa-binh/bookings', { procedureId, date: day, slotStart, citizenName: `Nguyễn Văn ${n}` }));
    await book(first.start, 1);
    await book(first.start, 2);
    await book(second.start, 3);

    const phone = await openScreen('/booking', PHONE, true);
    await phone.getByTestId('booking-field-A').click();
    await phone.getByTestId(`booking-procedure-${procedureId}`).click();
    await phone.getByTestId(`booking-date-${day}`).click();
    const slot = (start: number) => phone.getByTestId(`booking-slot-${hhmm(start)}`);
    await expect.poll(() => slot(first.start).textContent()).toMatch(/1 place left/);
    expect(await slot(first.start).textContent()).not.toContain('places');
    expect(await slot(second.start).textContent()).toContain('2 places left');
  });
});

const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}${String(minutes % 60).padStart(2, '0')}`;

describe('role labels', () => {
  it('the header names the role in the screen’s language', async () => {
    const admin = await openScreen('/admin', COUNTER_PC, true);
    await signIn(admin, 'quanly');
    const who = admin.getByTestId('staff-name');
    await expect.poll(() => who.textContent()).toContain('Manager');
    expect(await who.textContent()).not.toMatch(/Quản lý|Cán bộ/);
  });
});

describe('the recall limit', () => {
  it('after the center’s 2 recalls, Recall is off and No-show is offered; the count never passes 2/2', async () => {
    const counter = await counterWithCall();
    await recall(counter);
    await expect.poll(() => counter.getByTestId('no-show').textContent()).toContain('Đã gọi lại 1/2 lần');
    await recall(counter);
    await expect.poll(() => counter.getByTestId('no-show').isEnabled()).toBe(true);
    expect(await counter.getByTestId('recall').isEnabled()).toBe(false);
    expect(await counter.getByTestId('no-show').textContent()).toContain('Đã gọi lại 2/2 lần');
  });
});

describe('the kiosk’s booking prompt', () => {
  it('points to where the code really is — the phone’s booking page or the reception desk — never a text message', async () => {
    for (const english of [false, true]) {
      const kiosk = await openScreen('/kiosk', KIOSK, english);
      await kiosk.getByTestId('have-booking').click();
      await kiosk.getByTestId('keypad-code').waitFor();
      await expect.poll(() => kiosk.getByText(english ? /shown on your phone/ : /hiện trên điện thoại/).count()).toBe(1);
      expect(await kiosk.getByText(/tin nhắn|text message|SMS/i).count()).toBe(0);
      await kiosk.context().close();
    }
  });
});

describe('the transfer dialog', () => {
  it('says a closed counter is closed and that the ticket will wait there until it opens', async () => {
    const counter = await counterWithCall();
    await counter.getByTestId('transfer').click();
    const closed = counter.getByTestId('transfer-counter-2');
    await expect.poll(() => closed.textContent()).toContain('Đang đóng');
    expect(await closed.textContent()).toContain('Số sẽ chờ đến khi quầy mở');
    await inEnglishTransfer(counter);
    await expect.poll(() => closed.textContent()).toContain('Closed');
    expect(await closed.textContent()).toContain('The ticket will wait until it opens');
  });
});

/** The language button of the staff header, with the transfer dialog still open. */
async function inEnglishTransfer(counter: Page): Promise<void> {
  await counter.locator('mc-staff-header mc-lang-switch button').click();
}

describe('the board’s alert for people nobody can call', () => {
  it('fires while citizens wait in a field whose counters are all closed, and clears once one opens', async () => {
    // Field C is served by counters 4 and 6, both closed.
    await s.issue([s.catalog.procedureIds('C')[0]]);
    const board = await openScreen('/board', WALL);
    await signIn(board, 'quanly');
    const alerts = board.getByTestId('board-alerts');
    await expect.poll(() => alerts.textContent()).toContain('1 người đang chờ nhưng không quầy nào của lĩnh vực này đang mở');
    expect(await alerts.textContent()).toContain('C Cư trú');
    const staff = await signInAll(s.server, ['canbo4'] as const);
    await new Desk(staff.canbo4, s.catalog.counterId(4)).open();
    await expect.poll(() => alerts.textContent()).not.toContain('không quầy nào');
  });
});
