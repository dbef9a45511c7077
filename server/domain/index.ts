// Wires the domain services over one store and one clock.
import type { Store } from '../store/database.js';
import { AuthService } from './auth-service.js';
import { BookingService } from './booking-service.js';
import { CalendarService } from './calendar-service.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { CounterDesk } from './counter-desk.js';
import { FastTrackService } from './fast-track-service.js';
import { QueueReader } from './queue-reader.js';
import { ResultDesk } from './result-desk.js';
import { TicketIssuer } from './ticket-issuer.js';

export interface Domain {
  auth: AuthService;
  reader: QueueReader;
  calendar: CalendarService;
  issuer: TicketIssuer;
  desk: CounterDesk;
  fastTrack: FastTrackService;
  bookings: BookingService;
  results: ResultDesk;
}

export function createDomain(store: Store, clock: Clock, emit: CenterEventSink): Domain {
  const reader = new QueueReader(store, clock);
  const calendar = new CalendarService(store, clock, reader, emit);
  const fastTrack = new FastTrackService(store, clock, reader, calendar, emit);
  const issuer = new TicketIssuer(store, clock, reader, calendar, emit);
  return {
    auth: new AuthService(store, clock),
    reader,
    calendar,
    issuer,
    desk: new CounterDesk(store, clock, reader, calendar, fastTrack, emit),
    fastTrack,
    bookings: new BookingService(store, clock, reader, calendar, issuer),
    results: new ResultDesk(store, clock, reader),
  };
}
