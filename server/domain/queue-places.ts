// Where waiting tickets stand, as shared/rules/ahead.ts defines it, answered fast from the store:
// one ticket's place from the center's counters, the lanes that go before walk-ins and the walk-in
// counts SQLite keeps (its cost does not grow with the queue); every ticket's place of a center from
// one ordered read. Both replay Call next with place-replay.ts, and
// tests/integration/people-ahead-property.test.ts pins them to the definition on random centers.
import type { NotCalledReason, NumberedCounter, Place } from '../../shared/rules/ahead.js';
import { counterServes, type QueueCandidate } from '../../shared/rules/call-order.js';
import { localInstant } from '../../shared/rules/local-time.js';
import { nextSession, sessionAt } from '../../shared/rules/sessions.js';
import type { Store } from '../store/database.js';
import { placeReads, waitingCandidates, type PlaceReads } from '../store/place-queries.js';
import type { TicketRow } from '../store/ticket-queries.js';
import type { CalendarService } from './calendar-service.js';
import type { CallInputs, CenterCallInputs } from './call-inputs.js';
import type { Clock } from './clock.js';
import { callsBefore, replayIds, type LaneTicket, type ReplayInput, type ReplayTarget, type WalkInCounts } from './place-replay.js';

/** A waiting ticket's place as the citizen is told it (IssuedTicket, TicketStatus). */
export interface PlaceView {
  ahead: number | null;
  aheadReason: NotCalledReason | null;
  /** With a null `ahead`: the slot's start, or the next session's when the center is between sessions. */
  callableFrom: number | null;
}

/** What the wait estimate reads besides service times (shared/rules/wait-estimate.ts). */
export interface EstimateBasis {
  /** The place, or for a ticket no open counter can call, its place once its counters open. */
  ahead: number;
  /** Open counters that can call it. */
  openCounters: number;
  /** Counters that can call it at all. */
  servingCounters: number;
  /** Of the open ones, those busy with a citizen now. */
  busyCounters: number;
  /** A booking whose slot has not started: minutes until it does. */
  callableInMinutes: number;
}

export const CALLED: PlaceView = { ahead: 0, aheadReason: null, callableFrom: null };

export function candidateOf(row: TicketRow): QueueCandidate {
  return {
    id: row.id,
    fieldId: row.field_id,
    isPriority: row.priority !== null,
    issuedAt: row.issued_at,
    transferredAt: row.transferred_at,
    targetCounterId: row.target_counter_id,
    lane: row.lane,
    notBefore: row.not_before,
  };
}

const isFreshWalkIn = (t: QueueCandidate) => t.transferredAt === null && (t.lane ?? 'walk-in') === 'walk-in';
const notStarted = (t: QueueCandidate, at: number) => t.transferredAt === null && t.lane === 'booking' && (t.notBefore ?? 0) > at;

/** Opens these counters (as if their staff signed in); by number, as they take turns. */
const calling = (counters: readonly NumberedCounter[], open: (c: NumberedCounter) => boolean) =>
  counters.filter((c) => c.status === 'open' || open(c)).map((c) => ({ ...c, status: 'open' as const }));

export class QueuePlaces {
  /** Per center, when it opens again, as of one minute (reopensAt). */
  private readonly reopens = new Map<string, { minute: number; calendar: unknown; at: number | null }>();

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly inputs: CallInputs,
    private readonly calendar: CalendarService,
  ) {}

  /** A waiting ticket's place now (a ticket no longer waiting: CALLED). */
  of(row: TicketRow): PlaceView {
    if (row.state !== 'waiting') return CALLED;
    const ticket = candidateOf(row);
    return this.view(row.center_id, ticket, this.placeIn(this.inputs.forCenter(row.center_id), ticket));
  }

  /** The place, and what the wait estimate needs, of a just-issued ticket. */
  atIssue(row: TicketRow): { place: PlaceView; basis: EstimateBasis } {
    const inputs = this.inputs.forCenter(row.center_id);
    const ticket = candidateOf(row);
    // The place and the estimate's second look at it read the store once.
    const reads = new TicketReads(this.store, row.center_id, ticket);
    const place = this.placeIn(inputs, ticket, undefined, undefined, reads);
    return { place: this.view(row.center_id, ticket, place), basis: this.estimateBasis(inputs, ticket, place, reads) };
  }

  /** The place of every waiting ticket of a center, from one ordered read of its queues. */
  all(centerId: string): Map<number, PlaceView> {
    const inputs = this.inputs.forCenter(centerId);
    const waiting = waitingCandidates(this.store, centerId);
    const counters = calling(inputs.counters, () => false);
    const lanes: LaneTicket[] = [];
    const walkIns = new Map<number, WalkInCounts>();
    const walkInIds = new Map<number, { priority: number[]; normal: number[] }>();
    for (const t of waiting) {
      if (isFreshWalkIn(t)) {
        let ids = walkInIds.get(t.fieldId);
        if (!ids) walkInIds.set(t.fieldId, (ids = { priority: [], normal: [] }));
        // Read in issue order: each kind is already in the order it is called.
        (t.isPriority ? ids.priority : ids.normal).push(t.id);
      } else if (!notStarted(t, inputs.now)) {
        lanes.push(laneOf(t));
      }
    }
    for (const [fieldId, ids] of walkInIds) walkIns.set(fieldId, { priority: ids.priority.length, normal: ids.normal.length });
    const calls = replayIds({ counters, lanes, walkIns, policy: inputs.policy, normalsSince: inputs.normalsSince }, walkInIds);
    const at = new Map(calls.map((c, i) => [c.ticketId, i]));

    // Tickets served by the same counters count the same calls: one pass over the calls per set.
    const groups = new Map<string, { mine: boolean[]; tickets: { id: number; at: number }[] }>();
    const places = new Map<number, PlaceView>();
    let reopens: number | null | undefined;
    for (const t of waiting) {
      const index = at.get(t.id);
      const mine = counters.map((c) => counterServes(c, t));
      if (index === undefined) {
        if (mine.some(Boolean)) places.set(t.id, { ahead: null, aheadReason: 'slot-not-started', callableFrom: t.notBefore ?? null });
        else places.set(t.id, { ahead: null, aheadReason: 'no-open-counter', callableFrom: (reopens ??= this.reopensAt(centerId)) });
        continue;
      }
      const key = mine.map((m) => (m ? 1 : 0)).join('');
      let group = groups.get(key);
      if (!group) groups.set(key, (group = { mine, tickets: [] }));
      group.tickets.push({ id: t.id, at: index });
    }
    for (const { mine, tickets } of groups.values()) {
      tickets.sort((a, b) => a.at - b.at);
      let count = 0;
      let next = 0;
      for (let i = 0; i < calls.length && next < tickets.length; i++) {
        if (i === tickets[next].at) places.set(tickets[next++].id, { ahead: count, aheadReason: null, callableFrom: null });
        if (mine[calls[i].counter]) count++;
      }
    }
    return places;
  }

  /**
   * The place of `ticket` (waiting) among the counters of `inputs` that are open — or with `open`
   * opened too — at `at`. `reads` keeps the store's answers for a second look at the same ticket.
   */
  private placeIn(
    inputs: CenterCallInputs,
    ticket: QueueCandidate,
    open: (c: NumberedCounter) => boolean = () => false,
    at = inputs.now,
    reads = new TicketReads(this.store, inputs.center.id, ticket),
  ): Place {
    const counters = calling(inputs.counters, open);
    const mine = counters.map((c) => counterServes(c, ticket));
    if (!mine.some(Boolean)) return { ahead: null, reason: 'no-open-counter' };
    if (notStarted(ticket, at)) return { ahead: null, reason: 'slot-not-started' };
    const target: ReplayTarget = isFreshWalkIn(ticket)
      ? { walkIn: { fieldId: ticket.fieldId, priority: ticket.isPriority } }
      : { laneId: ticket.id };
    const { reads: read, walkIns } = reads.at(at);
    const input: ReplayInput = { counters, lanes: read.lanes, walkIns, policy: inputs.policy, normalsSince: inputs.normalsSince };
    const ahead = callsBefore(input, target, mine);
    // Only a ticket the store holds inconsistently (a lane row the reads missed) could fall here.
    return ahead === null ? { ahead: null, reason: 'no-open-counter' } : { ahead, reason: null };
  }

  /**
   * The estimate's view of a ticket: where it stands; or, when it cannot be called now, where it will
   * stand among the tickets waiting now once it can — its counters open (they are expected to), its
   * slot started.
   */
  private estimateBasis(inputs: CenterCallInputs, ticket: QueueCandidate, place: Place, reads: TicketReads): EstimateBasis {
    const serves = (c: NumberedCounter) => counterServes({ ...c, status: 'open' }, ticket);
    const serving = inputs.counters.filter(serves);
    const open = serving.filter((c) => c.status === 'open');
    const busy = open.length ? reads.at(inputs.now).reads.busy : new Set<number>();
    const basis = { openCounters: open.length, servingCounters: serving.length, busyCounters: open.filter((c) => busy.has(c.id)).length };
    if (place.reason === null) return { ...basis, ahead: place.ahead, callableInMinutes: 0 };
    const from = notStarted(ticket, inputs.now) ? (ticket.notBefore ?? inputs.now) : inputs.now;
    const closed = place.reason === 'no-open-counter';
    const then = this.placeIn(inputs, ticket, closed ? serves : () => false, from, reads);
    return {
      ...basis,
      ...(closed ? { openCounters: 0, busyCounters: 0 } : {}),
      ahead: then.ahead ?? 0,
      callableInMinutes: Math.ceil((from - inputs.now) / 60_000),
    };
  }

  private view(centerId: string, ticket: QueueCandidate, place: Place): PlaceView {
    if (place.reason === null) return { ahead: place.ahead, aheadReason: null, callableFrom: null };
    const callableFrom = place.reason === 'slot-not-started' ? (ticket.notBefore ?? null) : this.reopensAt(centerId);
    return { ahead: null, aheadReason: place.reason, callableFrom };
  }

  /**
   * When the center opens again, if it is between sessions now and the calendar knows (null during a
   * session). Sessions start and end on whole minutes: the answer is kept for the minute.
   */
  private reopensAt(centerId: string): number | null {
    const now = this.clock();
    const minute = Math.floor(now / 60_000);
    const kept = this.reopens.get(centerId);
    if (kept?.minute === minute && kept.calendar === this.calendar.calendar(centerId)) return kept.at;
    const calendar = this.calendar.calendar(centerId);
    const next = sessionAt(calendar, now) ? null : nextSession(calendar, now);
    const at = next ? localInstant(next.date, next.start, calendar.timezone) : null;
    this.reopens.set(centerId, { minute, calendar, at });
    return at;
  }
}

/** What one ticket's place reads from the store, once per instant (the lanes depend on it). */
class TicketReads {
  private readonly byInstant = new Map<number, { reads: PlaceReads; walkIns: Map<number, WalkInCounts> }>();

  constructor(
    private readonly store: Store,
    private readonly centerId: string,
    private readonly ticket: QueueCandidate,
  ) {}

  /** The lanes at `at`, the walk-in counts (for a walk-in, of its own kind only those issued before it, and it), the busy counters. */
  at(at: number): { reads: PlaceReads; walkIns: Map<number, WalkInCounts> } {
    let kept = this.byInstant.get(at);
    if (kept) return kept;
    const t = this.ticket;
    const fresh = isFreshWalkIn(t);
    const reads = placeReads(this.store, this.centerId, at, fresh ? t : null);
    const walkIns = reads.walkIns;
    const field = walkIns.get(t.fieldId);
    // Any of the other kind can go first.
    if (fresh && field)
      walkIns.set(
        t.fieldId,
        t.isPriority ? { ...field, priority: field.priority - reads.after } : { ...field, normal: field.normal - reads.after },
      );
    this.byInstant.set(at, (kept = { reads, walkIns }));
    return kept;
  }
}

function laneOf(t: QueueCandidate): LaneTicket {
  const tier = t.transferredAt !== null ? 'transferred' : t.lane === 'fast' ? 'fast' : 'booked';
  const key = tier === 'transferred' ? t.transferredAt! : tier === 'fast' ? t.issuedAt : (t.notBefore ?? 0);
  return { id: t.id, tier, fieldId: t.fieldId, isPriority: t.isPriority, key, targetCounterId: t.targetCounterId };
}
