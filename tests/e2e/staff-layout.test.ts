// The staff screens on the machines they run on (a 1366×768 counter PC, a 1920×1080 desk screen):
// the header says everything in full — the screen, the center, who is signed in, "Đăng xuất" on one
// line; the reception desk shows the slip it just issued whole; the admin's settings sit in sections
// side by side, each select showing its longest option. Vietnamese and English, this machine's
// fonts and the wider DejaVu Sans.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { boxOf, clipped, clippingBoxes, lineCount, outsideViewport, squeezedControls, useWideFont } from '../support/layout.js';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();
const COUNTER_PC = { width: 1366, height: 768 };
const FULL_HD = { width: 1920, height: 1080 };
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

describe('the admin screen', () => {
  const SETTINGS = ['mc-weekly-sessions', 'mc-outreach-panel', 'mc-center-rules', 'mc-devices-panel', 'mc-backups-panel'];
  const WIDE = ['mc-holiday-panel', 'mc-fast-track-settings'];

  for (const [viewport, columns] of [
    [COUNTER_PC, 2],
    [FULL_HD, 3],
  ] as const) {
    for (const lang of LANGS) {
      for (const wideFont of FONTS) {
        it(`at ${viewport.width}×${viewport.height}: the settings in ${columns} columns of sections, every select and time in full (${how(lang, wideFont)})`, async () => {
          const admin = await openSignedIn('/admin', 'admin', viewport, lang, wideFont);
          await admin.getByTestId('backups-panel').waitFor();
          await admin.getByTestId('weekly-1').waitFor();

          // Each section reached by the page's own scroll, none inside a box that cuts it off.
          const lefts = new Set<number>();
          for (const name of SETTINGS) {
            const panel = admin.locator(name);
            expect(await clippingBoxes(panel), name).toEqual([]);
            lefts.add(Math.round((await boxOf(panel)).left));
          }
          expect(lefts.size, 'columns of settings').toBeGreaterThanOrEqual(columns);
          for (const name of WIDE) expect(await clippingBoxes(admin.locator(name)), name).toEqual([]);
          expect(await squeezedControls(admin)).toEqual([]);

          // The bar at the top leads to each section.
          for (const name of [...SETTINGS, ...WIDE]) {
            await admin.getByTestId(`go-${name}`).click();
            await expect
              .poll(async () => (await outsideViewport(admin.locator(name).locator('h2').first())).top, { message: name })
              .toBe(0);
            expect((await boxOf(admin.locator(name))).top, name).toBeLessThan(viewport.height / 2);
          }
        });
      }
    }
  }
});
