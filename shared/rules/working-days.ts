// Result due dates in working days (Monday–Friday, not a holiday), as the appointment slip states them.
import { localParts } from './local-time.js';
import { addDays, weekdayOf } from './sessions.js';

/** The afternoon cut-off: a dossier received from 15:00 may count from the next working day. */
export const SAME_DAY_CUTOFF_MINUTES = 15 * 60;

export function isWorkingDay(date: string, holidays: ReadonlySet<string>): boolean {
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
}

/** The first working day on or after `date`. */
export function workingDayFrom(date: string, holidays: ReadonlySet<string>): string {
  let d = date;
  while (!isWorkingDay(d, holidays)) d = addDays(d, 1);
  return d;
}

/** The `n`th working day after `date` (n = 0: `date` itself if it is one, else the next). */
export function addWorkingDays(date: string, n: number, holidays: ReadonlySet<string>): string {
  let d = workingDayFrom(date, holidays);
  for (let i = 0; i < n; i++) d = workingDayFrom(addDays(d, 1), holidays);
  return d;
}

export interface DueDateInput {
  receivedAt: number;
  timezone: string;
  /** Legal processing time in working days; 0 = the same day. */
  processingDays: number;
  /** Whether the procedure counts a dossier received from 15:00 from the next working day. */
  afternoonCutoff: boolean;
  holidays: ReadonlySet<string>;
}

export function resultDueDate({ receivedAt, timezone, processingDays, afternoonCutoff, holidays }: DueDateInput): string {
  const { date, minutes } = localParts(receivedAt, timezone);
  const late = afternoonCutoff && minutes >= SAME_DAY_CUTOFF_MINUTES;
  // A dossier received on a non-working day (a Saturday session) or after the cut-off counts from the next working day.
  const day0 = late || !isWorkingDay(date, holidays) ? workingDayFrom(addDays(date, 1), holidays) : date;
  return addWorkingDays(day0, processingDays, holidays);
}

/**
 * The working days a line's result may take: the procedure's own, or — when the clerk marked the
 * dossier "needs verification" — its verification time, never less than its own.
 */
export function processingDaysOf(p: { processingDays: number; verificationDays: number }, needsVerification: boolean): number {
  return needsVerification ? Math.max(p.processingDays, p.verificationDays) : p.processingDays;
}

export type Timeliness = 'early' | 'on-time' | 'late';

/** Early, on time or late: the KPI provinces report (result day against the due date). */
export function timeliness(returnedOn: string, dueDate: string): Timeliness {
  if (returnedOn < dueDate) return 'early';
  return returnedOn === dueDate ? 'on-time' : 'late';
}

/** The working days after `from` up to and including `to`: a result handed over on the receipt day took 0. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  let n = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(d, holidays)) n++;
  return n;
}
