// No-wait Friday in a real browser: on a (clock-set) Friday a citizen takes a listed procedure at
// the kiosk with a complete dossier, gets a fast-lane ticket, and a clerk and a leader walk it
// through the four on-site steps: received, appraised, approved, result returned. Each test starts
// from its own server and brings the dossier to its step itself, over the API.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { FastTrackDossier, TicketView } from '../../shared/types.js';
import { issueFast } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok, signedIn } from '../support/http-client.js';
import { signIn, signInAtCounter, useScreens } from '../support/screens.js';
import { NEXT_FRIDAY, vnTime } from '../support/test-dates.js';
import { DEMO_PASSWORDS } from '../support/test-server.js';

/** 09:00 in Hà Nội on the Friday of the run's test week (an ordinary working day after today). */
const FRIDAY_9AM = vnTime(NEXT_FRIDAY, '09:00');

const s = useScreens({ at: FRIDAY_9AM });

const birthId = () => s.catalog.procedureNamed('Đăng ký khai sinh');
const stepDone = (counter: Page, step: string) => counter.getByTestId(`step-${step}`).getAttribute('data-done');

/** The kiosk at the checklist of birth registration. */
async function kioskAtChecklist(): Promise<Page> {
  const kiosk = await s.open(s.screen('/kiosk'), { width: 1280, height: 800 });
  await kiosk.getByTestId('field-A').click();
  await kiosk.getByTestId(`procedure-${birthId()}`).click();
  await expect.poll(() => kiosk.getByTestId('checklist').textContent()).toContain('Giấy chứng sinh');
  return kiosk;
}

/**
 * N001 issued for a complete dossier, called at counter 1 by canbo1 and taken through the given
 * steps over the API ('appraised', then 'approved' by the leader).
 */
async function dossierAt(stage: 'appraised' | 'approved'): Promise<TicketView> {
  const issued = await issueFast(s.kiosk, [birthId()], { dossierComplete: true });
  expect(issued.ticket.number).toBe('N001');
  const desk = new Desk(await signedIn(s.server, 'canbo1', DEMO_PASSWORDS.demo), s.catalog.counterId(1));
  await desk.open();
  const ticket = await desk.callNext();
  ok(await desk.act('start'));
  ok(await desk.act<FastTrackDossier>('appraise'));
  if (stage === 'approved') {
    const leader = await signedIn(s.server, 'lanhdao', DEMO_PASSWORDS.demo);
    ok(await leader.post<FastTrackDossier>(`/api/tickets/${ticket.id}/approve`, {}));
  }
  return ticket;
}

/** canbo1's terminal at counter 1, showing the dossier at `stage`. */
async function counterShowing(stage: 'appraised' | 'approved'): Promise<Page> {
  const counter = await s.open(s.screen('/counter'));
  await signInAtCounter(counter, 'canbo1', 1);
  await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain('N001');
  await expect.poll(() => stepDone(counter, stage)).toBe('true');
  return counter;
}

describe('No-wait Friday, from the kiosk to the result', () => {
  it('marks birth registration as same-day at the kiosk and shows its checklist, four steps counted from the first', async () => {
    const kiosk = await s.open(s.screen('/kiosk'), { width: 1280, height: 800 });
    const step = () => kiosk.getByTestId('kiosk-step').textContent();
    // A field with a same-day procedure may need the checklist: the count says four from the start.
    await expect.poll(step).toBe('Bước 1/4');
    await kiosk.getByTestId('field-A').click();
    await expect.poll(() => kiosk.getByTestId(`fast-track-badge-${birthId()}`).count()).toBe(1);
    expect(await step()).toBe('Bước 2/4');
    await kiosk.getByTestId(`procedure-${birthId()}`).click();
    await expect.poll(() => kiosk.getByTestId('checklist').textContent()).toContain('Giấy chứng sinh');
    expect(await step()).toBe('Bước 3/4');
    await kiosk.getByTestId('dossier-complete-yes').click();
    await kiosk.getByTestId('checklist-continue').click();
    await expect.poll(step).toBe('Bước 4/4');
  });

  it('asks the citizen only whether the documents are all there, and gives a fast-lane ticket N001', async () => {
    const kiosk = await kioskAtChecklist();
    // Verification is the clerk's judgement at the counter: the kiosk never asks it.
    expect(await kiosk.getByText('xác minh').count()).toBe(0);
    expect(await kiosk.getByTestId('checklist-continue').isDisabled()).toBe(true);
    await kiosk.getByTestId('dossier-complete-yes').click();
    await kiosk.getByTestId('checklist-continue').click();
    await kiosk.getByTestId('take-ticket').click();
    await expect.poll(() => kiosk.getByTestId('issued-number').textContent()).toContain('N001');
    expect(await kiosk.getByTestId('lane').getAttribute('data-lane')).toBe('fast');
  });

  it('lets the clerk at the fast-track counter call it first, receive and appraise it', async () => {
    await issueFast(s.kiosk, [birthId()], { dossierComplete: true });
    // An earlier-looking walk-in in the same field must not pass the fast lane at counter 1.
    await s.issue([birthId()]);
    const counter = await s.open(s.screen('/counter'));
    await signIn(counter, 'canbo1');
    await counter.getByTestId('pick-counter-1').click();
    await counter.getByTestId('call-next').click();
    await expect.poll(() => counter.getByTestId('current-ticket').textContent()).toContain('N001');
    await counter.getByTestId('start').click();
    await expect.poll(() => stepDone(counter, 'received')).toBe('true');
    await counter.getByTestId('appraise').click();
    await expect.poll(() => stepDone(counter, 'appraised')).toBe('true');
    expect(await stepDone(counter, 'approved')).toBe('false');
  });

  it('refuses to hand over the result before a leader approves', async () => {
    await dossierAt('appraised');
    const counter = await counterShowing('appraised');
    await counter.getByTestId('finish').click();
    expect(await counter.getByTestId('finish-confirm').isDisabled()).toBe(true);
    await counter.keyboard.press('Escape');
  });

  it('lets the leader approve on the spot, and the counter sees it at once', async () => {
    await dossierAt('appraised');
    const counter = await counterShowing('appraised');
    const leader = await s.open(s.screen('/leader'));
    await signIn(leader, 'lanhdao');
    await expect.poll(() => leader.getByTestId('approvals').textContent()).toContain('N001');
    await leader.getByTestId('approve-N001').click();
    await expect.poll(() => stepDone(counter, 'approved')).toBe('true');
    await expect.poll(() => leader.getByTestId('approval-N001').count()).toBe(0);
  });

  it('returns the result the same day: the fourth step, and a 100 % same-day rate', async () => {
    await dossierAt('approved');
    const counter = await counterShowing('approved');
    const leader = await s.open(s.screen('/leader'));
    await signIn(leader, 'lanhdao');
    await leader.getByTestId('fast-track-rate').waitFor();

    await counter.getByTestId('finish').click();
    await counter.getByTestId(`outcome-${birthId()}`).selectOption('returned');
    await counter.getByTestId('finish-confirm').click();
    await expect.poll(() => leader.getByTestId('fast-track-rate').textContent()).toContain('100');
    // Each step's time is the server's clock (the test's Friday), in order.
    const steps = s.server.store.first<{ received_at: number; appraised_at: number; approved_at: number; returned_at: number }>(
      "SELECT s.* FROM fast_track_steps s JOIN tickets t ON t.id = s.ticket_id WHERE t.number = 'N001'",
    )!;
    const times = [steps.received_at, steps.appraised_at, steps.approved_at, steps.returned_at];
    expect(times.every((at) => at >= FRIDAY_9AM && at < FRIDAY_9AM + 3600_000)).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });
});
