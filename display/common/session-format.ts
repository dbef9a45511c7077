// Sessions and calendar dates as the public screens word them: the weekday spelt out, the date as
// day/month/year, the time as HH:MM. Each screen's catalogue puts these pieces into its own sentence.
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { SessionSlotView } from '../../shared/types.js';
import { formatDay, formatWeekday } from '../../ui/format.js';
import { lang } from '../../ui/i18n/lang.js';

/** Where a session is held, when not at the center. */
export function outreachPlace(slot: Pick<SessionSlotView, 'placeVi' | 'placeEn'>): string | null {
  return (lang() === 'en' ? slot.placeEn : slot.placeVi) || null;
}

/** The pieces of a session's opening for a catalogue sentence: {weekday}, {date}, {time}, {place}. */
export function sessionParams(slot: SessionSlotView): { weekday: string; date: string; time: string; place: string } {
  return {
    weekday: formatWeekday(slot.date),
    date: formatDay(slot.date),
    time: formatMinutes(slot.start),
    place: outreachPlace(slot) ?? '',
  };
}
