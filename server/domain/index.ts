// Wires the domain services over one store and one clock.
import type { Store } from '../store/database.js';
import { AuthService } from './auth-service.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { CounterDesk } from './counter-desk.js';
import { QueueReader } from './queue-reader.js';
import { TicketIssuer } from './ticket-issuer.js';

export interface Domain {
  auth: AuthService;
  reader: QueueReader;
  issuer: TicketIssuer;
  desk: CounterDesk;
}

export function createDomain(store: Store, clock: Clock, emit: CenterEventSink): Domain {
  const reader = new QueueReader(store, clock);
  return {
    auth: new AuthService(store, clock),
    reader,
    issuer: new TicketIssuer(store, clock, reader, emit),
    desk: new CounterDesk(store, clock, reader, emit),
  };
}
