// The wall's sound as a TV in the hall meets it: nobody taps a wall. In a browser left at Chromium's
// default autoplay policy the wall finds its sound blocked, shows a small badge over nothing and the
// manager board says so, until a tap (and again after a reload, which loses the tap). In a browser
// started with --autoplay-policy=no-user-gesture-required, as the README sets a wall up, a call is
// heard without any gesture — from the recorded clips, since headless Chromium has no Vietnamese voice.
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { Desk } from '../support/demo.js';
import { ok, signedIn } from '../support/http-client.js';
import { boxOf, outsideViewport, overlap } from '../support/layout.js';
import { inEnglish, signIn, useScreens, type Screens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';
import type { BoardView } from '../../shared/types.js';

const TV = { width: 1920, height: 1080 };
const COUNTERS = [1, 2, 3, 4, 5, 6];

/** Every media element's play() the page makes, as it turned out: the clip's file, or the refusal. */
async function recordPlays(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const played: string[] = [];
    Object.assign(window, { played });
    // A proxy of the browser's own play(): each call goes through unchanged, and is noted as it settles.
    // eslint-disable-next-line @typescript-eslint/unbound-method -- the proxy calls it with its element as `this`
    HTMLMediaElement.prototype.play = new Proxy(HTMLMediaElement.prototype.play, {
      apply(play, media: HTMLMediaElement, args: []) {
        const started = Reflect.apply(play, media, args);
        started.then(
          () => played.push(media.currentSrc),
          (err: unknown) => played.push(`refused: ${err instanceof DOMException ? err.name : String(err)}`),
        );
        return started;
      },
    });
  });
}

/** The clip names played so far: /assets/moi-cong-dan-co-so-<8-character hash>.opus → moi-cong-dan-co-so. */
async function playedClips(page: Page): Promise<string[]> {
  const played = await page.evaluate(() => (window as unknown as { played: string[] }).played);
  return played.map((src) => /\/([^/]+)-[\w-]{8}\.opus$/.exec(src)?.[1] ?? src);
}

const soundState = (wall: Page) => wall.locator('mc-wall-board').getAttribute('data-sound');

async function openBoard(s: Screens): Promise<Page> {
  const board = await s.open(s.screen('/board'), TV);
  await signIn(board, 'quanly');
  await board.getByTestId('board-alerts').waitFor();
  return board;
}

const silentWallAlert = (board: Page) => board.locator('[data-testid="board-alerts"] li[data-kind="silent-wall"]');

describe('a wall in a browser that blocks autoplay', () => {
  const s = useScreens();

  it('shows a small badge over no counter, the board raises an alert, and a tap clears both', async () => {
    const board = await openBoard(s);
    const wall = await s.open(s.screen('/wall'), TV, recordPlays);
    await expect.poll(() => soundState(wall)).toBe('blocked');

    // The badge: on screen, in the header band, over no counter's card nor the side panels.
    const badge = await boxOf(wall.getByTestId('enable-sound'));
    expect(await outsideViewport(wall.getByTestId('enable-sound'))).toEqual({ left: 0, top: 0, right: 0, bottom: 0 });
    for (const n of COUNTERS) {
      expect(overlap(badge, await boxOf(wall.getByTestId(`counter-${n}`))), `the badge over Quầy ${n}`).toBe(false);
    }
    for (const part of ['mc-wall-recent-calls', 'mc-wall-waiting']) {
      expect(overlap(badge, await boxOf(wall.locator(part))), `the badge over ${part}`).toBe(false);
    }

    // The manager board, in its own language.
    await expect
      .poll(() => silentWallAlert(board).textContent())
      .toBe('1 màn hình gọi số chưa ghép nối không phát được âm thanh: trình duyệt chặn âm thanh tự phát');
    await inEnglish(board);
    await expect
      .poll(() => silentWallAlert(board).textContent())
      .toBe('1 unpaired call display cannot play sound: its browser blocks autoplay');

    // Someone taps the badge: sound plays, the badge and the alert go.
    await wall.getByTestId('enable-sound').click();
    await expect.poll(() => soundState(wall)).toBe('on');
    expect(await wall.getByTestId('enable-sound').count()).toBe(0);
    await expect.poll(() => silentWallAlert(board).count()).toBe(0);

    // A reload loses the tap: blocked again, and the board says so again.
    await wall.reload();
    await expect.poll(() => soundState(wall)).toBe('blocked');
    await expect.poll(() => silentWallAlert(board).count()).toBe(1);
    // Nothing was ever played without the tap.
    expect(await playedClips(wall)).toEqual([]);
  });
});

describe('a wall in a browser started with --autoplay-policy=no-user-gesture-required', () => {
  const s = useScreens({ browserArgs: ['--autoplay-policy=no-user-gesture-required'] });

  it('plays a call from the clips without any gesture, and shows no badge', async () => {
    const wall = await s.open(s.screen('/wall'), TV, recordPlays);
    // On by the policy alone: a page's AudioContext never starts by itself from a gesture either
    // (the blocked wall above, read the same way, stays blocked until its badge is tapped).
    await expect.poll(() => soundState(wall)).toBe('on');
    expect(await wall.getByTestId('enable-sound').count()).toBe(0);
    // This browser has no Vietnamese voice: the clips are what speaks.
    expect(await wall.evaluate(() => speechSynthesis.getVoices().some((v) => v.lang.toLowerCase().startsWith('vi')))).toBe(false);

    const desk = new Desk(await signedIn(s.server, 'canbo1', DEMO_PASSWORDS.demo), s.catalog.counterId(1));
    await desk.open();
    await s.issue([s.catalog.procedureNamed('Đăng ký khai sinh')]);
    await desk.callNext();

    // "Mời công dân có số A không không một đến quầy số một", clip after clip to the last one's end.
    await expect.poll(() => playedClips(wall)).toEqual(['moi-cong-dan-co-so', 'a', '0', '0', '1', 'den-quay-so', '1']);
    // The manager's board lists no silent wall.
    const manager = await signedIn(s.server, 'quanly', DEMO_PASSWORDS.demo);
    expect(ok(await manager.get<BoardView>(`/api/centers/${DEMO_CENTER_ID}/board`)).silentWalls).toEqual([]);
  });
});
