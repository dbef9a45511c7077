// A booking (made, about to be made, or looked up) in words: procedure name, day, time, place.
import type { CenterCalendar } from '../../shared/rules/sessions.js';
import type { BookingView, CatalogView } from '../../shared/types.js';
import { localName } from '../../ui/i18n/lang.js';
import { outreachPlace } from '../common/session-format.js';
import { sessionOfSlot } from './booking-calendar.js';
import type { BookingSummary } from './mc-booking-summary.js';

type BookingTimes = Pick<BookingView, 'procedureId' | 'date' | 'slotStart' | 'slotEnd'>;

export function summarize(booking: BookingTimes, catalog: CatalogView, calendar: CenterCalendar): BookingSummary {
  const procedure = catalog.procedures.find((p) => p.id === booking.procedureId);
  const outreach = sessionOfSlot(calendar, booking.date, booking.slotStart)?.outreach;
  return {
    procedure: procedure ? localName(procedure) : '',
    date: booking.date,
    start: booking.slotStart,
    end: booking.slotEnd,
    // An outreach session is held at its place; every other session at the center itself.
    place: (outreach && outreachPlace(outreach)) || localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }),
  };
}
