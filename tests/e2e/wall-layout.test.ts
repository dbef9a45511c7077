// The wall display as the hall meets it on a 1920×1080 TV: "Số vừa gọi" names each ticket once, at
// its latest call (a recall moves it to the top), a no-show leaves the list, every line shown is
// whole, and nothing — the "enable sound" badge included — lies over a counter's card. In Vietnamese
// and English, in this machine's fonts and in the wider DejaVu Sans.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desk } from '../support/demo.js';
import { ok, signedIn } from '../support/http-client.js';
import { boxOf, coveredBy, outsideViewport, overlap, useWideFont } from '../support/layout.js';
import { useScreens } from '../support/screens.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();
const TV = { width: 1920, height: 1080 };
const COUNTERS = [1, 2, 3, 4, 5, 6];

/**
 * Every counter open and calling one ticket, a second apart: A001–A003 at counters 1–3, C001 at 4,
 * D001 at 5, F001 at 6. Returns counter 4's desk.
 */
async function sixCalls(): Promise<Desk> {
  const desks: Desk[] = [];
  for (const n of COUNTERS) {
    const desk = new Desk(await signedIn(s.server, `canbo${n}`, DEMO_PASSWORDS.demo), s.catalog.counterId(n));
    await desk.open();
    desks.push(desk);
  }
  const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
  for (let i = 0; i < 3; i++) await s.issue([birth]);
  for (const field of ['C', 'D', 'F']) await s.issue([s.catalog.procedureIds(field)[0]]);
  for (const desk of desks) {
    await desk.callNext();
    s.server.clock.advance(1_000);
  }
  return desks[3];
}

/** Counter 4 calls its citizen again, once the recall cooldown has passed. */
async function recall(desk: Desk): Promise<void> {
  s.server.clock.advance(11_000);
  ok(await desk.act('recall'));
}

async function openWall(lang: 'vi' | 'en', wideFont: boolean): Promise<Page> {
  const wall = await s.open(s.screen('/wall'), TV);
  if (wideFont) await useWideFont(wall);
  await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Quầy 1');
  if (lang === 'en') {
    await wall.locator('mc-lang-switch button').click();
    await expect.poll(() => wall.getByTestId('counter-1').locator('h2').textContent()).toBe('Counter 1');
  }
  return wall;
}

/** The numbers in "Số vừa gọi", top first. */
async function recentNumbers(wall: Page): Promise<string[]> {
  const lines = await wall.getByTestId('recent-calls').locator('li').allTextContents();
  return lines.map((line) => /[A-Z]\d{3}/.exec(line)?.[0] ?? line);
}

/** The lines of the list shown whole, and those shown only in part (a line is whole or not shown). */
async function shownLines(wall: Page): Promise<{ whole: number; partial: string[] }> {
  const panel = await boxOf(wall.locator('mc-wall-recent-calls'));
  const lines = wall.getByTestId('recent-calls').locator('li');
  const shown = { whole: 0, partial: [] as string[] };
  for (let i = 0; i < (await lines.count()); i++) {
    const line = await boxOf(lines.nth(i));
    const inside = line.top >= panel.top && line.bottom <= panel.bottom + 0.5 && line.left >= panel.left && line.right <= panel.right + 0.5;
    if (inside) shown.whole++;
    else if (overlap(line, panel)) shown.partial.push((await lines.nth(i).textContent()) ?? '');
  }
  return shown;
}

describe('the wall display at 1920×1080', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const wideFont of [false, true]) {
      it(`names each ticket once in the last calls, and nothing covers a counter (${lang}${wideFont ? ', DejaVu Sans' : ''})`, async () => {
        const counter4 = await sixCalls();
        for (let i = 0; i < 2; i++) await recall(counter4);
        const wall = await openWall(lang, wideFont);

        // Sound is still off: its badge shows, on screen, over none of the board's parts.
        const sound = wall.getByTestId('enable-sound');
        await sound.waitFor();
        expect(await outsideViewport(sound)).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
        const badge = await boxOf(sound);
        for (const n of COUNTERS) {
          const card = wall.getByTestId(`counter-${n}`);
          expect(await coveredBy(card), `Quầy ${n}`).toEqual([]);
          expect(overlap(badge, await boxOf(card)), `the sound badge over Quầy ${n}`).toBe(false);
          expect(await outsideViewport(card), `Quầy ${n}`).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
        }
        for (const part of ['mc-wall-recent-calls', 'mc-wall-waiting']) {
          expect(overlap(badge, await boxOf(wall.locator(part))), `the sound badge over ${part}`).toBe(false);
        }

        // C001 recalled twice (the recall limit): one line, on top; five tickets named, at least four whole on screen.
        await expect.poll(() => recentNumbers(wall)).toEqual(['C001', 'F001', 'D001', 'A003', 'A002']);
        const shown = await shownLines(wall);
        expect(shown.partial).toEqual([]);
        expect(shown.whole).toBeGreaterThanOrEqual(4);
        expect(await outsideViewport(wall.getByTestId('recent-calls').locator('li').first())).toEqual({
          left: 0,
          top: 0,
          right: 0,
          bottom: 0,
        });
      });
    }
  }

  it('moves a recalled number to the top as it is called, and drops it once marked no-show', async () => {
    const counter4 = await sixCalls();
    const wall = await openWall('vi', false);
    await expect.poll(() => recentNumbers(wall)).toEqual(['F001', 'D001', 'C001', 'A003', 'A002']);

    // A001, no longer listed, is called again at counter 1: it comes back on top, once.
    const counter1 = new Desk(await signedIn(s.server, 'canbo1', DEMO_PASSWORDS.demo), s.catalog.counterId(1));
    await recall(counter1);
    await expect.poll(() => recentNumbers(wall)).toEqual(['A001', 'F001', 'D001', 'C001', 'A003']);
    await recall(counter4);
    await recall(counter4);
    await expect.poll(() => recentNumbers(wall)).toEqual(['C001', 'A001', 'F001', 'D001', 'A003']);
    expect(await wall.getByTestId('recent-calls').locator('li').first().textContent()).toMatch(/Gọi lại/i);

    // C001 did not come: it leaves the list (and its highlight) at once, and after a reload.
    ok(await counter4.act('no-show'));
    await expect.poll(() => recentNumbers(wall)).toEqual(['A001', 'F001', 'D001', 'A003', 'A002']);
    await expect.poll(() => wall.getByTestId('counter-4-ticket').textContent()).toBe('—');
    await wall.reload();
    await expect.poll(() => recentNumbers(wall)).toEqual(['A001', 'F001', 'D001', 'A003', 'A002']);
  });
});
