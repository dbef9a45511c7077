// Working-day arithmetic and result due dates (shared/rules/working-days.ts), on the fixture calendar
// (calendar-fixtures.ts): every date comes from the run's own date, the week its test week and Tết the
// next one, so none can ever be in the past.
import { describe, expect, it } from 'vitest';
import { addDays } from '../../shared/rules/sessions.js';
import { addWorkingDays, isWorkingDay, processingDaysOf, resultDueDate, timeliness } from '../../shared/rules/working-days.js';
import { vnTime } from '../support/test-dates.js';
import { NEXT_MONDAY, NEXT_TUESDAY, NEXT_WEDNESDAY, SATURDAY, TET, TET_WEEKDAY, WEEK, calendar } from './calendar-fixtures.js';

const due = (date: string, time: string, processingDays: number, afternoonCutoff = true) =>
  resultDueDate({
    receivedAt: vnTime(date, time),
    timezone: calendar.timezone,
    processingDays,
    afternoonCutoff,
    holidays: calendar.holidays,
  });

describe('working-day due dates', () => {
  it('skips weekends and holidays', () => {
    expect(isWorkingDay(WEEK.friday, calendar.holidays)).toBe(true);
    expect(isWorkingDay(SATURDAY, calendar.holidays)).toBe(false);
    expect(isWorkingDay(TET_WEEKDAY, calendar.holidays)).toBe(false);
    expect(addWorkingDays(WEEK.friday, 1, calendar.holidays)).toBe(NEXT_MONDAY);
  });

  it('a dossier the clerk marks "needs verification" takes its verification days, never fewer than its own', () => {
    const sameDay = { processingDays: 0, verificationDays: 5 };
    expect(processingDaysOf(sameDay, false)).toBe(0);
    expect(processingDaysOf(sameDay, true)).toBe(5);
    expect(processingDaysOf({ processingDays: 7, verificationDays: 5 }, true)).toBe(7);
    // Received on the Friday of the fast track: five working days on, past the weekend (and the fixture's holidays).
    expect(due(WEEK.friday, '09:00', processingDaysOf(sameDay, true))).toBe(addWorkingDays(WEEK.friday, 5, calendar.holidays));
  });

  it('counts 3 working days from a Thursday across the weekend', () => {
    expect(due(WEEK.thursday, '09:00', 3)).toBe(NEXT_TUESDAY);
  });

  it('counts across the Tết break and its weekend', () => {
    // Received the Thursday before the break (which starts on a Saturday): Friday counts, then Tết, then Monday.
    const thursday = addDays(TET[0], -2);
    const monday = addDays(TET.at(-1)!, 1);
    expect(due(thursday, '09:00', 2)).toBe(monday);
    expect(due(thursday, '09:00', 5)).toBe(addDays(monday, 3));
  });

  it('returns a same-day procedure the same day before 15:00, the next working day after', () => {
    expect(due(WEEK.friday, '14:59', 0)).toBe(WEEK.friday);
    expect(due(WEEK.friday, '15:00', 0)).toBe(NEXT_MONDAY);
    expect(due(WEEK.friday, '15:30', 0, false)).toBe(WEEK.friday);
    expect(due(WEEK.thursday, '16:00', 3)).toBe(NEXT_WEDNESDAY);
  });

  it('counts a Saturday receipt from Monday', () => {
    expect(due(SATURDAY, '09:00', 0)).toBe(NEXT_MONDAY);
  });

  it('grades a returned result early, on time or late', () => {
    expect(timeliness(NEXT_MONDAY, NEXT_TUESDAY)).toBe('early');
    expect(timeliness(NEXT_TUESDAY, NEXT_TUESDAY)).toBe('on-time');
    expect(timeliness(NEXT_WEDNESDAY, NEXT_TUESDAY)).toBe('late');
  });
});
