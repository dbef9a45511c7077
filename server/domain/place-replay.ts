// The fast path behind "people ahead": the same replay of Call next as the definition
// (shared/rules/ahead.ts), without building and sorting every counter's whole call order at each
// call. Pure. The open counters still call in turn in number order, each taking the head of its
// first non-empty tier — the fast lane (all of it, or its fields' when the center has no fast-track
// counter), transfers (to it or to its fields), started bookings of its fields, then its fields'
// walk-ins in its order with the priority rule — but each queue is read at its head only, and a
// field's walk-ins are two counts (priority, normal): which of a field's walk-ins is called next
// depends only on how many of each kind wait and on the fairness count, never on who they are.
// So one ticket's place needs the lanes (short) and the counts SQLite keeps, however long the queue
// (queue-places.ts); the whole center's order needs one ordered read of its walk-ins.
// tests/integration/people-ahead-property.test.ts pins both uses to the definition.
import type { PriorityPolicy } from '../../shared/rules/call-order.js';

export interface ReplayCounter {
  id: number;
  /** Served fields, most preferred first. */
  fieldIds: readonly number[];
  fastTrack?: boolean;
  fastLaneFallback?: boolean;
}

/** A waiting ticket that goes before walk-ins: keyed as its tier orders it. */
export interface LaneTicket {
  id: number;
  tier: 'fast' | 'transferred' | 'booked';
  fieldId: number;
  isPriority: boolean;
  /** fast: issued at; transferred: transferred at; booked: the slot's start. Ties by id. */
  key: number;
  targetCounterId: number | null;
}

export interface WalkInCounts {
  priority: number;
  normal: number;
}

export interface ReplayInput {
  /** The counters that call, in the order they take turns (open ones, by number). */
  counters: readonly ReplayCounter[];
  /** Fast lane (never transferred), transferred, and booked tickets whose slot has started. */
  lanes: readonly LaneTicket[];
  /** Per field: its fresh walk-ins waiting, by kind. */
  walkIns: ReadonlyMap<number, WalkInCounts>;
  policy: PriorityPolicy;
  /** Per field, as Call next reads it; absent: no priority ticket called today (priority is due). */
  normalsSince: ReadonlyMap<number, number>;
}

/** Told each call in turn; returning true stops the replay. `counter` indexes `input.counters`. */
export interface ReplayVisitor {
  lane(counter: number, ticket: LaneTicket): boolean;
  walkIn(counter: number, fieldId: number, priority: boolean): boolean;
}

interface Slot {
  ticket: LaneTicket;
  taken: boolean;
}

interface Queue {
  slots: Slot[];
  head: number;
}

const before = (a: Slot, b: Slot) => a.ticket.key - b.ticket.key || a.ticket.id - b.ticket.id;

function headOf(q: Queue | undefined): Slot | null {
  if (!q) return null;
  while (q.head < q.slots.length && q.slots[q.head].taken) q.head++;
  return q.slots[q.head] ?? null;
}

const FAST_NONE = 0;
const FAST_ALL = 1;
const FAST_OWN = 2;

/** Replays the calls until no counter has anyone left, or the visitor stops it. */
export function replay(input: ReplayInput, visit: ReplayVisitor): void {
  const strict = input.policy.mode === 'strict';
  const every = input.policy.every;

  // Fields as dense indexes.
  const fieldIndex = new Map<number, number>();
  const fieldIds: number[] = [];
  const indexOf = (fieldId: number) => {
    let i = fieldIndex.get(fieldId);
    if (i === undefined) {
      i = fieldIds.length;
      fieldIndex.set(fieldId, i);
      fieldIds.push(fieldId);
    }
    return i;
  };
  for (const c of input.counters) for (const f of c.fieldIds) indexOf(f);
  for (const f of input.walkIns.keys()) indexOf(f);
  for (const t of input.lanes) indexOf(t.fieldId);
  const fields = fieldIds.length;
  const priority = new Int32Array(fields);
  const normal = new Int32Array(fields);
  const since = new Float64Array(fields);
  for (let f = 0; f < fields; f++) since[f] = input.normalsSince.get(fieldIds[f]) ?? every;
  for (const [fieldId, n] of input.walkIns) {
    priority[indexOf(fieldId)] = n.priority;
    normal[indexOf(fieldId)] = n.normal;
  }

  // Lane queues, each in its tier's order; a fast ticket sits in the whole lane and in its field's.
  const fastAll: Queue = { slots: [], head: 0 };
  const fastOfField = new Array<Queue | undefined>(fields);
  const transferredOfField = new Array<Queue | undefined>(fields);
  const bookedOfField = new Array<Queue | undefined>(fields);
  const targeted = new Map<number, Queue>();
  const push = (queues: (Queue | undefined)[], f: number, slot: Slot) => (queues[f] ??= { slots: [], head: 0 }).slots.push(slot);
  for (const ticket of input.lanes) {
    const slot: Slot = { ticket, taken: false };
    const f = fieldIndex.get(ticket.fieldId)!;
    if (ticket.tier === 'fast') {
      fastAll.slots.push(slot);
      push(fastOfField, f, slot);
    } else if (ticket.tier === 'booked') {
      push(bookedOfField, f, slot);
    } else if (ticket.targetCounterId !== null) {
      let q = targeted.get(ticket.targetCounterId);
      if (!q) targeted.set(ticket.targetCounterId, (q = { slots: [], head: 0 }));
      q.slots.push(slot);
    } else {
      push(transferredOfField, f, slot);
    }
  }
  for (const q of [fastAll, ...fastOfField, ...transferredOfField, ...bookedOfField, ...targeted.values()]) q?.slots.sort(before);

  const counters = input.counters.map((c) => ({
    fields: Int32Array.from(c.fieldIds, (f) => fieldIndex.get(f)!),
    fast: c.fastTrack ? FAST_ALL : c.fastLaneFallback ? FAST_OWN : FAST_NONE,
    targeted: targeted.get(c.id),
  }));

  let stopped = false;

  /** The best head among the counter's fields' queues of one tier. */
  const bestOf = (queues: (Queue | undefined)[], own: Int32Array, start: Slot | null): Slot | null => {
    let best = start;
    for (let i = 0; i < own.length; i++) {
      const head = headOf(queues[own[i]]);
      if (head && (!best || before(head, best) < 0)) best = head;
    }
    return best;
  };

  /** One call by counter `c`; false when it has nobody to call. */
  const step = (c: number): boolean => {
    const counter = counters[c];
    const own = counter.fields;
    let pick: Slot | null = null;
    if (counter.fast === FAST_ALL) pick = headOf(fastAll);
    else if (counter.fast === FAST_OWN) pick = bestOf(fastOfField, own, null);
    pick ??= bestOf(transferredOfField, own, headOf(counter.targeted));
    pick ??= bestOf(bookedOfField, own, null);
    if (pick) {
      pick.taken = true;
      const t = pick.ticket;
      // Fairness counts every call that was not a transfer (Call next's recordFairness).
      if (t.tier !== 'transferred') {
        const f = fieldIndex.get(t.fieldId)!;
        since[f] = t.isPriority ? 0 : since[f] + 1;
      }
      stopped = visit.lane(c, t);
      return true;
    }
    for (let i = 0; i < own.length; i++) {
      const f = own[i];
      const p = priority[f];
      const n = normal[f];
      if (p + n === 0) continue;
      const takePriority = p > 0 && (strict || since[f] >= every || n === 0);
      if (takePriority) {
        priority[f] = p - 1;
        since[f] = 0;
      } else {
        normal[f] = n - 1;
        since[f] = since[f] + 1;
      }
      stopped = visit.walkIn(c, fieldIds[f], takePriority);
      return true;
    }
    return false;
  };

  // Counters take turns; one with nobody to call drops out for good (queues only shrink).
  const calling = input.counters.map((_, i) => i);
  while (calling.length) {
    let kept = 0;
    for (let k = 0; k < calling.length; k++) {
      const c = calling[k];
      if (!step(c)) continue;
      if (stopped) return;
      calling[kept++] = c;
    }
    calling.length = kept;
  }
}

/** The target of `callsBefore`: a lane ticket, or the last of its kind among its field's walk-ins. */
export type ReplayTarget = { laneId: number } | { walkIn: { fieldId: number; priority: boolean } };

/**
 * How many calls by the counters `mine` (indexes into `input.counters`) come before the target's
 * call; null when the replay never calls it. A walk-in target is the last of its kind counted in
 * `input.walkIns` (count only those of its kind issued before it, and it).
 */
export function callsBefore(input: ReplayInput, target: ReplayTarget, mine: readonly boolean[]): number | null {
  let count = 0;
  let found = false;
  let left = 'walkIn' in target ? ownKind(input, target.walkIn) : 0;
  replay(input, {
    lane(c, ticket) {
      if ('laneId' in target && ticket.id === target.laneId) return (found = true);
      if (mine[c]) count++;
      return false;
    },
    walkIn(c, fieldId, priority) {
      if ('walkIn' in target && fieldId === target.walkIn.fieldId && priority === target.walkIn.priority && --left === 0) {
        return (found = true);
      }
      if (mine[c]) count++;
      return false;
    },
  });
  return found ? count : null;
}

function ownKind(input: ReplayInput, t: { fieldId: number; priority: boolean }): number {
  const n = input.walkIns.get(t.fieldId);
  return n ? (t.priority ? n.priority : n.normal) : 0;
}

/** Every call of the replay as (ticket id, counter index), with each field's walk-ins named in issue order. */
export function replayIds(
  input: ReplayInput,
  walkInIds: ReadonlyMap<number, { priority: readonly number[]; normal: readonly number[] }>,
): { ticketId: number; counter: number }[] {
  const calls: { ticketId: number; counter: number }[] = [];
  const taken = new Map<number, { priority: number; normal: number }>();
  replay(input, {
    lane(counter, ticket) {
      calls.push({ ticketId: ticket.id, counter });
      return false;
    },
    walkIn(counter, fieldId, priority) {
      let n = taken.get(fieldId);
      if (!n) taken.set(fieldId, (n = { priority: 0, normal: 0 }));
      const ids = walkInIds.get(fieldId)!;
      calls.push({ ticketId: priority ? ids.priority[n.priority++] : ids.normal[n.normal++], counter });
      return false;
    },
  });
  return calls;
}
