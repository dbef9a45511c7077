// Issuing tickets at the kiosk or the reception desk: one transaction that advances the day's
// sequence for the field's prefix and queues the ticket.
import { randomBytes } from 'node:crypto';
import { ticketsAhead } from '../../shared/rules/call-order.js';
import { localDate } from '../../shared/rules/local-time.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import type { IssueTicketRequest } from '../../shared/schemas.js';
import type { IssuedTicket, StaffView, TicketView } from '../../shared/types.js';
import { counterNumbersForField, getField, getProcedure } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import {
  fieldQueueCounts, getTicketRow, insertTicket, insertTicketEvent, markEnded, nextSequence, normalsSincePriority,
  toTicketView, ticketsOfDay, waitingByField,
} from '../store/ticket-queries.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';
import { nextState } from '../../shared/rules/ticket-state.js';

export class TicketIssuer {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly emit: CenterEventSink,
  ) {}

  /** Issues a ticket; `staff` is set when the reception desk issues it for a citizen. */
  issue(centerId: string, req: IssueTicketRequest, staff: StaffView | null): IssuedTicket {
    const center = this.reader.center(centerId);
    if (staff && staff.centerId !== centerId) throw new DomainError('forbidden');
    const procedures = req.procedureIds.map((id) => {
      const p = getProcedure(this.store, id);
      if (!p || p.centerId !== centerId) throw new DomainError('procedure-not-found');
      return p;
    });
    if (new Set(req.procedureIds).size !== req.procedureIds.length) {
      throw new DomainError('bad-request', { detail: 'procedureIds: duplicate' });
    }
    const field = getField(this.store, procedures[0]!.fieldId)!;
    const priority = req.priority ?? null;

    const issued = this.store.transaction(() => {
      const now = this.clock();
      const day = localDate(now, center.timezone);
      const seq = nextSequence(this.store, centerId, field.prefix, day);
      const id = insertTicket(this.store, {
        centerId,
        fieldId: field.id,
        localDate: day,
        seq,
        number: formatTicketNumber(field.prefix, seq),
        priority,
        source: staff ? 'reception' : 'kiosk',
        statusToken: randomBytes(18).toString('base64url'),
        issuedAt: now,
        procedureIds: req.procedureIds,
      });
      insertTicketEvent(this.store, { ticketId: id, centerId, kind: 'issue', at: now, counterId: null, staffId: staff?.id ?? null });
      return this.slip(id);
    });
    this.emit(centerId, { name: 'ticket:issued', payload: { ticket: issued.ticket, waiting: waitingByField(this.store, centerId) } });
    return issued;
  }

  /** What the printed ticket says: the ticket, who is ahead of it now and which counters serve it. */
  slip(ticketId: number, staff?: StaffView): IssuedTicket {
    const row = getTicketRow(this.store, ticketId);
    if (!row || (staff && row.center_id !== staff.centerId)) throw new DomainError('ticket-not-found');
    const center = this.reader.center(row.center_id);
    const waiting = row.state === 'waiting';
    const ahead = waiting
      ? ticketsAhead(
          row.priority !== null,
          fieldQueueCounts(this.store, { id: row.id, fieldId: row.field_id, issuedAt: row.issued_at, isPriority: row.priority !== null }),
          { mode: center.priorityMode, every: center.priorityEvery },
          normalsSincePriority(this.store, [row.field_id], localDate(this.clock(), center.timezone)).get(row.field_id) ?? center.priorityEvery,
        )
      : 0;
    return {
      ticket: toTicketView(this.store, row),
      ahead,
      counterNumbers: counterNumbersForField(this.store, row.field_id),
      statusToken: row.status_token,
    };
  }

  /** The reception desk withdraws a waiting ticket (the citizen left). */
  cancel(ticketId: number, staff: StaffView): TicketView {
    const ticket = this.store.transaction(() => {
      const row = getTicketRow(this.store, ticketId);
      if (!row || row.center_id !== staff.centerId) throw new DomainError('ticket-not-found');
      if (!nextState(row.state, 'cancel')) {
        throw new DomainError('transition-not-allowed', { action: 'cancel', state: row.state });
      }
      const now = this.clock();
      markEnded(this.store, ticketId, 'cancelled', now);
      insertTicketEvent(this.store, { ticketId, centerId: row.center_id, kind: 'cancel', at: now, counterId: null, staffId: staff.id });
      return toTicketView(this.store, getTicketRow(this.store, ticketId)!);
    });
    this.emit(ticket.centerId, { name: 'ticket:cancelled', payload: { ticket, waiting: waitingByField(this.store, ticket.centerId) } });
    return ticket;
  }

  /** Today's tickets for the reception desk's reprint list, newest first. */
  today(centerId: string, limit = 100): TicketView[] {
    const center = this.reader.center(centerId);
    return ticketsOfDay(this.store, centerId, localDate(this.clock(), center.timezone), limit).map((r) =>
      toTicketView(this.store, r),
    );
  }
}
