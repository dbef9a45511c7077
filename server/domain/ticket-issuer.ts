// Issuing tickets at the kiosk or the reception desk: one transaction that advances the day's
// sequence for the field's prefix and queues the ticket.
import { randomBytes } from 'node:crypto';
import { localDate } from '../../shared/rules/local-time.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import type { WaitRange } from '../../shared/rules/wait-forecast.js';
import type { IssueTicketRequest } from '../../shared/schemas.js';
import type { IssuedTicket, Lane, LineServedAt, PriorityKind, StaffView, TicketView } from '../../shared/types.js';
import type { CalendarService } from './calendar-service.js';
import { counterNumbersForField, getField, getProcedure, listCounterRows } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import {
  getTicketRow,
  insertTicket,
  insertTicketEvent,
  markEnded,
  nextSequence,
  toTicketView,
  ticketsOfDay,
  visitLines,
  type TicketRow,
} from '../store/ticket-queries.js';
import { waitingByField } from '../store/queue-queries.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import { QueuePlaces, type PlaceView } from './queue-places.js';
import type { QueueReader } from './queue-reader.js';
import { nextState } from '../../shared/rules/ticket-state.js';
import { recordTicketEvent, webhookLines } from './ticket-outbox.js';
import { WaitEstimator } from './wait-estimator.js';
import type { WaitForecaster } from './wait-forecaster.js';

export class TicketIssuer {
  private readonly estimator: WaitEstimator;
  /** Where waiting tickets stand (shared/rules/ahead.ts): the slip's, the phone's and the estimate's "ahead". */
  readonly places: QueuePlaces;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly calendar: CalendarService,
    private readonly emit: CenterEventSink,
    private readonly forecaster: WaitForecaster,
  ) {
    this.estimator = new WaitEstimator(store);
    this.places = new QueuePlaces(store, clock, reader.callInputs, calendar);
  }

  /**
   * Issues a ticket; `staff` is set when the reception desk issues it for a citizen. Refused outside
   * sessions. On a fast-track day a complete dossier of a listed procedure goes to the fast lane.
   */
  issue(centerId: string, req: IssueTicketRequest, staff: StaffView | null): IssuedTicket {
    const center = this.reader.center(centerId);
    if (staff && staff.centerId !== centerId) throw new DomainError('forbidden');
    const procedureIds = this.validProcedures(centerId, req.procedureIds);
    const { issued, waiting } = this.store.transaction(() => {
      const now = this.clock();
      this.calendar.assertOpen(centerId, now);
      const verdict = req.fastTrack && this.calendar.fastTrackVerdict(centerId, now, procedureIds[0], req.fastTrack);
      const fast = verdict?.eligible === true;
      const issued = this.create({
        centerId,
        procedureIds,
        priority: req.priority ?? null,
        staff,
        lane: fast ? 'fast' : 'walk-in',
        prefix: fast ? center.fastTrackPrefix : undefined,
        notBefore: null,
      });
      // The rule's reason goes back to the kiosk, which tells the citizen why the lane was not given.
      if (verdict && !verdict.eligible) issued.fastTrackRefusal = verdict.reason;
      // Read here, in the writer's transaction: a read after the commit would open a transaction of its own.
      return { issued, waiting: waitingByField(this.store, centerId) };
    });
    this.announce(issued, waiting);
    return issued;
  }

  /** Procedure ids of this center, without repeats; the first decides the field. */
  validProcedures(centerId: string, ids: number[]): number[] {
    for (const id of ids) {
      if (getProcedure(this.store, id)?.centerId !== centerId) throw new DomainError('procedure-not-found');
    }
    if (new Set(ids).size !== ids.length) throw new DomainError('bad-request', { detail: 'procedureIds: duplicate' });
    return ids;
  }

  /** Creates a waiting ticket. Call inside a transaction; announce() after it commits. */
  create(t: {
    centerId: string;
    procedureIds: number[];
    priority: PriorityKind | null;
    staff: StaffView | null;
    lane: Lane;
    /** Defaults to the first procedure's field prefix. */
    prefix: string | undefined;
    notBefore: number | null;
  }): IssuedTicket {
    const center = this.reader.center(t.centerId);
    const field = getField(this.store, getProcedure(this.store, t.procedureIds[0])!.fieldId)!;
    const prefix = t.prefix ?? field.prefix;
    const now = this.clock();
    const day = localDate(now, center.timezone);
    const seq = nextSequence(this.store, t.centerId, prefix, day);
    const id = insertTicket(this.store, {
      centerId: t.centerId,
      fieldId: field.id,
      localDate: day,
      seq,
      number: formatTicketNumber(prefix, seq),
      priority: t.priority,
      source: t.staff ? 'reception' : 'kiosk',
      lane: t.lane,
      notBefore: t.notBefore,
      statusToken: randomBytes(18).toString('base64url'),
      issuedAt: now,
      procedureIds: t.procedureIds,
    });
    insertTicketEvent(this.store, {
      ticketId: id,
      centerId: t.centerId,
      kind: 'issue',
      at: now,
      counterId: null,
      staffId: t.staff?.id ?? null,
    });
    recordTicketEvent(this.store, 'ticket.issued', id, now, { lines: webhookLines(this.store, id) });
    const row = getTicketRow(this.store, id)!;
    // The slip's place and the estimate's come from one reading of the queues.
    const { place, basis } = this.places.atIssue(row);
    const estimatedWaitMinutes = this.estimator.record({ id, firstProcedureId: t.procedureIds[0] }, basis);
    // Not in the latest forecast yet: the range of a newcomer of its kind.
    const waitRange =
      place.aheadReason === null
        ? this.forecaster.newcomer(t.centerId, { fieldId: field.id, isPriority: t.priority !== null, lane: t.lane })
        : null;
    const slip = this.slipOf(row, place, waitRange);
    return { ...slip, ticket: { ...slip.ticket, estimatedWaitMinutes }, estimatedWaitMinutes };
  }

  announce(issued: IssuedTicket, waiting = waitingByField(this.store, issued.ticket.centerId)): void {
    this.emit(issued.ticket.centerId, { name: 'ticket:issued', payload: { ticket: issued.ticket, waiting } });
  }

  /** What the printed ticket says: the ticket, who is ahead of it now and which counters serve it. */
  slip(ticketId: number, staff?: StaffView): IssuedTicket {
    const row = getTicketRow(this.store, ticketId);
    if (!row || (staff && row.center_id !== staff.centerId)) throw new DomainError('ticket-not-found');
    return this.slipOf(row, this.places.of(row));
  }

  private slipOf(row: TicketRow, place: PlaceView, waitRange = this.rangeOf(row, place)): IssuedTicket {
    return {
      ticket: toTicketView(this.store, row),
      ...place,
      waitRange,
      counterNumbers: this.servingCounterNumbers(row),
      statusToken: row.status_token,
      estimatedWaitMinutes: row.estimated_wait_minutes ?? 0,
      fastTrackRefusal: null,
      servedAt: this.servedAt(row.id),
    };
  }

  /** Where each procedure of the visit is served: its field's counters. */
  private servedAt(ticketId: number): LineServedAt[] {
    return visitLines(this.store, ticketId).map(({ procedureId, fieldId }) => ({
      procedureId,
      fieldId,
      counterNumbers: counterNumbersForField(this.store, fieldId),
    }));
  }

  /** A waiting ticket's range from the center's latest forecast, while a counter can call it. */
  rangeOf(row: Pick<TicketRow, 'id' | 'center_id' | 'state'>, place: Pick<PlaceView, 'aheadReason'>): WaitRange | null {
    return row.state === 'waiting' && place.aheadReason === null ? this.forecaster.ticket(row.center_id, row.id) : null;
  }

  /** The counters that will call a ticket: the fast-track desks for the fast lane (if any), else its field's. */
  private servingCounterNumbers(row: TicketRow): number[] {
    if (row.lane === 'fast' && row.transferred_at === null) {
      const desks = listCounterRows(this.store, row.center_id)
        .filter((c) => c.fast_track === 1)
        .map((c) => c.number);
      if (desks.length) return desks;
    }
    return counterNumbersForField(this.store, row.field_id);
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
      recordTicketEvent(this.store, 'ticket.cancelled', ticketId, now, {});
      return toTicketView(this.store, getTicketRow(this.store, ticketId)!);
    });
    this.emit(ticket.centerId, { name: 'ticket:cancelled', payload: { ticket, waiting: waitingByField(this.store, ticket.centerId) } });
    return ticket;
  }

  /** Today's tickets for the reception desk's reprint list, newest first. */
  today(centerId: string, limit = 100): TicketView[] {
    const center = this.reader.center(centerId);
    return ticketsOfDay(this.store, centerId, localDate(this.clock(), center.timezone), limit).map((r) => toTicketView(this.store, r));
  }
}
