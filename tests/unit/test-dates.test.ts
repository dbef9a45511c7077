// The test week of tests/support/test-dates.ts, checked over every day of the next three years from the
// run's instant (at 00:00, 12:00 and 23:59 in Vietnam): a Monday strictly after the local date, five
// ordinary working days (no weekend, no 1 January, no day of Tết, none of the seeded public holidays), and
// never far away. Weekdays, local dates and Tết are worked out here independently of the helper.
import { SolarDate } from '@nghiavuive/lunar_date_vi';
import { describe, expect, it } from 'vitest';
import { publicHolidays } from '../../server/domain/holiday-defaults.js';
import { addDays } from '../../shared/rules/sessions.js';
import { ordinaryWeekAfter, RUN_AT, TEST_WEEK, vnTime, type TestWeek } from '../support/test-dates.js';

const DAY_MS = 86_400_000;
/** How far ahead of the instant's local date the Monday may be. */
// New Year then Tết, or the Hùng Kings day then 30 April and 1 May, can push the clear week six weeks out.
const MAX_DAYS_AHEAD = 6 * 7;
const TIMES = ['00:00', '12:00', '23:59'] as const;

/** The local date in Vietnam (UTC+7 all year, no daylight saving). */
const vnDate = (at: number) => new Date(at + 7 * 3600_000).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);

function lunar(date: string): { day: number; month: number; leap: boolean } {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const l = new SolarDate({ day, month, year }).toLunarDate().get();
  return { day: l.day, month: l.month, leap: l.leap_month };
}

/** Tết as the Labour Code gives it: the last day of the lunar year and the first four of the new one. */
function isTet(date: string): boolean {
  const today = lunar(date);
  const tomorrow = lunar(addDays(date, 1));
  return (today.month === 1 && !today.leap && today.day <= 4) || (tomorrow.month === 1 && !tomorrow.leap && tomorrow.day === 1);
}

const holidayCache = new Map<number, Set<string>>();
function isSeededHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let days = holidayCache.get(year);
  if (!days) holidayCache.set(year, (days = new Set(publicHolidays(year).map((h) => h.date))));
  return days.has(date);
}

/** What is wrong with the week picked at `at`, in words; empty when nothing. */
function problems(at: number, week: TestWeek): string[] {
  const today = vnDate(at);
  const found: string[] = [];
  const days = [week.monday, week.tuesday, week.wednesday, week.thursday, week.friday];
  if (weekday(week.monday) !== 1) found.push(`${week.monday} is not a Monday`);
  if (week.monday <= today) found.push(`${week.monday} is not after ${today}`);
  days.forEach((date, i) => {
    if (date !== addDays(week.monday, i)) found.push(`${date} is not day ${i} of the week of ${week.monday}`);
    if (date.endsWith('-01-01')) found.push(`${date} is 1 January`);
    if (isTet(date)) found.push(`${date} is a day of Tết`);
    if (isSeededHoliday(date)) found.push(`${date} is a public holiday`);
  });
  return found;
}

/** The local dates from which the week picked is more than MAX_DAYS_AHEAD away, one line per week picked. */
function tooFar(picks: readonly { date: string; at: number; week: TestWeek }[]): string[] {
  const byMonday = new Map<string, { first: string; last: string; most: number }>();
  for (const { date, at, week } of picks) {
    const ahead = daysBetween(vnDate(at), week.monday);
    if (ahead <= MAX_DAYS_AHEAD) continue;
    const seen = byMonday.get(week.monday);
    if (!seen) byMonday.set(week.monday, { first: date, last: date, most: ahead });
    else Object.assign(seen, { last: date, most: Math.max(seen.most, ahead) });
  }
  return [...byMonday].map(([monday, r]) => `from ${r.first} to ${r.last} the week is ${monday}, up to ${r.most} days ahead`);
}

describe('the test week (tests/support/test-dates.ts)', () => {
  const start = vnDate(RUN_AT);

  it('this run’s week is the one picked at the run’s instant', () => {
    expect(TEST_WEEK).toEqual(ordinaryWeekAfter(RUN_AT));
    expect(problems(RUN_AT, TEST_WEEK)).toEqual([]);
  });

  for (const year of [0, 1, 2]) {
    it(`holds on every day of year ${year + 1} after the run’s date, at 00:00, 12:00 and 23:59 in Vietnam`, () => {
      const from = addDays(start, year * 365);
      const to = year === 2 ? addDays(start, 3 * 365 + 1) : addDays(start, (year + 1) * 365); // 1,096 days: three years, with any 29 February
      const picks: { date: string; time: string; at: number; week: TestWeek }[] = [];
      for (let date = from; date < to; date = addDays(date, 1)) {
        for (const time of TIMES) {
          const at = vnTime(date, time);
          picks.push({ date, time, at, week: ordinaryWeekAfter(at) });
        }
      }
      expect.soft(picks.flatMap(({ date, time, at, week }) => problems(at, week).map((p) => `${date} ${time}: ${p}`))).toEqual([]);
      expect(tooFar(picks), `weeks more than ${MAX_DAYS_AHEAD} days ahead`).toEqual([]);
    }, 120_000);
  }

  // Fixed dates on purpose: ordinaryWeekAfter is a pure function of the instant given, so these cannot expire.
  it('late December: 1 January is skipped (Friday 1 January 2027)', () => {
    for (const at of [vnTime('2026-12-28', '12:00'), vnTime('2026-12-31', '23:59'), vnTime('2027-01-03', '23:59')]) {
      const week = ordinaryWeekAfter(at);
      expect(week.monday).toBe('2027-01-04');
      expect(problems(at, week)).toEqual([]);
    }
    // From Christmas 2027 the week of 27 December holds 1 January 2028.
    const christmas = vnTime('2027-12-25', '12:00');
    const week = ordinaryWeekAfter(christmas);
    expect(week.monday > '2028-01-01').toBe(true);
    expect(problems(christmas, week)).toEqual([]);
    expect(tooFar([{ date: '2027-12-25', at: christmas, week }])).toEqual([]);
  });

  it('before Tết: Tết 2027 (5–9 February, and the make-up days of its weekend) is skipped', () => {
    for (const at of [vnTime('2027-02-01', '12:00'), vnTime('2027-02-04', '00:00'), vnTime('2027-02-07', '23:59')]) {
      const week = ordinaryWeekAfter(at);
      expect(week.monday).toBe('2027-02-15');
      expect(problems(at, week)).toEqual([]);
    }
  });

  it('counts from the local date: 00:00 on a Monday in Vietnam (17:00 on Sunday in UTC) is that Monday already', () => {
    expect(ordinaryWeekAfter(vnTime('2027-02-14', '23:59')).monday).toBe('2027-02-15');
    expect(ordinaryWeekAfter(vnTime('2027-02-15', '00:00')).monday).toBe('2027-02-22');
  });
});
