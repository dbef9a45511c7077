// Dates and times as Vietnamese readers expect them (24-hour clock, day/month/year), in the
// center's time zone whatever the device's.
import { lang } from './i18n/lang.js';

export function formatTime(at: number, timeZone: string, withDate = false): string {
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...(withDate ? { day: '2-digit', month: '2-digit', year: 'numeric' } : {}),
  }).format(new Date(at));
}

/** Whole minutes between two instants, for "waiting 12 min". */
export function minutesBetween(from: number, to: number): number {
  return Math.max(0, Math.floor((to - from) / 60_000));
}
