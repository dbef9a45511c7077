// Steps that cannot be taken back ask first (issue #14): cancelling a booking on the citizen's phone
// and handing over a result at the reception desk open a dialog naming the booking or the ticket,
// with Confirm and Cancel; Escape (or Cancel) changes nothing, Confirm does it. Each test starts from
// its own server and opens its own screens.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BookingView, PendingResult, SlotView } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { signIn, useScreens } from '../support/screens.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID } from '../support/test-server.js';

const s = useScreens();

const PHONE = { width: 360, height: 780 };
const COUNTER_PC = { width: 1366, height: 768 };

/** The text of the element that has the keyboard, through the screens' shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.textContent?.trim() ?? '';
  });

/** Whether the screen's confirmation dialog is open (false while it has none). */
async function dialogOpen(page: Page): Promise<boolean> {
  const dialog = page.getByTestId('confirm-dialog');
  return (await dialog.count()) > 0 && dialog.evaluate((d) => (d as HTMLDialogElement).open);
}

describe('cancelling a booking on the phone', () => {
  it('asks first, naming the code; Escape keeps the booking, Confirm cancels it', async () => {
    const procedureId = s.catalog.procedureIds('A')[0];
    const date = TEST_WEEK.tuesday;
    const { slots } = ok(
      await s.kiosk.get<{ slots: SlotView[] }>(`/api/centers/${DEMO_CENTER_ID}/slots?date=${date}&procedureId=${procedureId}`),
    );
    const booking = ok(
      await s.kiosk.post<BookingView>(`/api/centers/${DEMO_CENTER_ID}/bookings`, {
        procedureId,
        date,
        slotStart: slots[0].start,
        citizenName: 'Nguyễn Văn Dân',
      }),
    );
    const state = async () => ok(await s.kiosk.get<BookingView>(`/api/bookings/${booking.code}`)).state;

    const phone = await s.open(s.screen('/booking'), PHONE);
    await phone.getByTestId('booking-lookup-code').fill(booking.code);
    await phone.getByTestId('booking-lookup').click();
    await phone.getByTestId('booking-cancel').click();
    await expect.poll(() => dialogOpen(phone)).toBe(true);
    expect(await phone.getByTestId('confirm-dialog').textContent()).toContain(booking.code);
    // The keyboard is in the dialog, on the button that changes nothing.
    expect(await focused(phone)).toBe('Giữ lịch hẹn');
    await phone.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(phone)).toBe(false);
    expect(await state()).toBe('booked');

    await phone.getByTestId('booking-cancel').click();
    await expect.poll(() => dialogOpen(phone)).toBe(true);
    await phone.getByTestId('confirm-yes').click();
    await expect.poll(() => phone.getByTestId('booking-state').textContent()).toBe('Đã hủy');
    expect(await state()).toBe('cancelled');
  });
});

describe('handing over a result at the reception desk', () => {
  it('asks first, naming the ticket and the procedure; Cancel keeps it waiting, Confirm hands it over', async () => {
    const procedure = s.catalog.view.procedures.find((p) => p.processingDays > 0);
    if (!procedure) throw new Error('the demo has a procedure with a result later');
    await s.issue([procedure.id]);
    // Counter n is canbo n's in the demo.
    const counter = s.catalog.view.counters.find((c) => c.fieldIds.includes(procedure.fieldId));
    if (!counter) throw new Error(`no counter serves field ${procedure.fieldId}`);
    const staff = await signInAll(s.server, [`canbo${counter.number}`, 'tiepdan']);
    const desk = new Desk(staff[`canbo${counter.number}`], counter.id);
    await desk.open();
    const ticket = await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: [{ procedureId: procedure.id, outcome: 'appointment' }] }));
    const pending = async () =>
      ok(await staff.tiepdan.get<{ results: PendingResult[] }>(`/api/centers/${DEMO_CENTER_ID}/results/pending`)).results.length;
    expect(await pending()).toBe(1);

    const reception = await s.open(s.screen('/reception'), COUNTER_PC);
    await signIn(reception, 'tiepdan');
    const hand = reception.getByTestId(`return-result-${ticket.id}-${procedure.id}`);
    await hand.click();
    await expect.poll(() => dialogOpen(reception)).toBe(true);
    const text = await reception.getByTestId('confirm-dialog').textContent();
    expect(text).toContain(ticket.number);
    expect(text).toContain(procedure.nameVi);
    await reception.getByTestId('confirm-no').click();
    await expect.poll(() => dialogOpen(reception)).toBe(false);
    expect(await pending()).toBe(1);

    await hand.click();
    await expect.poll(() => dialogOpen(reception)).toBe(true);
    await reception.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(reception)).toBe(false);
    expect(await pending()).toBe(1);

    await hand.click();
    await reception.getByTestId('confirm-yes').click();
    await expect.poll(() => reception.getByTestId('timeliness').textContent()).toBe('Trước hạn');
    expect(await pending()).toBe(0);
  });
});
