// Working-day arithmetic and result due dates (shared/rules/working-days.ts). Fixed dates of 2026 on
// purpose: pure functions of the dates given, which never read the real clock, so they cannot expire.
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay, resultDueDate, timeliness } from '../../shared/rules/working-days.js';
import { calendar, vn } from './calendar-fixtures.js';

const due = (receivedAt: string, processingDays: number, afternoonCutoff = true) =>
  resultDueDate({ receivedAt: vn(receivedAt), timezone: calendar.timezone, processingDays, afternoonCutoff, holidays: calendar.holidays });

describe('working-day due dates', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay('2026-11-27', calendar.holidays)).toBe(true);
    expect(isWorkingDay('2026-11-28', calendar.holidays)).toBe(false);
    expect(isWorkingDay('2026-02-16', calendar.holidays)).toBe(false);
    expect(addWorkingDays('2026-11-27', 1, calendar.holidays)).toBe('2026-11-30');
  });

  it('counts 3 working days from a Thursday across the weekend', () => {
    expect(due('2026-11-26T09:00', 3)).toBe('2026-12-01');
  });

  it('counts across the Tết break and its weekend', () => {
    // Received Thursday 12 February 2026; Friday 13 counts, then Tết (14–22), then Monday 23.
    expect(due('2026-02-12T09:00', 2)).toBe('2026-02-23');
    expect(due('2026-02-12T09:00', 5)).toBe('2026-02-26');
  });

  it('returns a same-day procedure the same day before 15:00, the next working day after', () => {
    expect(due('2026-11-27T14:59', 0)).toBe('2026-11-27');
    expect(due('2026-11-27T15:00', 0)).toBe('2026-11-30');
    expect(due('2026-11-27T15:30', 0, false)).toBe('2026-11-27');
    expect(due('2026-11-26T16:00', 3)).toBe('2026-12-02');
  });

  it('counts a Saturday receipt from Monday', () => {
    expect(due('2026-11-28T09:00', 0)).toBe('2026-11-30');
  });

  it('grades a returned result early, on time or late', () => {
    expect(timeliness('2026-11-30', '2026-12-01')).toBe('early');
    expect(timeliness('2026-12-01', '2026-12-01')).toBe('on-time');
    expect(timeliness('2026-12-02', '2026-12-01')).toBe('late');
  });
});
