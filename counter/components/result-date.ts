// An appointment date read back with its weekday, so a Sunday stands out.
import { lang } from '../../ui/i18n/lang.js';

/** "Thứ Năm, 26/11/2026" (or "26/11/2026" without the weekday) — a calendar date, so no time zone shift (UTC both ways). */
export function formatResultDate(isoDate: string, withWeekday = true): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', {
    timeZone: 'UTC',
    ...(withWeekday ? { weekday: 'long' } : {}),
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(d);
}
