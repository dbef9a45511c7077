// axe-core in a real Chromium over the citizen-facing screens: the kiosk, the wall display and the
// phone's status page. Any 'serious' or 'critical' violation fails the test, with what and where.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { Desk } from '../support/demo.js';
import { signInAll } from '../support/clock-and-roles.js';
import { useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID } from '../support/test-server.js';

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

// Each test starts from its own server, with one A ticket waiting.
const s = useScreens();
const issueA = (): Promise<IssuedTicket> => s.issue([s.catalog.procedureIds('A')[0]]);

/** A page whose CSP lets the test inject axe (the screens' own policy allows no inline script). */
async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const context = await s.browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(s.server.baseUrl + path);
  return page;
}

/** The serious and critical violations on the page as it is now. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

describe('accessibility (axe-core): no serious or critical violation', () => {
  it('kiosk: the field step, and the priority step with its big buttons', async () => {
    await issueA();
    const kiosk = await open(`/kiosk?center=${DEMO_CENTER_ID}`, { width: 1080, height: 1920 });
    await kiosk.getByTestId('field-A').waitFor();
    expect(await seriousViolations(kiosk)).toEqual([]);
    await kiosk.getByTestId('field-A').click();
    await kiosk.getByTestId(`procedure-${s.catalog.procedureIds('A')[0]}`).click();
    await kiosk.getByTestId('priority-none').waitFor();
    expect(await seriousViolations(kiosk)).toEqual([]);
  });

  it('wall display, with a call on the board', async () => {
    const ticket = await issueA();
    const wall = await open(`/wall?center=${DEMO_CENTER_ID}`, { width: 1920, height: 1080 });
    await wall.getByTestId('counter-1').waitFor();
    const { canbo1 } = await signInAll(s.server, ['canbo1'] as const);
    const desk = new Desk(canbo1, s.catalog.counterId(1));
    await desk.open();
    await desk.callNext();
    await expect.poll(() => wall.getByTestId('counter-1-ticket').textContent()).toContain(ticket.ticket.number);
    expect(await seriousViolations(wall)).toEqual([]);
  });

  it('status page on a phone: waiting, then done with the rating question', async () => {
    const ticket = await issueA();
    // Called at counter 1 (as on the wall above) before the phone opens; counter 1 then finishes it.
    const { canbo1 } = await signInAll(s.server, ['canbo1'] as const);
    const desk = new Desk(canbo1, s.catalog.counterId(1));
    await desk.open();
    await desk.callNext();
    const phone = await open(`/status?t=${ticket.statusToken}`, { width: 360, height: 740 });
    await phone.getByTestId('status-number').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
    await desk.serve(ticket.ticket);
    await phone.getByTestId('status-done').waitFor();
    await phone.getByTestId('rate-unsatisfied').click();
    await phone.getByTestId('rate-send').waitFor();
    expect(await seriousViolations(phone)).toEqual([]);
  });
});
