// Numbers, times and dates as the screen's language writes them — vi-VN (1,5 · 27/11/2026 · 09:05)
// or en-GB (1.5 · 27/11/2026 · 09:05: day/month/year and the 24-hour clock, as Vietnamese readers
// expect in English too) — never the browser's locale; times in the center's time zone whatever the
// device's. Every screen formats through here.
import { locale } from './i18n/lang.js';

/** A figure with at most `digits` decimals ("1,2" in Vietnamese, "1.2" in English). */
export function formatNumber(value: number, digits = 0): string {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A share (0–1) as a percentage, with at most one decimal. */
export function formatPercent(share: number): string {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

export function formatTime(at: number, timeZone: string, withDate = false): string {
  return new Intl.DateTimeFormat(locale(), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withDate ? { day: '2-digit', month: '2-digit', year: 'numeric' } : {}),
  }).format(new Date(at));
}

/** An instant's date with its weekday, for clocks: "Thứ Sáu, 27/11/2026". */
export function formatLongDate(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone, weekday: 'long', day: '2-digit', month: '2-digit', year: 'numeric' }).format(
    new Date(at),
  );
}

/** A calendar date (YYYY-MM-DD) read at noon UTC both ways, so no time zone moves it. */
const calendarDay = (date: string) => new Date(`${date}T12:00:00Z`);

/** "27/11/2026" (with `weekday`: "Thứ Sáu, 27/11/2026"); '' for a date that cannot be read. */
export function formatDay(date: string, { weekday = false, year = true } = {}): string {
  const d = calendarDay(date);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(locale(), {
    timeZone: 'UTC',
    ...(weekday ? { weekday: 'long' } : {}),
    day: '2-digit',
    month: '2-digit',
    ...(year ? { year: 'numeric' } : {}),
  }).format(d);
}

/** "Thứ Sáu" / "Friday" for a YYYY-MM-DD date. */
export function formatWeekday(date: string): string {
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(calendarDay(date));
}

/** "Tháng 11 năm 2026" / "November 2026" for a YYYY-MM month. */
export function formatMonth(month: string): string {
  const text = new Intl.DateTimeFormat(locale(), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(calendarDay(`${month}-01`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Whole minutes between two instants, for "waiting 12 min". */
export function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 60_000));
}
