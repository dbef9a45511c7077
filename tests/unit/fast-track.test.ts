// Fast-track eligibility (shared/rules/fast-track.ts). Fixed dates of 2026 on purpose: a pure function of
// the instant given, which never reads the real clock, so these dates cannot expire.
import { describe, expect, it } from 'vitest';
import { fastTrackVerdict, isFastTrackDay, type FastTrackRule } from '../../shared/rules/fast-track.js';
import { calendar, vn } from './calendar-fixtures.js';

const rule: FastTrackRule = { days: [5], procedureIds: new Set([1, 8]) };
const ask = (at: string, over: Partial<{ procedureId: number; dossierComplete: boolean; needsVerification: boolean }> = {}) =>
  fastTrackVerdict(calendar, rule, { at: vn(at), procedureId: 1, dossierComplete: true, needsVerification: false, ...over });

describe('fast-track eligibility', () => {
  it('takes a complete listed dossier on Friday up to 16:59', () => {
    expect(ask('2026-11-27T16:59')).toEqual({ eligible: true });
    expect(ask('2026-11-27T08:00', { procedureId: 8 })).toEqual({ eligible: true });
  });

  it('refuses on Saturday, after the session and on a holiday Friday', () => {
    expect(ask('2026-11-28T09:00')).toEqual({ eligible: false, reason: 'not-fast-track-day' });
    expect(ask('2026-11-27T17:00')).toEqual({ eligible: false, reason: 'outside-session' });
    expect(isFastTrackDay(calendar, rule, vn('2026-02-20T09:00'))).toBe(false);
    expect(ask('2026-02-20T09:00')).toEqual({ eligible: false, reason: 'not-fast-track-day' });
  });

  it('refuses an incomplete dossier, one needing verification, or an unlisted procedure', () => {
    expect(ask('2026-11-27T09:00', { dossierComplete: false })).toEqual({ eligible: false, reason: 'dossier-incomplete' });
    expect(ask('2026-11-27T09:00', { needsVerification: true })).toEqual({ eligible: false, reason: 'needs-verification' });
    expect(ask('2026-11-27T09:00', { procedureId: 2 })).toEqual({ eligible: false, reason: 'procedure-not-listed' });
  });

  it('follows the configured day (Thursday at a ward that chose it)', () => {
    const thursday: FastTrackRule = { days: [4], procedureIds: rule.procedureIds };
    expect(
      fastTrackVerdict(calendar, thursday, { at: vn('2026-11-26T14:00'), procedureId: 1, dossierComplete: true, needsVerification: false }),
    ).toEqual({ eligible: true });
  });
});
