// The fast path behind "people ahead": the same replay of Call next as the definition
// (shared/rules/ahead.ts), without building and sorting every counter's whole call order at each
// call. Pure. The open counters still call in turn in number order, each taking the head of its
// first non-empty tier — the fast lane (all of it, or its fields' when the center has no fast-track
// counter), transfers (to it or to its fields), started bookings of its fields, then its fields'
// walk-ins in its order with the priority rule — but each queue is read at its head only, and a
// field's walk-ins are two counts (priority, normal): which of a field's walk-ins is called next
// depends only on how many of each kind wait and on the fairness count, never on who they are.
// Counting one ticket's place goes further: once no counter has a lane ticket left, every round of
// calls takes the same fields until one of them empties or the ticket's turn comes, so whole rounds
// are counted at once. One ticket's place then costs the lanes (short) and the counts SQLite keeps,
// however long the queue (queue-places.ts); the whole center's order is one ordered read and one pass.
// tests/integration/people-ahead-property.test.ts pins both uses to the definition, and
// tests/unit/place-replay.test.ts the counted rounds to the call-by-call replay on long queues.
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

/** One field's walk-ins as the priority rule sees them: how many of each kind, and the fairness count. */
export interface WalkInState {
  priority: number;
  normal: number;
  /** Normal calls since the field's last priority call (≥ every: priority is due). */
  since: number;
}

/**
 * The state after `m` calls of a field's walk-ins (at most as many as wait), in closed form: the
 * same as taking them one by one (priority when due — after `every` normal ones — or when no
 * normal one is left; strictly first in strict mode).
 */
export function afterWalkInCalls(s: WalkInState, m: number, policy: PriorityPolicy): WalkInState {
  let { priority: p, normal: n, since } = s;
  if (policy.mode === 'strict') {
    const dp = Math.min(p, m);
    const dn = m - dp;
    return { priority: p - dp, normal: n - dn, since: dn > 0 ? (dp > 0 ? dn : since + dn) : dp > 0 ? 0 : since };
  }
  const every = policy.every;
  while (m > 0) {
    if (p === 0) return { priority: 0, normal: n - m, since: since + m };
    if (n === 0) return { priority: p - m, normal: 0, since: 0 };
    if (since >= every) {
      p--;
      since = 0;
      m--;
      // Whole cycles of `every` normal calls and one priority call.
      const cycles = Math.min(Math.floor(m / (every + 1)), p, Math.floor(n / every));
      p -= cycles;
      n -= cycles * every;
      m -= cycles * (every + 1);
      continue;
    }
    const run = Math.min(m, n, every - since);
    n -= run;
    since += run;
    m -= run;
  }
  return { priority: p, normal: n, since };
}

/**
 * How many of a field's walk-in calls come before the last one of a kind (the kind's count includes
 * it), in closed form.
 */
export function callsBeforeLastOfKind(s: WalkInState, priority: boolean, policy: PriorityPolicy): number {
  const { priority: p, normal: n, since } = s;
  if (policy.mode === 'strict') return priority ? p - 1 : p + n - 1;
  const every = policy.every;
  // Normal calls before the first priority one.
  const first = since >= every ? 0 : every - since;
  if (priority) return p - 1 + Math.min(n, first + (p - 1) * every);
  return n - 1 + Math.min(p, Math.max(0, Math.floor((n - first - 1) / every) + 1));
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

interface PreparedCounter {
  fields: Int32Array;
  fast: number;
  targeted: Queue | undefined;
}

/** The replay's state: fields as dense indexes, each lane a queue read at its head. */
class Replay {
  readonly fieldIds: number[] = [];
  readonly fieldIndex = new Map<number, number>();
  readonly priority: Int32Array;
  readonly normal: Int32Array;
  readonly since: Float64Array;
  readonly counters: PreparedCounter[];
  /** Indexes of the counters still calling, in turn order. */
  calling: number[];
  /** False once no counter still calling has a lane ticket to call: calls are walk-ins only from then. */
  private lanesLeft: boolean;
  private readonly strict: boolean;
  private readonly every: number;
  private readonly fastAll: Queue = { slots: [], head: 0 };
  private readonly fastOfField: (Queue | undefined)[];
  private readonly transferredOfField: (Queue | undefined)[];
  private readonly bookedOfField: (Queue | undefined)[];

  constructor(readonly input: ReplayInput) {
    this.strict = input.policy.mode === 'strict';
    this.lanesLeft = input.lanes.length > 0;
    this.every = input.policy.every;
    for (const c of input.counters) for (const f of c.fieldIds) this.indexOf(f);
    for (const f of input.walkIns.keys()) this.indexOf(f);
    for (const t of input.lanes) this.indexOf(t.fieldId);
    const fields = this.fieldIds.length;
    this.priority = new Int32Array(fields);
    this.normal = new Int32Array(fields);
    this.since = new Float64Array(fields);
    for (let f = 0; f < fields; f++) this.since[f] = input.normalsSince.get(this.fieldIds[f]) ?? this.every;
    for (const [fieldId, n] of input.walkIns) {
      this.priority[this.indexOf(fieldId)] = n.priority;
      this.normal[this.indexOf(fieldId)] = n.normal;
    }

    // Lane queues, each in its tier's order; a fast ticket sits in the whole lane and in its field's.
    this.fastOfField = new Array<Queue | undefined>(fields);
    this.transferredOfField = new Array<Queue | undefined>(fields);
    this.bookedOfField = new Array<Queue | undefined>(fields);
    const targeted = new Map<number, Queue>();
    const push = (queues: (Queue | undefined)[], f: number, slot: Slot) => (queues[f] ??= { slots: [], head: 0 }).slots.push(slot);
    for (const ticket of input.lanes) {
      const slot: Slot = { ticket, taken: false };
      const f = this.indexOf(ticket.fieldId);
      if (ticket.tier === 'fast') {
        this.fastAll.slots.push(slot);
        push(this.fastOfField, f, slot);
      } else if (ticket.tier === 'booked') {
        push(this.bookedOfField, f, slot);
      } else if (ticket.targetCounterId !== null) {
        let q = targeted.get(ticket.targetCounterId);
        if (!q) targeted.set(ticket.targetCounterId, (q = { slots: [], head: 0 }));
        q.slots.push(slot);
      } else {
        push(this.transferredOfField, f, slot);
      }
    }
    for (const q of [this.fastAll, ...this.fastOfField, ...this.transferredOfField, ...this.bookedOfField, ...targeted.values()]) {
      q?.slots.sort(before);
    }
    this.counters = input.counters.map((c) => ({
      fields: Int32Array.from(c.fieldIds, (f) => this.indexOf(f)),
      fast: c.fastTrack ? FAST_ALL : c.fastLaneFallback ? FAST_OWN : FAST_NONE,
      targeted: targeted.get(c.id),
    }));
    this.calling = input.counters.map((_, i) => i);
  }

  indexOf(fieldId: number): number {
    let i = this.fieldIndex.get(fieldId);
    if (i === undefined) {
      i = this.fieldIds.length;
      this.fieldIndex.set(fieldId, i);
      this.fieldIds.push(fieldId);
    }
    return i;
  }

  /** The best head among the counter's fields' queues of one tier. */
  private bestOf(queues: (Queue | undefined)[], own: Int32Array, start: Slot | null): Slot | null {
    let best = start;
    for (let i = 0; i < own.length; i++) {
      const head = headOf(queues[own[i]]);
      if (head && (!best || before(head, best) < 0)) best = head;
    }
    return best;
  }

  /** The lane ticket counter `c` would call now, if any. */
  private laneHead(c: number): Slot | null {
    if (!this.lanesLeft) return null;
    const counter = this.counters[c];
    const own = counter.fields;
    let pick: Slot | null = null;
    if (counter.fast === FAST_ALL) pick = headOf(this.fastAll);
    else if (counter.fast === FAST_OWN) pick = this.bestOf(this.fastOfField, own, null);
    pick ??= this.bestOf(this.transferredOfField, own, headOf(counter.targeted));
    pick ??= this.bestOf(this.bookedOfField, own, null);
    return pick;
  }

  /** The first of counter `c`'s fields with walk-ins waiting, or -1. */
  firstField(c: number): number {
    const own = this.counters[c].fields;
    for (let i = 0; i < own.length; i++) if (this.priority[own[i]] + this.normal[own[i]] > 0) return own[i];
    return -1;
  }

  /** Whether no counter still calling has a lane ticket left (then none ever has again). */
  lanesDone(): boolean {
    if (this.lanesLeft && this.calling.every((c) => this.laneHead(c) === null)) this.lanesLeft = false;
    return !this.lanesLeft;
  }

  /** One call by counter `c`, told to `visit`; null when it has nobody to call, else whether the visitor stops. */
  step(c: number, visit: ReplayVisitor): boolean | null {
    const pick = this.laneHead(c);
    if (pick) {
      pick.taken = true;
      const t = pick.ticket;
      // Fairness counts every call that was not a transfer (Call next's recordFairness).
      if (t.tier !== 'transferred') {
        const f = this.indexOf(t.fieldId);
        this.since[f] = t.isPriority ? 0 : this.since[f] + 1;
      }
      return visit.lane(c, t);
    }
    const f = this.firstField(c);
    if (f < 0) return null;
    const p = this.priority[f];
    const n = this.normal[f];
    const takePriority = p > 0 && (this.strict || this.since[f] >= this.every || n === 0);
    if (takePriority) {
      this.priority[f] = p - 1;
      this.since[f] = 0;
    } else {
      this.normal[f] = n - 1;
      this.since[f] = this.since[f] + 1;
    }
    return visit.walkIn(c, this.fieldIds[f], takePriority);
  }

  /** One round: each counter still calling calls once; those with nobody left drop out for good. */
  round(visit: ReplayVisitor): boolean {
    let kept = 0;
    for (let k = 0; k < this.calling.length; k++) {
      const c = this.calling[k];
      const stop = this.step(c, visit);
      if (stop === null) continue;
      if (stop) return true;
      this.calling[kept++] = c;
    }
    this.calling.length = kept;
    return false;
  }

  /** `rounds` rounds of walk-in calls, each counter taking its first field's each time (the caller checked they can). */
  skipRounds(rounds: number, takes: ReadonlyMap<number, number>): void {
    for (const [f, k] of takes) {
      const after = afterWalkInCalls(
        { priority: this.priority[f], normal: this.normal[f], since: this.since[f] },
        rounds * k,
        this.input.policy,
      );
      this.priority[f] = after.priority;
      this.normal[f] = after.normal;
      this.since[f] = after.since;
    }
  }
}

/** Replays the calls until no counter has anyone left, or the visitor stops it. */
export function replay(input: ReplayInput, visit: ReplayVisitor): void {
  const r = new Replay(input);
  while (r.calling.length) if (r.round(visit)) return;
}

/** The target of `callsBefore`: a lane ticket, or the last of its kind among its field's walk-ins. */
export type ReplayTarget = { laneId: number } | { walkIn: { fieldId: number; priority: boolean } };

/**
 * How many calls by the counters `mine` (indexes into `input.counters`) come before the target's
 * call; null when the replay never calls it. A walk-in target is the last of its kind counted in
 * `input.walkIns` (count only those of its kind issued before it, and it).
 */
export function callsBefore(input: ReplayInput, target: ReplayTarget, mine: readonly boolean[]): number | null {
  const r = new Replay(input);
  let count = 0;
  let found = false;
  const walkIn = 'walkIn' in target ? target.walkIn : null;
  const targetField = walkIn ? r.indexOf(walkIn.fieldId) : -1;
  const visit: ReplayVisitor = {
    lane(c, ticket) {
      if (!walkIn && ticket.id === (target as { laneId: number }).laneId) return (found = true);
      if (mine[c]) count++;
      return false;
    },
    walkIn(c, fieldId, priority) {
      if (walkIn && fieldId === walkIn.fieldId && priority === walkIn.priority && (priority ? r.priority : r.normal)[targetField] === 0) {
        return (found = true);
      }
      if (mine[c]) count++;
      return false;
    },
  };
  let lanesDone = false;
  while (r.calling.length) {
    lanesDone ||= r.lanesDone();
    if (lanesDone) {
      // A lane target no counter can reach any more is never called.
      if (!walkIn) return null;
      const { rounds, takes } = safeRounds(r, targetField, walkIn.priority);
      if (rounds > 0) {
        r.skipRounds(rounds, takes);
        for (const c of r.calling) if (mine[c]) count += rounds;
      }
    }
    if (r.round(visit)) break;
  }
  return found ? count : null;
}

/** Per field, how many calls one round takes from it: the counters still calling whose first field it is. */
function takesPerRound(r: Replay): Map<number, number> {
  const takes = new Map<number, number>();
  for (const c of r.calling) {
    const f = r.firstField(c);
    if (f >= 0) takes.set(f, (takes.get(f) ?? 0) + 1);
  }
  return takes;
}

/**
 * Whole rounds that can be counted at once: every counter calls its first field's walk-ins each
 * time, no field runs out before the last of them, and the target's turn has not come.
 */
function safeRounds(r: Replay, targetField: number, priority: boolean): { rounds: number; takes: Map<number, number> } {
  const takes = takesPerRound(r);
  let rounds = Infinity;
  for (const [f, k] of takes) {
    rounds = Math.min(rounds, Math.floor((r.priority[f] + r.normal[f]) / k));
    if (f === targetField) {
      const state = { priority: r.priority[f], normal: r.normal[f], since: r.since[f] };
      rounds = Math.min(rounds, Math.floor(callsBeforeLastOfKind(state, priority, r.input.policy) / k));
    }
  }
  // A counter with nobody to call drops out in the next round: that round is taken call by call.
  let calls = 0;
  for (const k of takes.values()) calls += k;
  return { rounds: calls < r.calling.length || rounds === Infinity ? 0 : rounds, takes };
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
      const ids = walkInIds.get(fieldId);
      const id = ids && (priority ? ids.priority[n.priority++] : ids.normal[n.normal++]);
      if (id === undefined) throw new Error(`field ${fieldId}: more walk-ins called than read`);
      calls.push({ ticketId: id, counter });
      return false;
    },
  });
  return calls;
}
