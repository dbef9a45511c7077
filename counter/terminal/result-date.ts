// Appointment dates: the default is today plus the procedure's processing time in calendar days
// (staff adjust it for weekends and holidays; the server only refuses dates before today), and the
// chosen date is read back with its weekday so a Sunday stands out.
import { lang } from '../../ui/i18n/lang.js';

export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "Thứ Năm, 26/11/2026" — a calendar date, so no time zone shift (UTC both ways). */
export function formatResultDate(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'UTC',
    weekday: 'long',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
}
