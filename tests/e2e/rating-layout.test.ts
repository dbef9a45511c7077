// The rating tablet at a counter (1280×800) as the citizen meets it: after "Chưa hài lòng" opens the
// reasons, the question stays below the header and every reason and "Gửi đánh giá" show whole, with
// nothing over them. Vietnamese and English, this machine's fonts and the wider DejaVu Sans.
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RATING_REASONS } from '../../shared/types.js';
import { Desk } from '../support/demo.js';
import { signedIn } from '../support/http-client.js';
import { boxOf, coveredBy, outsideViewport, useWideFont } from '../support/layout.js';
import { useScreens } from '../support/screens.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();
const TABLET = { width: 1280, height: 800 };
const ON_SCREEN = { left: 0, top: 0, right: 0, bottom: 0 };

async function expectWhole(part: Locator, name: string): Promise<void> {
  expect(await outsideViewport(part), name).toEqual(ON_SCREEN);
  expect(await coveredBy(part), name).toEqual([]);
}

describe('the rating tablet at 1280×800', () => {
  for (const lang of ['vi', 'en'] as const) {
    for (const wideFont of [false, true]) {
      it(`shows the question, every reason and the send button whole once "unsatisfied" is pressed (${lang}${wideFont ? ', DejaVu Sans' : ''})`, async () => {
        const desk = new Desk(await signedIn(s.server, 'canbo5', DEMO_PASSWORDS.demo), s.catalog.counterId(5));
        await desk.open();
        const tablet = await s.open(`${s.screen('/rating')}&counter=5`, TABLET);
        if (wideFont) await useWideFont(tablet);
        await tablet.getByTestId('rating-idle').waitFor();
        if (lang === 'en') {
          await tablet.locator('mc-lang-switch button').click();
          await expect.poll(() => tablet.getByTestId('rating-idle').locator('h2').textContent()).toMatch(/Counter 5/);
        }

        await s.issue([s.catalog.procedureIds('D')[0]]);
        await desk.callAndServe();
        await tablet.getByTestId('rate-unsatisfied').click();
        await tablet.getByTestId('rate-send').waitFor();

        const header = await boxOf(tablet.locator('mc-display-header'));
        const heading = tablet.locator('mc-rating-form h2');
        expect((await boxOf(heading)).top, 'the question starts below the header').toBeGreaterThanOrEqual(header.bottom);
        await expectWhole(heading, 'the question');
        await expectWhole(tablet.getByTestId('rate-unsatisfied'), 'Chưa hài lòng');
        for (const reason of RATING_REASONS) await expectWhole(tablet.getByTestId(`reason-${reason}`), reason);
        await expectWhole(tablet.getByTestId('rate-send'), 'Gửi đánh giá');
      });
    }
  }
});
