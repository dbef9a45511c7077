// Read models for screens: the catalogue, a center's snapshot, counters and a counter's queue.
import { callOrder } from '../../shared/rules/call-order.js';
import type { CatalogView, CenterInfo, CenterSnapshot, CounterInfo, CounterView, TicketView } from '../../shared/types.js';
import {
  counterFieldIds,
  getCenter,
  getCounterRow,
  listCenters,
  listCounterRows,
  listFields,
  listProcedures,
  type CounterRow,
} from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { getTicketRow, upcomingBookings, recentCalls, ticketAtCounter, toTicketView } from '../store/ticket-queries.js';
import { waitingByField } from '../store/queue-queries.js';
import { CallInputs } from './call-inputs.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';

/** How many waiting tickets a counter terminal lists. */
export const QUEUE_LIST_LIMIT = 50;
export const RECENT_CALLS = 10;

export class QueueReader {
  /** What the call rule reads: Call next, this counter's list and "people ahead" gather it here. */
  readonly callInputs: CallInputs;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** MOTCUA_PUBLIC_URL: the QR codes' address of a center that has not set its own. */
    private readonly defaultPublicUrl: string | null = null,
  ) {
    this.callInputs = new CallInputs(store, clock);
  }

  private withDefaults(center: CenterInfo): CenterInfo {
    return { ...center, qrUrl: center.publicUrl ?? this.defaultPublicUrl };
  }

  centers(): CenterInfo[] {
    return listCenters(this.store).map((c) => this.withDefaults(c));
  }

  center(id: string): CenterInfo {
    const center = getCenter(this.store, id);
    if (!center) throw new DomainError('center-not-found');
    return this.withDefaults(center);
  }

  counterRow(id: number): CounterRow {
    const row = getCounterRow(this.store, id);
    if (!row) throw new DomainError('counter-not-found');
    return row;
  }

  private counterInfo(row: CounterRow): CounterInfo {
    return {
      id: row.id,
      centerId: row.center_id,
      number: row.number,
      fastTrack: row.fast_track === 1,
      fieldIds: counterFieldIds(this.store, row.id),
    };
  }

  counterView(row: CounterRow): CounterView {
    const current = ticketAtCounter(this.store, row.id);
    return {
      ...this.counterInfo(row),
      status: row.status,
      pauseReason: row.pause_reason,
      staffId: row.staff_id,
      staffName: row.staff_name,
      current: current ? toTicketView(this.store, current) : null,
    };
  }

  counter(id: number): CounterView {
    return this.counterView(this.counterRow(id));
  }

  counters(centerId: string): CounterView[] {
    return listCounterRows(this.store, centerId).map((r) => this.counterView(r));
  }

  catalog(centerId: string): CatalogView {
    return {
      center: this.center(centerId),
      fields: listFields(this.store, centerId),
      procedures: listProcedures(this.store, centerId),
      counters: listCounterRows(this.store, centerId).map((row) => this.counterInfo(row)),
    };
  }

  snapshot(centerId: string): CenterSnapshot {
    return {
      center: this.center(centerId),
      fields: listFields(this.store, centerId),
      counters: this.counters(centerId),
      waiting: waitingByField(this.store, centerId),
      recentCalls: recentCalls(this.store, centerId, RECENT_CALLS),
      serverTime: this.clock(),
    };
  }

  ticket(id: number): TicketView {
    const row = getTicketRow(this.store, id);
    if (!row) throw new DomainError('ticket-not-found');
    return toTicketView(this.store, row);
  }

  /** The waiting tickets a counter will call, in the order Call next takes them (as if it were open). */
  counterQueue(counterId: number): TicketView[] {
    const { counter, candidates, policy, normalsSince, now } = this.callInputs.forCounter(
      this.counterRow(counterId),
      QUEUE_LIST_LIMIT,
      'open',
    );
    const order = callOrder(counter, candidates, policy, normalsSince, now);
    const callable = order.slice(0, QUEUE_LIST_LIMIT).map((c) => toTicketView(this.store, getTicketRow(this.store, c.id)!));
    // Citizens who checked in early for a booked slot come last: they are called from their slot's start.
    const early = upcomingBookings(this.store, counter.fieldIds, now, QUEUE_LIST_LIMIT).map((r) => toTicketView(this.store, r));
    return [...callable, ...early].slice(0, QUEUE_LIST_LIMIT);
  }
}
