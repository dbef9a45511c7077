// Test dates that never go stale: a week of ordinary working days after the run's own date, as the
// demo calendar sees it (no weekend, no public holiday, Tết included), computed in Asia/Ho_Chi_Minh
// from one instant per run. Tests pin the server's clock inside this week instead of writing a
// calendar date that will one day be in the past.
import { publicHolidays } from '../../server/domain/holiday-defaults.js';
import { localDate } from '../../shared/rules/local-time.js';
import { addDays, weekdayOf } from '../../shared/rules/sessions.js';

const ZONE = 'Asia/Ho_Chi_Minh';

/** The run's instant: set once by vitest.config.ts for every worker, so all files agree. */
export const RUN_AT = Number(process.env.MOTCUA_TEST_RUN_AT) || Date.now();

/** Weeks after the chosen one that must be free of holidays too (due dates count working days). */
const CLEAR_WEEKS_AFTER = 1;

const holidaysByYear = new Map<number, ReadonlySet<string>>();
function isHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = holidaysByYear.get(year);
  if (!days) holidaysByYear.set(year, (days = new Set(publicHolidays(year).map((h) => h.date))));
  return days.has(date);
}

/** Monday to Friday and no public holiday (the demo calendar's office days). */
export function isOrdinaryWorkingDay(date: string): boolean {
  const weekday = weekdayOf(date);
  return weekday >= 1 && weekday <= 5 && !isHoliday(date);
}

function weekIsClear(monday: string): boolean {
  for (let day = 0; day < 7 * (1 + CLEAR_WEEKS_AFTER); day++) {
    if (isHoliday(addDays(monday, day))) return false;
  }
  return true;
}

export interface TestWeek {
  monday: string;
  tuesday: string;
  wednesday: string;
  thursday: string;
  friday: string;
}

/** The first Monday after `at`'s local date whose week (and the weeks after it) has no holiday. */
export function ordinaryWeekAfter(at: number): TestWeek {
  const today = localDate(at, ZONE);
  let monday = addDays(today, (8 - weekdayOf(today)) % 7 || 7);
  while (!weekIsClear(monday)) monday = addDays(monday, 7);
  return {
    monday,
    tuesday: addDays(monday, 1),
    wednesday: addDays(monday, 2),
    thursday: addDays(monday, 3),
    friday: addDays(monday, 4),
  };
}

/** This run's test week. */
export const TEST_WEEK = ordinaryWeekAfter(RUN_AT);
export const { monday: NEXT_MONDAY, friday: NEXT_FRIDAY } = TEST_WEEK;

/** The instant a clock in Vietnam (UTC+7, no daylight saving) reads `time` (HH:MM) on `date`. */
export function vnTime(date: string, time: string): number {
  return Date.parse(`${date}T${time}:00+07:00`);
}
