// Results promised on an appointment slip, handed over on a later visit: the day it happens is
// recorded, and so whether it was early, on time or late against the legal due date.
import { localDate } from '../../shared/rules/local-time.js';
import type { AppointmentSlipView, PendingResult, StaffView, TicketView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { getTicketRow, insertTicketEvent, toTicketView } from '../store/ticket-queries.js';
import { appointmentSlip, markResultReturned, pendingResults } from '../store/result-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';
import { recordTicketEvent, webhookLines } from './ticket-outbox.js';

export class ResultDesk {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  pending(centerId: string): PendingResult[] {
    this.reader.center(centerId);
    return pendingResults(this.store, centerId, 200);
  }

  /** Form 01 of a ticket of the caller's center, to print or reprint at any time (404 for another center's, or none). */
  appointmentSlip(ticketId: number, staff: StaffView): AppointmentSlipView {
    const row = getTicketRow(this.store, ticketId);
    if (!row || row.center_id !== staff.centerId) throw new DomainError('ticket-not-found');
    const slip = appointmentSlip(this.store, ticketId);
    if (!slip) throw new DomainError('appointment-not-found');
    return slip;
  }

  returnResult(ticketId: number, procedureId: number, staff: StaffView): TicketView {
    return this.store.transaction(() => {
      const row = getTicketRow(this.store, ticketId);
      if (!row || row.center_id !== staff.centerId) throw new DomainError('ticket-not-found');
      const now = this.clock();
      const today = localDate(now, this.reader.center(row.center_id).timezone);
      if (!markResultReturned(this.store, ticketId, procedureId, today)) throw new DomainError('result-not-pending');
      insertTicketEvent(this.store, {
        ticketId,
        centerId: row.center_id,
        kind: 'result-returned',
        at: now,
        counterId: null,
        staffId: staff.id,
        detail: { procedureId },
      });
      const line = webhookLines(this.store, ticketId).find((l) => l.procedureId === procedureId)!;
      recordTicketEvent(this.store, 'result.returned', ticketId, now, { line });
      return toTicketView(this.store, row);
    });
  }
}
