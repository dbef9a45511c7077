// The retention of Form 01's name and phone (shared/rules/personal-data.ts): months back from today,
// the day clamped to the month's end. Pure date arithmetic: the dates below never expire.
import { describe, expect, it } from 'vitest';
import { personalDataCutoff } from '../../shared/rules/personal-data.js';

describe('personal data retention cutoff', () => {
  it('goes back whole calendar months, across years', () => {
    expect(personalDataCutoff('2026-12-01', 24)).toBe('2024-12-01');
    expect(personalDataCutoff('2026-01-15', 1)).toBe('2025-12-15');
    expect(personalDataCutoff('2026-03-10', 120)).toBe('2016-03-10');
  });

  it('clamps to the end of a shorter month, leap years included', () => {
    expect(personalDataCutoff('2026-05-31', 3)).toBe('2026-02-28');
    expect(personalDataCutoff('2028-05-31', 3)).toBe('2028-02-29');
    expect(personalDataCutoff('2026-03-31', 1)).toBe('2026-02-28');
    expect(personalDataCutoff('2026-07-31', 1)).toBe('2026-06-30');
  });
});
