// The booking page's view of the center's calendar: which days can be booked, and where a slot is held.
// The sessions come from shared/rules/sessions.ts, as the server computes them.
import { localParts } from '../../shared/rules/local-time.js';
import { addDays, sessionsOn, type CenterCalendar, type SessionSlot } from '../../shared/rules/sessions.js';

/** How far ahead a citizen may book. */
export const BOOKING_DAYS = 14;

export interface BookableDay {
  date: string;
  sessions: SessionSlot[];
}

/** The days of the next BOOKING_DAYS (today first) with a session still to come. */
export function bookableDays(calendar: CenterCalendar, now: number): BookableDay[] {
  const { date: today, minutes } = localParts(now, calendar.timezone);
  const days: BookableDay[] = [];
  for (let i = 0; i < BOOKING_DAYS; i++) {
    const date = addDays(today, i);
    const sessions = sessionsOn(calendar, date).filter((s) => i > 0 || s.end > minutes);
    if (sessions.length > 0) days.push({ date, sessions });
  }
  return days;
}

/** The session of a date that holds the slot starting at `start`. */
export function sessionOfSlot(calendar: CenterCalendar, date: string, start: number): SessionSlot | null {
  return sessionsOn(calendar, date).find((s) => s.start <= start && start < s.end) ?? null;
}
