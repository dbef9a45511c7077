// A dossier code per procedure line, typed as a barcode/QR scanner types it (a whole code in a few
// milliseconds per key, then Enter): at the counter Enter takes the code and moves on — to the next
// line, then to the confirm button — without submitting early or losing a character; reception then
// finds the dossier by its code. A refused code is said beside its field. In a real Chromium against
// a real server and SQLite file.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import { Desk } from '../support/demo.js';
import { ok, signedIn } from '../support/http-client.js';
import { signIn, signInAtCounter, useScreens } from '../support/screens.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

// The server's clock starts at 09:00 on the run's test Monday: codes received that day.
const s = useScreens();
const code = (sequence: number) => formatDossierCode({ agency: '000.00.01.H26', date: NEXT_MONDAY, sequence });
const birth = () => s.catalog.procedureNamed('Đăng ký khai sinh');
const marital = () => s.catalog.procedureNamed('Xác nhận tình trạng hôn nhân');

/** The data-testid of the element that has the keyboard, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('data-testid') ?? null;
  });

/** What a keyboard-wedge scanner does: the code's characters a few milliseconds apart, then Enter. */
async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** canbo1 at counter 1 with the next ticket called, being served, and the finish panel open on its first procedure's code. */
async function finishPanelOpen(firstProcedureId: number, viewport = { width: 1920, height: 1080 }): Promise<Page> {
  const counter = await s.open(s.screen('/counter'), viewport);
  await signInAtCounter(counter, 'canbo1', 1);
  await counter.getByTestId('call-next').click();
  await expect.poll(() => counter.getByTestId('start').isEnabled()).toBe(true);
  await counter.getByTestId('start').click();
  await expect.poll(() => counter.getByTestId('finish').isEnabled()).toBe(true);
  await counter.getByTestId('finish').click();
  await expect.poll(() => focused(counter)).toBe(`dossier-code-${firstProcedureId}`);
  return counter;
}

/** The finish panel's box and, inside it, its table's and its first code field's right edges (focus ring included). */
const finishPanelEdges = (page: Page) =>
  page.evaluate(() => {
    const deep = (root: Document | ShadowRoot, selector: string): Element | null =>
      root.querySelector(selector) ??
      [...root.querySelectorAll('*')].reduce<Element | null>(
        (found, e) => found ?? (e.shadowRoot ? deep(e.shadowRoot, selector) : null),
        null,
      );
    const panel = deep(document, 'mc-finish-panel')!;
    const input = panel.shadowRoot!.querySelector('[data-testid^="dossier-code-"]')!;
    const ring = parseFloat(getComputedStyle(input).outlineWidth) + parseFloat(getComputedStyle(input).outlineOffset || '0');
    return {
      panel: panel.getBoundingClientRect().right,
      table: panel.shadowRoot!.querySelector('table')!.getBoundingClientRect().right,
      field: input.getBoundingClientRect().right + ring,
    };
  });

describe('dossier codes at the counter and at reception', () => {
  it('fits a 1366×768 counter screen: the code field, its focus ring and the table stay inside the finish panel', async () => {
    await s.issue([marital()]);
    const counter = await finishPanelOpen(marital(), { width: 1366, height: 768 });
    const edges = await finishPanelEdges(counter);
    expect(edges.table).toBeLessThanOrEqual(edges.panel);
    expect(edges.field).toBeLessThanOrEqual(edges.panel);
    // A whole code shows in its field, nothing scrolled out of sight.
    await counter.keyboard.type(code(1234));
    const field = counter.getByTestId(`dossier-code-${marital()}`);
    expect(await field.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await counter.screenshot({ path: '/tmp/finish-panel-1366.png' });
  });

  it('takes a scanned code per line, Enter moving on, and reception finds the dossier by it', async () => {
    const { ticket } = await s.issue([birth(), marital()]);
    const counter = await finishPanelOpen(birth());

    // Scanned in lower case (a scanner set so): kept upper-case, nothing submitted by its Enter.
    await scan(counter, code(12).toLowerCase());
    await expect.poll(() => focused(counter)).toBe(`dossier-code-${marital()}`);
    expect(await counter.getByTestId(`dossier-code-${birth()}`).inputValue()).toBe(code(12));
    expect(await counter.getByTestId('finish-confirm').isVisible()).toBe(true);
    // Another citizen takes a ticket meanwhile: the terminal reloads, what was scanned stays.
    const next = await s.issue([birth()]);
    await expect.poll(() => counter.getByTestId('queue').textContent()).toContain(next.ticket.number);
    expect(await counter.getByTestId(`dossier-code-${birth()}`).inputValue()).toBe(code(12));
    expect(await focused(counter)).toBe(`dossier-code-${marital()}`);
    await scan(counter, code(13));
    await expect.poll(() => focused(counter)).toBe('finish-confirm');
    expect(await counter.getByTestId(`dossier-code-${marital()}`).inputValue()).toBe(code(13));
    expect(await counter.getByTestId('appointment-dates').count()).toBe(0);
    // The clerk's own Enter confirms: the appointment slip of the second procedure follows.
    await counter.keyboard.press('Enter');
    await expect.poll(() => counter.getByTestId('appointment-dates').isVisible()).toBe(true);

    const reception = await s.open(s.screen('/reception'), { width: 1280, height: 800 });
    await signIn(reception, 'tiepdan');
    await reception.getByTestId('dossier-search').click();
    await scan(reception, code(13));
    await expect.poll(() => reception.getByTestId('dossier-found').textContent()).toContain(code(13));
    const found = (await reception.getByTestId('dossier-found').textContent()) ?? '';
    expect(found).toContain(ticket.number);
    expect(found).toContain('Xác nhận tình trạng hôn nhân');
    expect(found).toContain('chưa trả kết quả');
    // The result-return list narrows to it, and the scanner's Enter puts the keyboard on its button.
    await reception.getByTestId('return-number').click();
    await scan(reception, code(13));
    await expect.poll(() => focused(reception)).toBe(`return-result-${ticket.id}-${marital()}`);
    expect(await reception.getByTestId('pending-results').locator('li').count()).toBe(1);
    // Enter asks first (a hand-over cannot be undone); the dialog's safe answer has the keyboard.
    await reception.keyboard.press('Enter');
    await expect.poll(() => focused(reception)).toBe('confirm-no');
    await reception.getByTestId('confirm-yes').click();
    await expect.poll(() => reception.getByTestId('timeliness').textContent()).toContain('Trước hạn');
    await reception.getByTestId('dossier-search-submit').click();
    await expect.poll(() => reception.getByTestId('dossier-found').textContent()).toContain('Đã trả kết quả ngày');
  });

  it('says beside the field why a code is refused — by the rule at once, by the server when taken — and submits nothing', async () => {
    // Code 20 is already on a line of the center: canbo2 finished a ticket with it at counter 2.
    const desk = new Desk(await signedIn(s.server, 'canbo2', DEMO_PASSWORDS.demo), s.catalog.counterId(2));
    await desk.open();
    await s.issue([birth()]);
    const first = await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: [{ procedureId: birth(), outcome: 'returned', dossierCode: code(20) }] }));
    await s.issue([birth()]);
    const counter = await finishPanelOpen(birth());
    const field = counter.getByTestId(`dossier-code-${birth()}`);
    const error = counter.getByTestId(`dossier-error-${birth()}`);

    await scan(counter, '000.00.01.H26-260230-0001');
    await expect.poll(() => error.textContent()).toContain('ngày tiếp nhận không có thật (260230)');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await focused(counter)).toBe(`dossier-code-${birth()}`);
    // The refused text is selected: the next scan replaces it.
    await scan(counter, code(20));
    expect(await field.inputValue()).toBe(code(20));
    await expect.poll(() => focused(counter)).toBe('finish-confirm');
    expect((await error.textContent())?.trim()).toBe('');
    await counter.keyboard.press('Enter');
    await expect.poll(() => error.textContent()).toContain(`đã được ghi cho số ${first.number}`);
    await expect.poll(() => focused(counter)).toBe(`dossier-code-${birth()}`);
    // Said there, not in the screen's alert region.
    expect(await counter.getByTestId('counter-error').textContent()).not.toContain(code(20));

    const reception = await s.open(s.screen('/reception'), { width: 1280, height: 800 });
    await signIn(reception, 'tiepdan');
    await reception.getByTestId('dossier-search').click();
    await scan(reception, 'A012');
    await expect.poll(() => reception.getByTestId('dossier-search-error').textContent()).toContain('Mã hồ sơ “A012” không đúng dạng');
  });
});
