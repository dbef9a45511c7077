// When and where a center receives citizens: weekly sessions (office hours and extra evening
// sessions), outreach sessions at another place for a date range, and holidays. Pure; all dates
// and weekdays are in the center's time zone.
import { localParts } from './local-time.js';

export type SessionKind = 'regular' | 'extra' | 'outreach';

export interface WeeklySession {
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  start: number;
  end: number;
  kind: 'regular' | 'extra';
}

export interface OutreachSession {
  id: number;
  /** Inclusive YYYY-MM-DD range. */
  from: string;
  to: string;
  start: number;
  end: number;
  placeVi: string;
  placeEn: string;
}

export interface CenterCalendar {
  timezone: string;
  weekly: readonly WeeklySession[];
  outreach: readonly OutreachSession[];
  /** YYYY-MM-DD dates on which the center is closed. */
  holidays: ReadonlySet<string>;
}

export interface SessionSlot {
  kind: SessionKind;
  date: string;
  start: number;
  end: number;
  /** Set for an outreach session: it is held there, not at the center. */
  outreach: OutreachSession | null;
}

/** Weekday (0 = Sunday) of a YYYY-MM-DD date, independent of any time zone. */
export function weekdayOf(date: string): number {
  return new Date(`${date}T12:00:00Z`).getUTCDay();
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Every session held on a date, in time order. An outreach session replaces the weekly sessions it overlaps. */
export function sessionsOn(calendar: CenterCalendar, date: string): SessionSlot[] {
  if (calendar.holidays.has(date)) return [];
  const outreach: SessionSlot[] = calendar.outreach
    .filter((o) => o.from <= date && date <= o.to)
    .map((o) => ({ kind: 'outreach', date, start: o.start, end: o.end, outreach: o }));
  const weekday = weekdayOf(date);
  const weekly: SessionSlot[] = calendar.weekly
    .filter((w) => w.weekday === weekday)
    .filter((w) => !outreach.some((o) => o.start < w.end && w.start < o.end))
    .map((w) => ({ kind: w.kind, date, start: w.start, end: w.end, outreach: null }));
  return [...outreach, ...weekly].sort((a, b) => a.start - b.start);
}

/** The session open at an instant, or null outside sessions. */
export function sessionAt(calendar: CenterCalendar, at: number): SessionSlot | null {
  const { date, minutes } = localParts(at, calendar.timezone);
  return sessionsOn(calendar, date).find((s) => s.start <= minutes && minutes < s.end) ?? null;
}

/** The next session to open after an instant (today later, or a later day), looking ahead `horizonDays`. */
export function nextSession(calendar: CenterCalendar, at: number, horizonDays = 60): SessionSlot | null {
  const { date, minutes } = localParts(at, calendar.timezone);
  for (let i = 0; i <= horizonDays; i++) {
    const day = addDays(date, i);
    const next = sessionsOn(calendar, day).find((s) => i > 0 || s.start > minutes);
    if (next) return next;
  }
  return null;
}

/** Minutes since midnight as HH:MM. */
export function formatMinutes(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

const WEEKDAY_NAMES = {
  vi: ['Chủ Nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
} as const;

/** "13:30 Thứ Hai, 23/11/2026" (with the place of an outreach session), for messages and screens. */
export function describeSession(slot: SessionSlot, lang: 'vi' | 'en'): string {
  const [y, m, d] = slot.date.split('-');
  const day = `${WEEKDAY_NAMES[lang][weekdayOf(slot.date)]}, ${d}/${m}/${y}`;
  const when = lang === 'vi' ? `${formatMinutes(slot.start)} ${day}` : `${day} at ${formatMinutes(slot.start)}`;
  if (!slot.outreach) return when;
  return lang === 'vi' ? `${when}, tại ${slot.outreach.placeVi}` : `${when}, at ${slot.outreach.placeEn}`;
}
