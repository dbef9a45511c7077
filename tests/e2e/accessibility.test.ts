// axe-core in a real Chromium over the citizen-facing screens: the kiosk, the wall display and the
// phone's status page — and Form 01's staff parts (the finish panel with "Cần xác minh", the reprint
// dialog). Any 'serious' or 'critical' violation fails the test, with what and where.
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IssuedTicket } from '../../shared/types.js';
import { Desk } from '../support/demo.js';
import { signInAll } from '../support/clock-and-roles.js';
import { signIn, signInAtCounter, useScreens } from '../support/screens.js';
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

/** The serious and critical violations on the page as it is now; `within`: one element's, by its path through shadow roots. */
async function seriousViolations(page: Page, within?: string[]): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (path) => {
    type AxeResult = { violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: Document | { include: string[][] }): Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(path ? { include: [path] } : document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  }, within);
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

  it('counter and reception: the finish panel with a line marked "Cần xác minh", and Form 01 in the reprint dialog', async () => {
    const marital = s.catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    const { ticket } = await s.issue([marital]);
    const counter = await open(`/counter?center=${DEMO_CENTER_ID}`, { width: 1366, height: 768 });
    await signInAtCounter(counter, 'canbo1', 1);
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('start').isEnabled()).toBe(true);
    await counter.getByTestId('start').click();
    await expect.poll(() => counter.getByTestId('finish').isEnabled()).toBe(true);
    await counter.getByTestId('finish').click();
    await counter.getByTestId(`verify-${marital}`).check();
    await counter.getByTestId(`verify-reason-${marital}`).selectOption('on-site-check');
    expect(await seriousViolations(counter)).toEqual([]);
    await counter.getByTestId('citizen-name').fill('Nguyễn Văn An');
    await counter.getByTestId('finish-confirm').click();
    await expect.poll(() => counter.getByTestId('appointment-slip').isVisible()).toBe(true);

    const reception = await open(`/reception?center=${DEMO_CENTER_ID}`, { width: 1366, height: 768 });
    await signIn(reception, 'tiepdan');
    await reception.getByTestId(`reprint-${ticket.id}-${marital}`).click();
    await expect.poll(() => reception.getByTestId('reprint-slip').isVisible()).toBe(true);
    // The modal dialog, which is all a keyboard or a screen reader can reach while it is open.
    expect(await seriousViolations(reception, ['mc-reception-app', 'mc-result-return', 'mc-appointment-reprint'])).toEqual([]);
  });
});
