// The kiosk as citizens meet it on the two screens centers buy: a 1280×800 landscape kiosk, where
// the ticket just taken shows whole (Done button included) without scrolling and "12 người đang chờ"
// stays on one line; and a 1080×1920 portrait kiosk, where every step spreads its buttons over the
// screen's height instead of crowding them at the top. Vietnamese and English, this machine's fonts
// and the wider DejaVu Sans.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boxOf, clipped, coveredBy, lineCount, outsideViewport, useWideFont } from '../support/layout.js';
import { useScreens } from '../support/screens.js';

const s = useScreens();
const LANDSCAPE = { width: 1280, height: 800 };
const PORTRAIT = { width: 1080, height: 1920 };
const ON_SCREEN = { left: 0, top: 0, right: 0, bottom: 0 };
const FIELDS = ['A', 'B', 'C', 'D', 'E', 'F'];

const birth = () => s.catalog.procedureNamed('Đăng ký khai sinh');

async function openKiosk(viewport: { width: number; height: number }, lang: 'vi' | 'en', wideFont: boolean): Promise<Page> {
  const kiosk = await s.open(s.screen('/kiosk'), viewport);
  // No print dialog in a headless test.
  await kiosk.evaluate(() => (window.print = () => {}));
  if (wideFont) await useWideFont(kiosk);
  await kiosk.getByTestId('field-A').waitFor();
  if (lang === 'en') {
    await kiosk.locator('mc-lang-switch button').click();
    await expect.poll(() => kiosk.locator('mc-display-header h1').textContent()).toBe('Take a queue ticket');
  }
  return kiosk;
}

/** Whole on screen, with nothing over it. */
async function expectWhole(part: Locator, name: string): Promise<void> {
  expect(await outsideViewport(part), name).toEqual(ON_SCREEN);
  expect(await coveredBy(part), name).toEqual([]);
}

describe('the kiosk at 1280×800 (landscape)', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const wideFont of [false, true]) {
      const how = `${lang}${wideFont ? ', DejaVu Sans' : ''}`;

      it(`keeps each field's waiting count on one line (${how})`, async () => {
        for (let i = 0; i < 12; i++) await s.issue([birth()]);
        const kiosk = await openKiosk(LANDSCAPE, lang, wideFont);
        await expect.poll(() => kiosk.getByTestId('field-A').locator('.waiting').textContent()).toMatch(/12/);
        for (const prefix of FIELDS) {
          const field = kiosk.getByTestId(`field-${prefix}`);
          await expectWhole(field, `field ${prefix}`);
          const count = field.locator('.waiting');
          expect(await lineCount(count), `field ${prefix}: ${await count.textContent()}`).toBe(1);
          expect((await clipped(count)).width, `field ${prefix}`).toBe(0);
        }
      });

      it(`shows the whole ticket just taken, Done button included, without scrolling (${how})`, async () => {
        // No counter is open yet and the citizen is elderly: the longest card (lane, priority, "no counter open").
        const kiosk = await openKiosk(LANDSCAPE, lang, wideFont);
        await kiosk.getByTestId('field-A').click();
        await kiosk.getByTestId(`procedure-${birth()}`).click();
        await kiosk.getByTestId('priority-elderly').click();
        await kiosk.getByTestId('take-ticket').click();
        await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toBe('A001');
        await kiosk.getByTestId('issued-not-called').waitFor();

        await expectWhole(kiosk.locator('mc-kiosk-result .ticket'), 'the ticket card');
        await expectWhole(kiosk.getByTestId('kiosk-done'), 'Done');
        // The picture of the printed slip may wait below: scrolled to, it shows whole.
        const slip = kiosk.locator('mc-kiosk-result mc-ticket-slip');
        await slip.scrollIntoViewIfNeeded();
        expect(await outsideViewport(slip), 'the slip preview').toEqual(ON_SCREEN);
      });
    }
  }
});

describe('the kiosk at 1080×1920 (portrait)', () => {
  /** The buttons of the step on screen, whole, spread down to the last eighth of the screen. */
  async function expectSpreadOverHeight(kiosk: Page, buttons: Locator, step: string): Promise<void> {
    let lowest = 0;
    for (let i = 0; i < (await buttons.count()); i++) {
      const button = buttons.nth(i);
      await expectWhole(button, `${step}: ${await button.textContent()}`);
      lowest = Math.max(lowest, (await boxOf(button)).bottom);
    }
    expect(lowest, `${step}: the lowest button's bottom edge`).toBeGreaterThanOrEqual(PORTRAIT.height * 0.875);
    expect(await kiosk.evaluate(() => document.scrollingElement?.scrollHeight ?? 0)).toBeLessThanOrEqual(PORTRAIT.height);
  }

  for (const lang of ['vi', 'en'] as const) {
    for (const wideFont of [false, true]) {
      it(`uses the screen's height at every step, with large touch targets (${lang}${wideFont ? ', DejaVu Sans' : ''})`, async () => {
        const kiosk = await openKiosk(PORTRAIT, lang, wideFont);
        await expectSpreadOverHeight(kiosk, kiosk.locator('mc-kiosk-fields button'), 'fields');

        await kiosk.getByTestId('field-A').click();
        await kiosk.getByTestId(`procedure-${birth()}`).waitFor();
        await expectSpreadOverHeight(kiosk, kiosk.locator('mc-kiosk-procedures button'), 'procedures');

        await kiosk.getByTestId(`procedure-${birth()}`).click();
        await kiosk.getByTestId('take-ticket').waitFor();
        const priority = kiosk.locator('mc-kiosk-priority button');
        await expectSpreadOverHeight(kiosk, priority, 'priority');
        // Each priority group is a target a finger cannot miss.
        for (let i = 0; i < (await priority.count()); i++) {
          const box = await boxOf(priority.nth(i));
          expect(box.bottom - box.top, `priority: ${await priority.nth(i).textContent()}`).toBeGreaterThanOrEqual(140);
        }
      });
    }
  }
});
