// The province's indicators on the screens: the counter's "digitised" box at Finish, the panel on the
// manager board (with the 90 % threshold marked) and the wards side by side on the province screen —
// figures from dossiers recorded through the counter screen and the API, in Vietnamese and English.
// Screenshots of each at 1920×1080 (the board on a TV) and 1366×768 in /tmp/shots-indicators/.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DEMO_PROVINCE, seedDemoProvince } from '../../server/demo/demo-province.js';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import { addDays } from '../../shared/rules/sessions.js';
import { Desk } from '../support/demo.js';
import { ok, signedIn } from '../support/http-client.js';
import { inEnglish, signIn, signInAtCounter, useScreens } from '../support/screens.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const SHOTS = '/tmp/shots-indicators';
/** The panels' period: the last 30 days, today (the test clock's Monday) included. */
const THIRTY_DAYS_FROM = addDays(NEXT_MONDAY, -29);
const s = useScreens();
const code = (sequence: number) => formatDossierCode({ agency: '000.00.01.H26', date: NEXT_MONDAY, sequence });
const percent = (lang: 'vi-VN' | 'en-GB', share: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);

/** Two birth registrations finished at counter 1's screen, each with its code, the first one's papers digitised. */
async function finishTwoAtTheCounter(): Promise<void> {
  const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
  await s.issue([birth]);
  await s.issue([birth]);
  const counter = await s.open(s.screen('/counter'), { width: 1366, height: 768 });
  await signInAtCounter(counter, 'canbo1', 1);
  for (const [sequence, digitised] of [
    [1, true],
    [2, false],
  ] as const) {
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('start').isEnabled()).toBe(true);
    await counter.getByTestId('start').click();
    await expect.poll(() => counter.getByTestId('finish').isEnabled()).toBe(true);
    await counter.getByTestId('finish').click();
    const box = counter.getByTestId(`digitised-${birth}`);
    // No code yet: nothing to mark.
    expect(await box.isDisabled()).toBe(true);
    await counter.getByTestId(`dossier-code-${birth}`).fill(code(sequence));
    await counter.keyboard.press('Enter');
    await expect.poll(() => box.isEnabled()).toBe(true);
    // The box sits under the code field and is no wider than it: it widens no column of the panel.
    const [field, label] = await Promise.all([
      counter.getByTestId(`dossier-code-${birth}`).boundingBox(),
      counter.getByTestId(`digitised-label-${birth}`).boundingBox(),
    ]);
    expect(label!.width).toBeLessThanOrEqual(field!.width);
    expect(label!.y).toBeGreaterThan(field!.y + field!.height - 1);
    if (digitised) {
      await box.check();
      if (sequence === 1) await counter.screenshot({ path: `${SHOTS}/finish-panel-1366.png` });
    }
    await counter.getByTestId('finish-confirm').click();
    await expect.poll(() => counter.getByTestId('call-next').isEnabled()).toBe(true);
  }
}

/** A visit of field F (help with online submission) served over the API at counter 4. */
async function helpOnline(): Promise<void> {
  await s.issue([s.catalog.procedureNamed('Hướng dẫn nộp hồ sơ trực tuyến')]);
  const desk = new Desk(await signedIn(s.server, 'canbo4', DEMO_PASSWORDS.demo), s.catalog.counterId(4));
  await desk.open();
  await desk.callAndServe();
}

const figure = (page: Page, testid: string) => page.getByTestId(testid).textContent();

describe('the province’s indicators on the screens', () => {
  it('the digitised box at Finish and the board’s panel with the threshold, in Vietnamese and English', async () => {
    await finishTwoAtTheCounter();
    await helpOnline();
    const board = await s.open(s.screen('/board'), { width: 1920, height: 1080 });
    await signIn(board, 'quanly');
    // Two dossiers, both handed over at once: 100 % on time, 0 working days, none overdue nor rated → 5.4 at 100 %.
    await expect.poll(() => figure(board, 'indicators-digitised')).toBe(percent('vi-VN', 1 / 2));
    expect(await figure(board, 'indicators-on-time')).toBe(percent('vi-VN', 1));
    expect(await figure(board, 'indicators-processing')).toBe('0');
    expect(await figure(board, 'indicators-satisfaction')).toBe(percent('vi-VN', 1));
    expect(await figure(board, 'indicators-verdict')).toBe('Đạt ngưỡng');
    expect(await figure(board, 'indicators-threshold')).toBe(`Ngưỡng ${percent('vi-VN', 0.9)}`);
    expect(await figure(board, 'indicators-rated')).toBe(percent('vi-VN', 0));
    // Three visits, the field F one helped.
    expect(await figure(board, 'indicators-online')).toBe(percent('vi-VN', 1 / 3));
    expect(await figure(board, 'indicators-dossiers')).toBe('2 hồ sơ tiếp nhận');
    // The exports behind the panel's links are the center's, for its period.
    const csvHref = await board.getByTestId('indicators-csv').getAttribute('href');
    expect(csvHref).toBe(`/api/centers/${DEMO_CENTER_ID}/indicators.csv?from=${THIRTY_DAYS_FROM}&to=${NEXT_MONDAY}&lang=vi`);
    await board.screenshot({ path: `${SHOTS}/board-1920.png` });
    await board.setViewportSize({ width: 1366, height: 768 });
    await board.screenshot({ path: `${SHOTS}/board-1366.png` });

    await inEnglish(board);
    await expect.poll(() => figure(board, 'indicators-verdict')).toBe('Meets the threshold');
    expect(await board.getByText('Average processing (working days)').count()).toBe(1);
    expect(await figure(board, 'indicators-online')).toBe(percent('en-GB', 1 / 3));
    await board.screenshot({ path: `${SHOTS}/board-1366-en.png` });
  });

  it('the leader screen has the same panel under the fast lane’s figures, in Vietnamese and English', async () => {
    await finishTwoAtTheCounter();
    const leader = await s.open(s.screen('/leader'), { width: 1366, height: 768 });
    await signIn(leader, 'lanhdao');
    await expect.poll(() => figure(leader, 'indicators-digitised')).toBe(percent('vi-VN', 1 / 2));
    // No fast-track dossier today: no same-day rate yet, as the board says it.
    expect(await figure(leader, 'fast-track-rate')).toBe('—');
    expect(await figure(leader, 'indicators-on-time')).toBe(percent('vi-VN', 1));
    expect(await figure(leader, 'indicators-verdict')).toBe('Đạt ngưỡng');
    expect(await figure(leader, 'indicators-dossiers')).toBe('2 hồ sơ tiếp nhận');
    // The last 30 days, as on the board.
    expect(await leader.getByTestId('indicators-csv').getAttribute('href')).toBe(
      `/api/centers/${DEMO_CENTER_ID}/indicators.csv?from=${THIRTY_DAYS_FROM}&to=${NEXT_MONDAY}&lang=vi`,
    );
    await leader.screenshot({ path: `${SHOTS}/leader-1366.png`, fullPage: true });

    // A third dossier received at counter 4 while the leader looks: the panel follows within seconds.
    const residence = s.catalog.procedureNamed('Đăng ký tạm trú');
    await s.issue([residence]);
    const clerk = new Desk(await signedIn(s.server, 'canbo4', DEMO_PASSWORDS.demo), s.catalog.counterId(4));
    await clerk.open();
    await clerk.callNext();
    ok(await clerk.act('start'));
    ok(
      await clerk.act('finish', { outcomes: [{ procedureId: residence, outcome: 'appointment', dossierCode: code(3), digitised: true }] }),
    );
    await expect.poll(() => figure(leader, 'indicators-dossiers'), { timeout: 10_000 }).toBe('3 hồ sơ tiếp nhận');
    expect(await figure(leader, 'indicators-digitised')).toBe(percent('vi-VN', 2 / 3));

    await inEnglish(leader);
    await expect.poll(() => figure(leader, 'indicators-verdict')).toBe('Meets the threshold');
    await leader.setViewportSize({ width: 1024, height: 768 });
    await leader.screenshot({ path: `${SHOTS}/leader-1024-en.png`, fullPage: true });
  });

  it('a late result takes the measure under 90 %: the panel says so', async () => {
    // A same-day signature certification promised for today and not handed over; read the next day.
    const clerk = new Desk(await signedIn(s.server, 'canbo1', DEMO_PASSWORDS.demo), s.catalog.counterId(1));
    await clerk.open();
    const signature = s.catalog.procedureNamed('Chứng thực chữ ký');
    await s.issue([signature]);
    await clerk.callNext();
    ok(await clerk.act('start'));
    ok(
      await clerk.act('finish', { outcomes: [{ procedureId: signature, outcome: 'appointment', dossierCode: code(7), digitised: true }] }),
    );
    s.server.clock.advance(24 * 3_600_000);
    const board = await s.open(s.screen('/board'), { width: 1920, height: 1080 });
    await signIn(board, 'quanly');
    await expect.poll(() => figure(board, 'indicators-verdict')).toBe('Dưới ngưỡng');
    expect(await figure(board, 'indicators-satisfaction')).toBe(percent('vi-VN', 0));
    expect(await figure(board, 'indicators-on-time')).toBe(percent('vi-VN', 0));
    expect(await board.getByTestId('indicators-meter').getAttribute('data-meets')).toBe('false');
    await board.screenshot({ path: `${SHOTS}/board-below-1920.png` });
  });

  it('the province screen puts its wards’ indicators side by side', async () => {
    expect(await seedDemoProvince(s.server.store, s.server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    await finishTwoAtTheCounter();
    const province = await s.open(`${s.server.baseUrl}/province?center=${DEMO_PROVINCE.id}`, { width: 1920, height: 1080 });
    await signIn(province, 'quanly.tinh');
    await expect.poll(() => figure(province, `province-indicators-digitised-${DEMO_CENTER_ID}`)).toBe(percent('vi-VN', 1 / 2));
    expect(await figure(province, `province-indicators-dossiers-${DEMO_CENTER_ID}`)).toBe('2');
    expect(await figure(province, `province-indicators-satisfaction-${DEMO_CENTER_ID}`)).toContain(percent('vi-VN', 1));
    expect(await figure(province, 'province-indicators-dossiers-total')).toBe('2');
    await province.screenshot({ path: `${SHOTS}/province-1920.png`, fullPage: true });
    await province.setViewportSize({ width: 1366, height: 768 });
    await province.screenshot({ path: `${SHOTS}/province-1366.png`, fullPage: true });
    await inEnglish(province);
    await expect.poll(() => province.getByTestId('province-indicators').textContent()).toContain('All centers together');
    await province.screenshot({ path: `${SHOTS}/province-1366-en.png`, fullPage: true });
  });
});
