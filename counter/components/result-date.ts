// An appointment date read back with its weekday, so a Sunday stands out.
import { lang } from '../../ui/i18n/lang.js';

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
