// A center calendar like the demo's: Mon–Fri 07:30–11:30 and 13:30–17:00, Tue/Thu evenings
// 19:00–21:00, a Tết break, a holiday on a Friday and one outreach day at a cultural house. Every date
// is derived from the run's own date (tests/support/test-dates.ts), never written out: the week is the
// run's ordinary test week, Tết the next one to come, so nothing here can ever lie in the past.
import { publicHolidays } from '../../server/domain/holiday-defaults.js';
import { localDate } from '../../shared/rules/local-time.js';
import { addDays, weekdayOf, type CenterCalendar, type WeeklySession } from '../../shared/rules/sessions.js';
import { RUN_AT, TEST_WEEK } from '../support/test-dates.js';

const hm = (h: number, m = 0) => h * 60 + m;

const officeHours: WeeklySession[] = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, start: hm(7, 30), end: hm(11, 30), kind: 'regular' as const },
  { weekday, start: hm(13, 30), end: hm(17), kind: 'regular' as const },
]);

/** The run's ordinary week (Monday to Friday, no holiday in it or the week after). */
export const WEEK = TEST_WEEK;
/** The weekend and the days after the test week, by name. */
export const SATURDAY = addDays(WEEK.friday, 1);
export const SUNDAY = addDays(WEEK.friday, 2);
export const NEXT_MONDAY = addDays(WEEK.friday, 3);
export const NEXT_TUESDAY = addDays(WEEK.friday, 4);
export const NEXT_WEDNESDAY = addDays(WEEK.friday, 5);

/**
 * The next Tết after the run, as centers take it: its five legal days widened to the weekends on
 * either side (2026's was Saturday 14 to Sunday 22 February). Starts on a Saturday, ends on a Sunday.
 */
function nextTetBreak(): string[] {
  const today = localDate(RUN_AT, 'Asia/Ho_Chi_Minh');
  const year = Number(today.slice(0, 4));
  const tetOf = (y: number) => publicHolidays(y).filter((h) => h.nameEn.startsWith('Lunar New Year'));
  const legal = tetOf(year)[0].date > today ? tetOf(year) : tetOf(year + 1);
  let first = legal[0].date;
  while (weekdayOf(first) !== 6) first = addDays(first, -1);
  let last = legal.at(-1)!.date;
  while (weekdayOf(last) !== 0) last = addDays(last, 1);
  const days: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);
  return days;
}

export const TET = nextTetBreak();
/** A working day inside the break (the legal days always hold some). */
export const TET_WEEKDAY = TET.find((d) => weekdayOf(d) !== 0 && weekdayOf(d) !== 6)!;
/** A Friday the center has made a holiday after the test week, a week or more clear of the Tết break (whose eves the Tết cases count on). */
export const HOLIDAY_FRIDAY = [7, 14, 21]
  .map((n) => addDays(WEEK.friday, n))
  .find((d) => d < addDays(TET[0], -7) || d > addDays(TET.at(-1)!, 7))!;

export const calendar: CenterCalendar = {
  timezone: 'Asia/Ho_Chi_Minh',
  weekly: [
    ...officeHours,
    { weekday: 2, start: hm(19), end: hm(21), kind: 'extra' },
    { weekday: 4, start: hm(19), end: hm(21), kind: 'extra' },
  ],
  outreach: [
    {
      id: 1,
      from: WEEK.thursday,
      to: WEEK.thursday,
      start: hm(7, 30),
      end: hm(11, 30),
      placeVi: 'Nhà văn hóa tổ dân phố 5',
      placeEn: 'Residential group 5 cultural house',
    },
  ],
  holidays: new Set([...TET, HOLIDAY_FRIDAY]),
};
