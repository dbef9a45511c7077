// The order in which a counter calls waiting tickets. Pure: the server feeds it the heads of the
// queues it needs (never the whole day), and the counter terminal shows the same order.
//
// 1. A paused or closed counter calls nobody.
// 2. A fast-track counter calls the fast lane first (any field); other counters never call it, unless
//    the center has no fast-track counter at all (then each counter takes its fields' fast lane first).
// 3. Transferred tickets next (to this counter, or to one of its fields), oldest transfer first.
// 4. Booked tickets whose slot has started, earliest slot first, ahead of walk-ins.
// 5. Then the counter's fields in its own order of preference.
// 6. Within a field, priority citizens go strictly first, or one after every N normal tickets.
// 7. Otherwise first come, first served by issue time (ties by id, never last-in-first-out).
import type { CounterStatus, Lane, PriorityMode } from '../types.js';

export interface QueueCandidate {
  id: number;
  fieldId: number;
  isPriority: boolean;
  issuedAt: number;
  transferredAt: number | null;
  /** A ticket transferred to one counter waits for that counter only. */
  targetCounterId: number | null;
  /** Walk-in when absent. */
  lane?: Lane;
  /** A booked ticket may be called from this instant (its slot's start). */
  notBefore?: number | null;
}

export interface CallingCounter {
  id: number;
  status: CounterStatus;
  /** Served fields, most preferred first. */
  fieldIds: readonly number[];
  /** Designated for the fast lane. */
  fastTrack?: boolean;
  /** The center has no fast-track counter: the fast lane of this counter's fields is served here, first. */
  fastLaneFallback?: boolean;
}

export interface PriorityPolicy {
  mode: PriorityMode;
  /** Interleaved mode: one priority ticket after every `every` normal tickets. */
  every: number;
}

/** Per field: how many normal tickets were called since the field's last priority ticket. */
export type NormalsSincePriority = ReadonlyMap<number, number>;

const byIssue = (a: QueueCandidate, b: QueueCandidate) => a.issuedAt - b.issuedAt || a.id - b.id;
const byTransfer = (a: QueueCandidate, b: QueueCandidate) => (a.transferredAt ?? 0) - (b.transferredAt ?? 0) || a.id - b.id;

/** Whether `counter` may call `ticket` at all (its field, or transferred to it). */
export function counterServes(counter: CallingCounter, ticket: QueueCandidate): boolean {
  if (ticket.targetCounterId !== null) return ticket.targetCounterId === counter.id;
  if (ticket.lane === 'fast' && ticket.transferredAt === null) {
    return counter.fastTrack === true || (counter.fastLaneFallback === true && counter.fieldIds.includes(ticket.fieldId));
  }
  return counter.fieldIds.includes(ticket.fieldId);
}

/** Merge one field's priority and normal tickets (each already in issue order) by the policy. */
export function mergeByPolicy<T>(priority: readonly T[], normal: readonly T[], policy: PriorityPolicy, normalsSince: number): T[] {
  if (policy.mode === 'strict') return [...priority, ...normal];
  const out: T[] = [];
  let p = 0;
  let n = 0;
  let since = normalsSince;
  while (p < priority.length || n < normal.length) {
    const priorityDue = since >= policy.every || n >= normal.length;
    if (p < priority.length && priorityDue) {
      out.push(priority[p++]);
      since = 0;
    } else {
      out.push(normal[n++]);
      since++;
    }
  }
  return out;
}

/** The tickets `counter` would call, in the exact order Call next takes them. */
export function callOrder(
  counter: CallingCounter,
  candidates: readonly QueueCandidate[],
  policy: PriorityPolicy,
  normalsSince: NormalsSincePriority = new Map(),
  now = Number.POSITIVE_INFINITY,
): QueueCandidate[] {
  if (counter.status !== 'open') return [];
  const eligible = candidates.filter((t) => counterServes(counter, t));
  const transferred = eligible.filter((t) => t.transferredAt !== null).sort(byTransfer);
  const untransferred = eligible.filter((t) => t.transferredAt === null);
  const fast = untransferred.filter((t) => t.lane === 'fast').sort(byIssue);
  const booked = untransferred
    .filter((t) => t.lane === 'booking' && (t.notBefore ?? 0) <= now)
    .sort((a, b) => (a.notBefore ?? 0) - (b.notBefore ?? 0) || a.id - b.id);
  const fresh = untransferred.filter((t) => (t.lane ?? 'walk-in') === 'walk-in');
  const ordered = [...fast, ...transferred, ...booked];
  for (const fieldId of counter.fieldIds) {
    const inField = fresh.filter((t) => t.fieldId === fieldId).sort(byIssue);
    ordered.push(
      ...mergeByPolicy(
        inField.filter((t) => t.isPriority),
        inField.filter((t) => !t.isPriority),
        policy,
        normalsSince.get(fieldId) ?? policy.every,
      ),
    );
  }
  return ordered;
}

export type PickResult = { ok: true; ticket: QueueCandidate } | { ok: false; reason: 'counter-paused' | 'counter-closed' | 'queue-empty' };

/** The ticket Call next takes, or why there is none. */
export function pickNext(
  counter: CallingCounter,
  candidates: readonly QueueCandidate[],
  policy: PriorityPolicy,
  normalsSince?: NormalsSincePriority,
  now?: number,
): PickResult {
  if (counter.status === 'paused') return { ok: false, reason: 'counter-paused' };
  if (counter.status === 'closed') return { ok: false, reason: 'counter-closed' };
  const [first] = callOrder(counter, candidates, policy, normalsSince, now);
  return first ? { ok: true, ticket: first } : { ok: false, reason: 'queue-empty' };
}
