// What the call rule reads, gathered in one place: each counter as callOrder sees it (its fields in
// order, its part in the fast lane), the center's priority policy, today's fairness counts and the
// instant. Call next and the counter's queue list read one counter with the heads of its queues;
// "people ahead" (queue-places.ts) reads every counter of the center.
import type { NumberedCounter } from '../../shared/rules/ahead.js';
import type { NormalsSincePriority, PriorityPolicy, QueueCandidate } from '../../shared/rules/call-order.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { CenterInfo, CounterStatus } from '../../shared/types.js';
import { counterFieldIds, getCenter, hasFastTrackCounter, type CounterRow } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { centerCounters, centerNormalsSince } from '../store/place-queries.js';
import { normalsSincePriority, waitingHeads } from '../store/queue-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';

/** How much of the fast lane a counter's heads read: all of it, its own fields', or none. */
export type FastLaneRead = 'all' | 'own-fields' | 'none';

/** A counter as the call rule sees it. `fallback`: the center has no fast-track counter. */
export function callingCounter(
  row: Pick<CounterRow, 'id' | 'number' | 'status' | 'fast_track'>,
  fieldIds: readonly number[],
  fallback: boolean,
  status: CounterStatus = row.status,
): { counter: NumberedCounter; fastLane: FastLaneRead } {
  const fastTrack = row.fast_track === 1;
  return {
    counter: { id: row.id, number: row.number, status, fieldIds, fastTrack, fastLaneFallback: !fastTrack && fallback },
    fastLane: fastTrack ? 'all' : fallback ? 'own-fields' : 'none',
  };
}

export interface CounterCallInputs {
  counter: NumberedCounter;
  /** The first `limit` tickets of each queue the counter calls from. */
  candidates: QueueCandidate[];
  policy: PriorityPolicy;
  normalsSince: NormalsSincePriority;
  now: number;
}

export interface CenterCallInputs {
  center: CenterInfo;
  /** Every counter of the center, by number. */
  counters: NumberedCounter[];
  policy: PriorityPolicy;
  /** Today's fairness count of every field of the center that has one. */
  normalsSince: NormalsSincePriority;
  now: number;
}

export class CallInputs {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  private center(id: string): CenterInfo {
    const center = getCenter(this.store, id);
    if (!center) throw new DomainError('center-not-found');
    return center;
  }

  private static policy(center: CenterInfo): PriorityPolicy {
    return { mode: center.priorityMode, every: center.priorityEvery };
  }

  /** One counter as the call rule sees it (`status` to list its queue as if it were open). */
  counter(row: CounterRow, status: CounterStatus = row.status): { counter: NumberedCounter; fastLane: FastLaneRead } {
    const fallback = row.fast_track !== 1 && !hasFastTrackCounter(this.store, row.center_id);
    return callingCounter(row, counterFieldIds(this.store, row.id), fallback, status);
  }

  /** What callOrder needs for one counter: Call next reads 1 head per queue, the counter's list more. */
  forCounter(row: CounterRow, limit: number, status: CounterStatus = row.status): CounterCallInputs {
    const center = this.center(row.center_id);
    const now = this.clock();
    const { counter, fastLane } = this.counter(row, status);
    return {
      counter,
      candidates: waitingHeads(this.store, { counterId: row.id, centerId: center.id, fieldIds: counter.fieldIds, fastLane, now, limit }),
      policy: CallInputs.policy(center),
      normalsSince: normalsSincePriority(this.store, counter.fieldIds, localDate(now, center.timezone)),
      now,
    };
  }

  /** Every counter of a center as the call rule sees it, with the policy, the fairness counts and the instant. */
  forCenter(centerId: string): CenterCallInputs {
    const center = this.center(centerId);
    const now = this.clock();
    const rows = centerCounters(this.store, centerId);
    const fallback = !rows.some((r) => r.fast_track === 1);
    return {
      center,
      counters: rows.map((row) => callingCounter(row, row.fieldIds, fallback).counter),
      policy: CallInputs.policy(center),
      normalsSince: centerNormalsSince(this.store, centerId, localDate(now, center.timezone)),
      now,
    };
  }
}
