// Booking a slot ahead (public page or reception desk), cancelling, and checking in at the kiosk:
// a booked ticket is called ahead of walk-ins from its slot's start; too late, it is a walk-in.
import { randomInt } from 'node:crypto';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import { slotHasRoom, slotsOf } from '../../shared/rules/slots.js';
import type { BookingRequest } from '../../shared/schemas.js';
import type { BookingView, IssuedTicket, SlotView, StaffView } from '../../shared/types.js';
import { codeTaken, getBooking, insertBooking, setBookingState, slotCounts } from '../store/booking-queries.js';
import { getProcedure } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import type { CalendarService } from './calendar-service.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';
import type { TicketIssuer } from './ticket-issuer.js';

/** How far ahead a slot may be booked: the calendar (holidays, outreach) is not known much further. */
export const BOOKING_HORIZON_DAYS = 60;

/** "Nguyễn Văn An" → "N. V. An": enough for the citizen to recognise, little for anyone else. */
export function maskName(name: string): string {
  const words = name.trim().split(/\s+/);
  const last = words.pop() ?? '';
  return [...words.map((w) => `${w[0] ?? ''}.`), last].join(' ');
}

export class BookingService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly calendar: CalendarService,
    private readonly issuer: TicketIssuer,
  ) {}

  slots(centerId: string, date: string, procedureId: number): SlotView[] {
    const center = this.reader.center(centerId);
    const procedure = getProcedure(this.store, procedureId);
    if (procedure?.centerId !== centerId) throw new DomainError('procedure-not-found');
    const counts = new Map(slotCounts(this.store, centerId, date, procedureId).map((c) => [c.slot_start, c]));
    const now = this.clock();
    return slotsOf(sessionsOn(this.calendar.calendar(centerId), date), center.slotMinutes).map((s) => {
      const c = counts.get(s.start);
      const count = { booked: c?.booked ?? 0, procedureBooked: c?.procedure_booked ?? 0 };
      return {
        ...s,
        capacity: center.slotCapacity,
        booked: count.booked,
        procedureBooked: count.procedureBooked,
        procedureCapacity: procedure.slotCapacity,
        available: localInstant(date, s.start, center.timezone) > now && slotHasRoom(count, center.slotCapacity, procedure.slotCapacity),
      };
    });
  }

  book(centerId: string, req: BookingRequest, staff: StaffView | null): BookingView {
    if (staff && staff.centerId !== centerId) throw new DomainError('forbidden');
    return this.store.transaction(() => {
      // Counted inside the transaction, so two people cannot both take the last place.
      const slot = this.slots(centerId, req.date, req.procedureId).find((s) => s.start === req.slotStart);
      const center = this.reader.center(centerId);
      const tooFar = localInstant(req.date, 0, center.timezone) > this.clock() + BOOKING_HORIZON_DAYS * 86_400_000;
      if (!slot || tooFar || localInstant(req.date, slot.start, center.timezone) <= this.clock()) throw new DomainError('slot-invalid');
      if (!slot.available) throw new DomainError('slot-full');
      const code = this.freshCode();
      insertBooking(this.store, {
        code,
        centerId,
        procedureId: req.procedureId,
        date: req.date,
        slotStart: slot.start,
        slotEnd: slot.end,
        citizenName: req.citizenName,
        phone: req.phone ?? null,
        createdAt: this.clock(),
        createdBy: staff?.id ?? null,
      });
      return getBooking(this.store, code)!;
    });
  }

  get(code: string): BookingView {
    const booking = getBooking(this.store, code);
    if (!booking) throw new DomainError('booking-not-found');
    return booking;
  }

  /** What anyone holding a code may see: the name only by its initials and last word. */
  lookup(code: string): BookingView {
    const booking = this.get(code);
    return { ...booking, citizenName: maskName(booking.citizenName) };
  }

  cancel(code: string): BookingView {
    return this.store.transaction(() => {
      const booking = this.get(code);
      if (booking.state !== 'booked') throw new DomainError('booking-not-active');
      setBookingState(this.store, code, 'cancelled', null);
      return this.lookup(code);
    });
  }

  /** At the kiosk on the booked day: a booked ticket, or a walk-in one when more than the grace late. */
  checkIn(centerId: string, code: string): IssuedTicket {
    const issued = this.store.transaction(() => {
      const booking = this.get(code);
      if (booking.centerId !== centerId) throw new DomainError('booking-not-found');
      if (booking.state !== 'booked') throw new DomainError('booking-not-active');
      const center = this.reader.center(centerId);
      const now = this.clock();
      if (localDate(now, center.timezone) !== booking.date) {
        throw new DomainError('booking-other-day', { date: booking.date.split('-').reverse().join('/') });
      }
      const slotStart = localInstant(booking.date, booking.slotStart, center.timezone);
      const late = now > slotStart + center.bookingLateMinutes * 60_000;
      // Too late, the booking is spent and the citizen queues as a walk-in: only while a session is open.
      if (late) this.calendar.assertOpen(centerId, now);
      const ticket = this.issuer.create({
        centerId,
        procedureIds: [booking.procedureId],
        priority: null,
        staff: null,
        lane: late ? 'walk-in' : 'booking',
        prefix: undefined,
        notBefore: late ? null : slotStart,
      });
      setBookingState(this.store, code, 'checked-in', ticket.ticket.id);
      return ticket;
    });
    this.issuer.announce(issued);
    return issued;
  }

  private freshCode(): string {
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      if (!codeTaken(this.store, code)) return code;
    }
  }
}
