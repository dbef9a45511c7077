// Calendar arithmetic for the admin screen: Monday-first month grids and HH:MM ⇄ minutes.
import { addDays, weekdayOf } from '../../shared/rules/sessions.js';

/** Weekdays (0 = Sunday) in the order Vietnamese calendars print them: Monday first. */
export const WEEK_ORDER = [1, 2, 3, 4, 5, 6, 0] as const;

/** The weeks (Monday to Sunday) that show a month (YYYY-MM), spilling into the months around it. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  let day = addDays(first, -((weekdayOf(first) + 6) % 7));
  const weeks: string[][] = [];
  do {
    const week: string[] = [];
    for (let i = 0; i < 7; i++) {
      week.push(day);
      day = addDays(day, 1);
    }
    weeks.push(week);
  } while (day.slice(0, 7) === month);
  return weeks;
}

/** The month `by` months after a YYYY-MM month. */
export function shiftMonth(month: string, by: number): string {
  const [year, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(year ?? 1970, (m ?? 1) - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** "07:30" (a time input's value) → minutes since midnight; null when empty or malformed. */
export function parseMinutes(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2]);
  return Number(match[2]) < 60 && minutes <= 24 * 60 ? minutes : null;
}
