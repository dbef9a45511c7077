// Fast-track eligibility (shared/rules/fast-track.ts), on the fixture calendar (calendar-fixtures.ts):
// every date comes from the run's own date, so none can ever be past.
import { describe, expect, it } from 'vitest';
import { FAST_TRACK_REFUSALS, fastTrackVerdict, isFastTrackDay, type FastTrackRule } from '../../shared/rules/fast-track.js';
import { vnTime as vn } from '../support/test-dates.js';
import { HOLIDAY_FRIDAY, SATURDAY, WEEK, calendar } from './calendar-fixtures.js';

const rule: FastTrackRule = { days: [5], procedureIds: new Set([1, 8]) };
const ask = (date: string, time: string, over: Partial<{ procedureId: number; dossierComplete: boolean }> = {}) =>
  fastTrackVerdict(calendar, rule, { at: vn(date, time), procedureId: 1, dossierComplete: true, ...over });

describe('fast-track eligibility', () => {
  it('takes a complete listed dossier on Friday up to 16:59', () => {
    expect(ask(WEEK.friday, '16:59')).toEqual({ eligible: true });
    expect(ask(WEEK.friday, '08:00', { procedureId: 8 })).toEqual({ eligible: true });
  });

  it('refuses on Saturday, after the session and on a holiday Friday', () => {
    expect(ask(SATURDAY, '09:00')).toEqual({ eligible: false, reason: 'not-fast-track-day' });
    expect(ask(WEEK.friday, '17:00')).toEqual({ eligible: false, reason: 'outside-session' });
    expect(isFastTrackDay(calendar, rule, vn(HOLIDAY_FRIDAY, '09:00'))).toBe(false);
    expect(ask(HOLIDAY_FRIDAY, '09:00')).toEqual({ eligible: false, reason: 'not-fast-track-day' });
  });

  // Whether a dossier needs verification is the clerk's judgement at the counter, not a kiosk question.
  it('refuses an incomplete dossier or an unlisted procedure, and asks nothing a citizen cannot answer', () => {
    expect(ask(WEEK.friday, '09:00', { dossierComplete: false })).toEqual({ eligible: false, reason: 'dossier-incomplete' });
    expect(FAST_TRACK_REFUSALS).toEqual(['not-fast-track-day', 'outside-session', 'procedure-not-listed', 'dossier-incomplete']);
    expect(ask(WEEK.friday, '09:00', { procedureId: 2 })).toEqual({ eligible: false, reason: 'procedure-not-listed' });
  });

  it('follows the configured day (Thursday at a ward that chose it)', () => {
    const thursday: FastTrackRule = { days: [4], procedureIds: rule.procedureIds };
    expect(
      fastTrackVerdict(calendar, thursday, {
        at: vn(WEEK.thursday, '14:00'),
        procedureId: 1,
        dossierComplete: true,
      }),
    ).toEqual({ eligible: true });
  });
});
