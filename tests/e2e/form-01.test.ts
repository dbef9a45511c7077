// Form 01 in a real Chromium at the counter PC's 1366×768: the clerk types the citizen's name and
// phone, scans the dossier code (typed fast, ending with Enter, as a scanner does), marks a fast-lane
// dossier "Cần xác minh" or finishes a walk-in with an appointment, and the slip shows the name,
// phone, code and its QR, the procedure, the due date in working days, where to collect and the
// clerk. Ctrl+P (print media) shows only the slip. Reception reprints the same slip. Vietnamese, then
// English. Screenshots go to /tmp/shots-form-01/.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import type { AppointmentSlipView } from '../../shared/types.js';
import { issueFast } from '../support/clock-and-roles.js';
import { ok, signedIn } from '../support/http-client.js';
import { inEnglish, signIn, signInAtCounter, useScreens } from '../support/screens.js';
import { NEXT_FRIDAY, vnTime } from '../support/test-dates.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const SHOTS = '/tmp/shots-form-01';
mkdirSync(SHOTS, { recursive: true });
const PC = { width: 1366, height: 768 };
const NAME = 'Trần Văn Bình';
const PHONE = '0903 123 456';
const code = (sequence: number) => formatDossierCode({ agency: '000.00.01.H26', date: NEXT_FRIDAY, sequence });

const s = useScreens({ at: vnTime(NEXT_FRIDAY, '09:00') });

/** What a keyboard-wedge scanner does: the code's characters a few milliseconds apart, then Enter. */
async function scan(page: Page, text: string): Promise<void> {
  await page.keyboard.type(text, { delay: 5 });
  await page.keyboard.press('Enter');
}

/** The words a component draws in its shadow root. */
const shadowText = (element: Locator) => element.evaluate((e) => e.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '');

/** What Ctrl+P would print: with print media, only the print area shows, and it holds the slip. */
async function printedSlipText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const area = page.locator('.mc-print-area');
  await expect.poll(() => area.isVisible()).toBe(true);
  const hidden = await page.evaluate(() =>
    [...document.body.children].filter((e) => !e.classList.contains('mc-print-area')).every((e) => getComputedStyle(e).display === 'none'),
  );
  expect(hidden).toBe(true);
  const text = await shadowText(area.locator('mc-appointment-slip'));
  // A page the size of A5 comes out, not a blank one.
  expect((await page.pdf({ preferCSSPageSize: true })).byteLength).toBeGreaterThan(10_000);
  await page.emulateMedia({ media: 'screen' });
  return text;
}

/** The slip on screen holds every part of Form 01. */
async function expectFullSlip(slip: Locator, procedureId: number, words: string[]): Promise<void> {
  await expect.poll(() => slip.getByTestId('appointment-name').textContent()).toBe(NAME);
  expect(await slip.getByTestId('appointment-phone').textContent()).toBe(PHONE);
  const codeCell = slip.getByTestId(`appointment-code-${procedureId}`);
  expect(await codeCell.textContent()).toContain(code(procedureId % 100));
  expect(await codeCell.locator('mc-qr-code svg path').count()).toBe(1);
  expect(await slip.getByTestId(`appointment-due-${procedureId}`).textContent()).not.toBe('');
  expect(await slip.getByTestId('appointment-clerk').textContent()).toBe('Phạm Minh Tuấn');
  const text = await shadowText(slip);
  for (const word of words) expect(text).toContain(word);
}

describe('Form 01 at the counter and at reception', () => {
  it('a fast-lane dossier marked "Cần xác minh" gets Form 01 with the citizen, the code and its QR; Ctrl+P prints it; reception reprints it (vi)', async () => {
    const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
    const issued = await issueFast(s.kiosk, [birth], { dossierComplete: true });
    const counter = await s.open(s.screen('/counter'), PC);
    await signInAtCounter(counter, 'canbo1', 1);
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('start').isEnabled()).toBe(true);
    await counter.getByTestId('start').click();
    await expect.poll(() => counter.getByTestId('needs-verification').isEnabled()).toBe(true);
    await counter.screenshot({ path: `${SHOTS}/counter-fast-track-vi.png` });
    await counter.getByTestId('needs-verification').click();

    // The panel opens with the line marked and the keyboard on its reason.
    const reason = counter.getByTestId(`verify-reason-${birth}`);
    await expect.poll(() => reason.isVisible()).toBe(true);
    expect(await counter.getByTestId(`verify-${birth}`).isChecked()).toBe(true);
    expect(await counter.getByTestId(`outcome-${birth}`).inputValue()).toBe('appointment');
    // Confirmed without a reason: said beside it, nothing sent.
    await counter.getByTestId('finish-confirm').click();
    await expect.poll(() => counter.getByTestId(`verify-error-${birth}`).textContent()).toContain('Lý do');
    await reason.selectOption('ask-other-agency');
    await counter.getByTestId(`verify-note-${birth}`).fill('Hỏi UBND xã nơi sinh');
    await counter.getByTestId('citizen-name').fill(NAME);
    await counter.getByTestId('citizen-phone').fill(PHONE);
    await counter.getByTestId(`dossier-code-${birth}`).click();
    await scan(counter, code(birth % 100));
    await expect.poll(() => counter.getByTestId(`dossier-code-${birth}`).inputValue()).toBe(code(birth % 100));
    await counter.screenshot({ path: `${SHOTS}/counter-finish-verify-vi.png`, fullPage: true });
    await counter.getByTestId('finish-confirm').click();

    const slip = counter.getByTestId('appointment-slip');
    await expectFullSlip(slip, birth, [
      'Đăng ký khai sinh',
      'Giấy chứng sinh',
      'Hồ sơ cần xác minh: Hỏi UBND xã nơi sinh',
      'Nơi nhận kết quả: Bộ phận tiếp nhận và trả kết quả, Bộ phận Một cửa UBND phường Hòa Bình',
    ]);
    const saved = ok(
      await (
        await signedIn(s.server, 'tiepdan', DEMO_PASSWORDS.demo)
      ).get<AppointmentSlipView>(`/api/tickets/${issued.ticket.id}/appointment`),
    );
    expect(saved.lines[0]?.dueDate).not.toBe(NEXT_FRIDAY);
    await counter.screenshot({ path: `${SHOTS}/counter-slip-vi.png` });
    const printed = await printedSlipText(counter);
    expect(printed).toContain(NAME);
    expect(printed).toContain(code(birth % 100));
    // Back at the terminal, the counter reprints it at any time after.
    await counter.keyboard.press('Escape');
    await expect.poll(() => counter.locator('.mc-print-area mc-appointment-slip').count()).toBe(0);
    await counter.getByTestId('counter-reprint').click();
    await expectFullSlip(counter.getByTestId('reprint-slip'), birth, ['Đăng ký khai sinh']);
    await counter.screenshot({ path: `${SHOTS}/counter-reprint-vi.png` });
    await counter.getByTestId('reprint-close').click();

    // The leader's figures count it apart, with its reason, not as a same-day failure.
    const leader = await s.open(s.screen('/leader'), PC);
    await signIn(leader, 'lanhdao');
    await expect.poll(() => leader.getByTestId('fast-track-verification').textContent()).toContain('Cần hỏi ý kiến cơ quan khác: 1');
    expect(await leader.getByTestId('fast-track-dossiers').textContent()).toContain('0');
    await leader.screenshot({ path: `${SHOTS}/leader-figures-vi.png` });

    // Reception reprints the same slip from the results waiting to be handed over.
    const reception = await s.open(s.screen('/reception'), PC);
    await signIn(reception, 'tiepdan');
    await reception.getByTestId(`reprint-${issued.ticket.id}-${birth}`).click();
    const reprint = reception.getByTestId('reprint-slip');
    await expectFullSlip(reprint, birth, ['Đăng ký khai sinh', 'Hồ sơ cần xác minh: Hỏi UBND xã nơi sinh']);
    await reception.screenshot({ path: `${SHOTS}/reception-reprint-vi.png` });
    expect(await printedSlipText(reception)).toContain(NAME);
    // Closed: Ctrl+P prints no slip any more.
    await reception.keyboard.press('Escape');
    await expect.poll(() => reception.locator('.mc-print-area mc-appointment-slip').count()).toBe(0);
  });

  it('a walk-in appointment in English: name, phone, scanned code, Form 01 and its reprint from the dossier lookup', async () => {
    const marital = s.catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    await s.issue([marital]);
    const counter = await s.open(s.screen('/counter'), PC);
    await inEnglish(counter);
    await signInAtCounter(counter, 'canbo1', 2);
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('start').isEnabled()).toBe(true);
    await counter.getByTestId('start').click();
    await expect.poll(() => counter.getByTestId('finish').isEnabled()).toBe(true);
    await counter.getByTestId('finish').click();
    await expect.poll(() => counter.getByTestId(`dossier-code-${marital}`).isVisible()).toBe(true);
    await counter.getByTestId('citizen-name').fill(NAME);
    await counter.getByTestId('citizen-phone').fill(PHONE);
    await counter.getByTestId(`dossier-code-${marital}`).click();
    await scan(counter, code(marital % 100));
    await counter.screenshot({ path: `${SHOTS}/counter-finish-en.png`, fullPage: true });
    await counter.keyboard.press('Enter');

    const slip = counter.getByTestId('appointment-slip');
    await expectFullSlip(slip, marital, [
      'Marital status certificate',
      'Applicant’s full name',
      'Collect the result at: the reception and result desk',
      'Received by',
    ]);
    await counter.screenshot({ path: `${SHOTS}/counter-slip-en.png` });
    expect(await printedSlipText(counter)).toContain(PHONE);

    const reception = await s.open(s.screen('/reception'), PC);
    await inEnglish(reception);
    await signIn(reception, 'tiepdan');
    await reception.getByTestId('dossier-search').click();
    await scan(reception, code(marital % 100));
    await expect.poll(() => reception.getByTestId('dossier-found').textContent()).toContain(code(marital % 100));
    await reception.getByTestId('dossier-reprint').click();
    await expectFullSlip(reception.getByTestId('reprint-slip'), marital, ['Marital status certificate', 'Form 01']);
    await reception.screenshot({ path: `${SHOTS}/reception-reprint-en.png` });
  });
});
