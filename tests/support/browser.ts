// Debian's Chromium driven by playwright-core: never a downloaded browser.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.MOTCUA_CHROMIUM ?? '/usr/bin/chromium';

/** `args`: more command-line switches, e.g. the autoplay policy a wall's browser is set up with. */
export function launchBrowser(args: readonly string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No browser at ${CHROMIUM}: install Debian's chromium (apt-get install -y chromium).`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', ...args],
  });
}

/** Uncaught script errors of every page opened here; a test asserts it stays empty. */
export const pageErrors: string[] = [];

/**
 * A fresh page with its own cookies and storage, in a Vietnamese locale and the center's time zone.
 * `prepare` sets its context up before the page opens (permissions, init scripts).
 */
export async function openPage(
  browser: Browser,
  url: string,
  viewport = { width: 1366, height: 768 },
  prepare: (context: BrowserContext) => Promise<unknown> = () => Promise.resolve(),
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await prepare(context);
  const page = await context.newPage();
  page.on('pageerror', (err) => pageErrors.push(`${url}: ${err.message}`));
  await page.goto(url);
  return page;
}
