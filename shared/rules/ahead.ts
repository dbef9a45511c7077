// Who is ahead of a citizen: the one definition behind every number of people ahead that a citizen
// or a screen is told (the slip at issue, the kiosk, the phone, the status API, the socket's
// `ticket:status`, the wait estimate). Pure and plain on purpose: it replays Call next itself
// (callOrder, call-order.ts) at one instant over the tickets waiting now, so it cannot disagree with
// the order counters really call in. The server answers from faster paths (SQL counts and a replay
// over counts, server/domain/queue-places.ts) that a property test pins to this definition.
//
// The replay: the open counters call in turn, in counter-number order (counter 1, 2, 3, then 1
// again …), each taking what Call next would give it now — its fast lane or the fallback lane,
// transfers, bookings whose slot has started, then its fields in its own order with the center's
// priority rule (strictly first, or one in every N, counted on as Call next records it). A counter
// with nothing left to call drops out. Paused and closed counters call nobody; tickets not issued
// yet and bookings whose slot has not started are never called in it.
//
// The people ahead of a ticket are the tickets that the counters able to call it (open, serving its
// field, its lane or the counter it was sent to) call before it in that replay. Other counters still
// take part — by emptying a field one of its counters also serves, they change what its counters do
// next — but whom they call is not ahead of it. For a single open counter this is exactly the
// ticket's position in that counter's call sequence.
//
// A ticket the replay never calls has no number ahead, and the reason: no counter that could call it
// is open, or it is a booking whose slot has not started (then it is called from `notBefore`).
import {
  callOrder,
  counterServes,
  type CallingCounter,
  type NormalsSincePriority,
  type PriorityPolicy,
  type QueueCandidate,
} from './call-order.js';

export interface NumberedCounter extends CallingCounter {
  /** Open counters call in turn in the order of their numbers. */
  number: number;
}

/** Everything Call next reads, for every counter of a center, at one instant. */
export interface QueueSnapshot {
  counters: readonly NumberedCounter[];
  /** The tickets waiting now. */
  waiting: readonly QueueCandidate[];
  policy: PriorityPolicy;
  normalsSince: NormalsSincePriority;
  now: number;
}

export type NotCalledReason = 'no-open-counter' | 'slot-not-started';

/** Where a waiting ticket stands: how many are ahead of it, or why nobody can say. */
export type Place = { ahead: number; reason: null } | { ahead: null; reason: NotCalledReason };

export interface ReplayedCall {
  ticketId: number;
  counterId: number;
}

/**
 * The fairness count after a call, as Call next records it (server/store/queue-queries.ts
 * recordFairness): a transferred ticket was counted at its first call; a priority ticket resets its
 * field to 0; a normal one adds one, unless no priority ticket was called today (absent: still due).
 */
export function recordCall(since: Map<number, number>, ticket: QueueCandidate): void {
  if (ticket.transferredAt !== null) return;
  if (ticket.isPriority) since.set(ticket.fieldId, 0);
  else if (since.has(ticket.fieldId)) since.set(ticket.fieldId, since.get(ticket.fieldId)! + 1);
}

/** Every call the open counters would make, in turn, until none of them has anyone left to call. */
export function replayCalls(s: QueueSnapshot): ReplayedCall[] {
  let calling = s.counters.filter((c) => c.status === 'open').sort((a, b) => a.number - b.number);
  const waiting = [...s.waiting];
  const since = new Map(s.normalsSince);
  const calls: ReplayedCall[] = [];
  while (calling.length) {
    const still: NumberedCounter[] = [];
    for (const counter of calling) {
      const [next] = callOrder(counter, waiting, s.policy, since, s.now);
      // Queues only shrink and the instant stays: a counter with nobody to call now never has anyone.
      if (!next) continue;
      still.push(counter);
      calls.push({ ticketId: next.id, counterId: counter.id });
      waiting.splice(waiting.indexOf(next), 1);
      recordCall(since, next);
    }
    calling = still;
  }
  return calls;
}

/** Why the replay never calls a waiting ticket. */
function notCalledReason(ticket: QueueCandidate, s: QueueSnapshot): NotCalledReason {
  const anyOpen = s.counters.some((c) => c.status === 'open' && counterServes(c, ticket));
  return anyOpen ? 'slot-not-started' : 'no-open-counter';
}

/** The place of every waiting ticket of the snapshot. */
export function placesInQueue(s: QueueSnapshot): Map<number, Place> {
  const calls = replayCalls(s);
  const at = new Map(calls.map((c, i) => [c.ticketId, i]));
  const places = new Map<number, Place>();
  for (const ticket of s.waiting) {
    const index = at.get(ticket.id);
    if (index === undefined) {
      places.set(ticket.id, { ahead: null, reason: notCalledReason(ticket, s) });
      continue;
    }
    const mine = new Set(s.counters.filter((c) => c.status === 'open' && counterServes(c, ticket)).map((c) => c.id));
    let ahead = 0;
    for (let i = 0; i < index; i++) if (mine.has(calls[i].counterId)) ahead++;
    places.set(ticket.id, { ahead, reason: null });
  }
  return places;
}

/** The place of one waiting ticket (`ticketId` must be among `s.waiting`). */
export function placeInQueue(ticketId: number, s: QueueSnapshot): Place {
  const place = placesInQueue(s).get(ticketId);
  if (!place) throw new Error(`ticket ${ticketId} is not waiting`);
  return place;
}
