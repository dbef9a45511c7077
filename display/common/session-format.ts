// Sessions and calendar dates as the public screens word them: the weekday spelt out, the date as
// day/month/year, the time as HH:MM. Each screen's catalogue puts these pieces into its own sentence.
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { SessionSlotView } from '../../shared/types.js';
import { lang } from '../../ui/i18n/lang.js';

/** "Thứ Sáu" / "Friday" for a YYYY-MM-DD date, whatever the device's time zone. */
export function weekdayName(date: string): string {
  return new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** "27/11/2026"; `short` leaves out the year ("27/11"). */
export function dayMonth(date: string, short = false): string {
  const [y, m, d] = date.split('-');
  return short ? `${d}/${m}` : `${d}/${m}/${y}`;
}

/** Where a session is held, when not at the center. */
export function outreachPlace(slot: Pick<SessionSlotView, 'placeVi' | 'placeEn'>): string | null {
  return (lang() === 'en' ? slot.placeEn : slot.placeVi) || null;
}

/** The pieces of a session's opening for a catalogue sentence: {weekday}, {date}, {time}, {place}. */
export function sessionParams(slot: SessionSlotView): { weekday: string; date: string; time: string; place: string } {
  return {
    weekday: weekdayName(slot.date),
    date: dayMonth(slot.date),
    time: formatMinutes(slot.start),
    place: outreachPlace(slot) ?? '',
  };
}
