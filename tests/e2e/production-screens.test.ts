// The screens the server serves are the production build, whoever built them: a build made inside
// the test runner (NODE_ENV=test) or by `npm start` on a fresh clone ships Lit's production code, so
// a screen says nothing of "dev mode" in its console.
import { describe, expect, it } from 'vitest';
import { useScreens } from '../support/screens.js';

const s = useScreens();

describe('the screens served', () => {
  it('run Lit in production mode: no dev-mode warning on the wall or the counter', async () => {
    for (const path of ['/wall', '/counter']) {
      const page = await s.open('about:blank', { width: 1366, height: 768 });
      const messages: string[] = [];
      page.on('console', (m) => messages.push(m.text()));
      await page.goto(s.screen(path));
      // Lit warns as its module loads, before the first element renders.
      await expect.poll(() => page.evaluate(() => document.querySelector('body > *')?.shadowRoot !== null)).toBe(true);
      expect(messages.filter((m) => /dev mode/i.test(m))).toEqual([]);
    }
  });
});
