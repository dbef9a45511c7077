// The staff screens on the machines they run on (a 1366×768 counter PC, a 1920×1080 desk screen):
// the header says everything in full — the screen, the center, who is signed in, "Đăng xuất" on one
// line; the reception desk shows the slip it just issued whole; the admin's settings sit in sections
// side by side, each select showing its longest option. Vietnamese and English, this machine's
// fonts and the wider DejaVu Sans.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { clipped, lineCount, outsideViewport, useWideFont } from '../support/layout.js';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();
const COUNTER_PC = { width: 1366, height: 768 };
const ON_SCREEN = { left: 0, top: 0, right: 0, bottom: 0 };
const LANGS = ['vi', 'en'] as const;
const FONTS = [false, true];
const how = (lang: string, wideFont: boolean) => `${lang}${wideFont ? ', DejaVu Sans' : ''}`;

/** A staff screen at `path`, signed in as `username`, in `lang`. */
async function openSignedIn(
  path: string,
  username: string,
  viewport: { width: number; height: number },
  lang: 'vi' | 'en',
  wideFont: boolean,
): Promise<Page> {
  const page = await s.open(s.screen(path), viewport);
  await page.evaluate(() => (window.print = () => {}));
  if (wideFont) await useWideFont(page);
  await signIn(page, username, username === 'admin' ? DEMO_PASSWORDS.admin : DEMO_PASSWORDS.demo);
  await page.getByTestId('logout').waitFor();
  if (lang === 'en') {
    await page.locator('mc-staff-header mc-lang-switch button').click();
    await expect.poll(() => page.getByTestId('logout').textContent()).toMatch(/Sign out/);
  }
  return page;
}

/** The text in full on one line: nothing cut off, nothing wrapped. */
async function expectOneFullLine(part: Locator, name: string): Promise<void> {
  expect(await clipped(part), `${name}: ${await part.textContent()}`).toEqual({ width: 0, height: 0 });
  expect(await lineCount(part), `${name}: ${await part.textContent()}`).toBe(1);
}

describe('the staff header at 1366×768', () => {
  for (const lang of LANGS) {
    for (const wideFont of FONTS) {
      it(`leader: the screen, the center, who is signed in and "Đăng xuất" in full (${how(lang, wideFont)})`, async () => {
        const leader = await openSignedIn('/leader', 'lanhdao', COUNTER_PC, lang, wideFont);
        const header = leader.locator('mc-staff-header');
        await expect.poll(() => header.locator('.sub').textContent()).toMatch(/Hòa Bình|Hoa Binh/);
        await expectOneFullLine(header.locator('h1'), 'heading');
        await expectOneFullLine(header.locator('.sub'), 'center');
        await expectOneFullLine(leader.getByTestId('logout'), 'sign out');
        expect(await clipped(leader.getByTestId('staff-name')), 'staff name').toEqual({ width: 0, height: 0 });
        for (const part of [header.locator('h1'), header.locator('.sub'), leader.getByTestId('staff-name'), leader.getByTestId('logout')]) {
          expect(await outsideViewport(part)).toEqual(ON_SCREEN);
        }
      });
    }
  }
});

describe('the reception desk at 1366×768', () => {
  for (const lang of LANGS) {
    for (const wideFont of FONTS) {
      it(`shows the slip it just issued whole, nothing cut off inside its panel (${how(lang, wideFont)})`, async () => {
        const desk = await openSignedIn('/reception', 'tiepdan', COUNTER_PC, lang, wideFont);
        await desk.getByTestId(`add-procedure-${s.catalog.procedureNamed('Đăng ký khai sinh')}`).click();
        await desk.getByTestId('issue-ticket').click();
        await expect.poll(() => desk.getByTestId('issued-number').textContent()).toBe('A001');

        const panel = desk.locator('mc-reception-app section.slip');
        const slip = panel.locator('mc-ticket-slip');
        expect(await clipped(panel), 'the slip panel').toEqual({ width: 0, height: 0 });
        const [inner, outer] = await Promise.all([slip.boundingBox(), panel.boundingBox()]);
        expect(inner!.y + inner!.height, 'the slip ends inside its panel').toBeLessThanOrEqual(outer!.y + outer!.height);
        await slip.scrollIntoViewIfNeeded();
        expect(await outsideViewport(slip), 'the slip, scrolled to').toEqual(ON_SCREEN);
      });
    }
  }
});
