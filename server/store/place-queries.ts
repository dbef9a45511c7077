// SQL behind "people ahead" (server/domain/queue-places.ts): a center's counters with their fields,
// today's fairness counts, what one ticket's place reads — the tickets that go before walk-ins (each
// from its partial index), the walk-in counts SQLite keeps (waiting-counts.ts) — and every waiting
// ticket in one read.
import type { QueueCandidate } from '../../shared/rules/call-order.js';
import type { CounterStatus } from '../../shared/types.js';
import type { LaneTicket, WalkInCounts } from '../domain/place-replay.js';
import { callingCountersKey } from './catalog-queries.js';
import type { Store } from './database.js';
import { toCandidate, type CandidateRow } from './queue-queries.js';

export interface CenterCounterRow {
  id: number;
  number: number;
  status: CounterStatus;
  fast_track: number;
  /** Most preferred first. */
  fieldIds: number[];
}

/**
 * Every counter of a center by number, with its state and its fields in its order of preference:
 * read on every issue and status, written rarely (a clerk opens, pauses or closes a counter), so
 * remembered until a writer of counters forgets it (catalog-queries.ts callingCountersKey).
 */
export function centerCounters(store: Store, centerId: string): readonly CenterCounterRow[] {
  return store.remember(callingCountersKey(centerId), () => {
    const counters: CenterCounterRow[] = [];
    for (const r of store.all<{ id: number; number: number; status: CounterStatus; fast_track: number; field_id: number | null }>(
      `SELECT c.id, c.number, c.status, c.fast_track, cf.field_id FROM counters c
       LEFT JOIN counter_fields cf ON cf.counter_id = c.id
       WHERE c.center_id = ? ORDER BY c.number, cf.rank`,
      centerId,
    )) {
      let last = counters.at(-1);
      if (last?.id !== r.id)
        counters.push((last = { id: r.id, number: r.number, status: r.status, fast_track: r.fast_track, fieldIds: [] }));
      if (r.field_id !== null) last.fieldIds.push(r.field_id);
    }
    return counters;
  })!;
}

/** Today's fairness count of every field of a center that has one (see recordFairness). */
export function centerNormalsSince(store: Store, centerId: string, localDate: string): Map<number, number> {
  return new Map(
    store
      .all<{ field_id: number; n: number }>(
        `SELECT ff.field_id, ff.normals_since_priority AS n FROM fields f
         JOIN field_fairness ff ON ff.field_id = f.id AND ff.local_date = ?
         WHERE f.center_id = ? AND ff.normals_since_priority IS NOT NULL`,
        localDate,
        centerId,
      )
      .map((r) => [r.field_id, r.n]),
  );
}

// The tickets of a center that go before walk-ins, each part from its own partial index: the fast
// lane (never transferred), transferred tickets (to a field, to a counter), and booked tickets whose
// slot has started by the instant. Parameters: the center three times, the instant, the center.
const LANES = `
  SELECT 'fast' AS part, id, field_id, is_priority, issued_at AS key, target_counter_id AS target FROM tickets
  WHERE center_id = ? AND state = 'waiting' AND lane = 'fast' AND transferred_at IS NULL
  UNION ALL
  SELECT 'transferred', t.id, t.field_id, t.is_priority, t.transferred_at, t.target_counter_id FROM fields f
  JOIN tickets t ON t.field_id = f.id AND t.state = 'waiting' AND t.transferred_at IS NOT NULL AND t.target_counter_id IS NULL
  WHERE f.center_id = ?
  UNION ALL
  SELECT 'transferred', t.id, t.field_id, t.is_priority, t.transferred_at, t.target_counter_id FROM counters c
  JOIN tickets t ON t.target_counter_id = c.id AND t.state = 'waiting'
  WHERE c.center_id = ?
  UNION ALL
  SELECT 'booked', t.id, t.field_id, t.is_priority, COALESCE(t.not_before, 0), t.target_counter_id FROM fields f
  JOIN tickets t INDEXED BY tickets_waiting_booked ON t.field_id = f.id AND t.state = 'waiting' AND t.lane = 'booking'
    AND t.transferred_at IS NULL AND COALESCE(t.not_before, 0) <= ?
  WHERE f.center_id = ?`;

interface PlaceRow {
  part: LaneTicket['tier'] | 'count' | 'after' | 'busy';
  id: number;
  field_id: number;
  is_priority: number;
  key: number;
  target: number | null;
}

const laneOf = (r: PlaceRow): LaneTicket => ({
  id: r.id,
  tier: r.part as LaneTicket['tier'],
  fieldId: r.field_id,
  isPriority: r.is_priority === 1,
  key: r.key,
  targetCounterId: r.target,
});

export interface PlaceReads {
  lanes: LaneTicket[];
  /** Per field of the center, its fresh walk-ins by kind (the counts SQLite keeps). */
  walkIns: Map<number, WalkInCounts>;
  /** For a fresh walk-in: those of its field and kind issued after it. */
  after: number;
  /** Counters of the center with a citizen called or being served. */
  busy: Set<number>;
}

/**
 * Everything one ticket's place reads, in one statement (each statement inside the issuing
 * transaction costs more than its rows): the lanes at `at`, the walk-in counts, the walk-ins of the
 * ticket's kind after it (a range walk of its queue's index from the ticket on, so a new ticket's
 * place counts nothing), the busy counters.
 */
export function placeReads(
  store: Store,
  centerId: string,
  at: number,
  ticket: { id: number; fieldId: number; isPriority: boolean; issuedAt: number } | null,
): PlaceReads {
  const rows = store.all<PlaceRow>(
    `${LANES}
     UNION ALL
     SELECT 'count', fc.n, fc.field_id, fc.is_priority, 0, NULL FROM fields f JOIN temp.fresh_counts fc ON fc.field_id = f.id
     WHERE f.center_id = ? AND fc.n > 0
     UNION ALL
     SELECT 'after', COUNT(*), 0, 0, 0, NULL FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
       AND transferred_at IS NULL AND lane = 'walk-in' AND (issued_at, id) > (?, ?)
     UNION ALL
     SELECT 'busy', t.counter_id, 0, 0, 0, NULL FROM counters c JOIN tickets t ON t.counter_id = c.id AND t.state IN ('called', 'serving')
     WHERE c.center_id = ?`,
    centerId,
    centerId,
    centerId,
    at,
    centerId,
    centerId,
    ticket?.fieldId ?? -1,
    ticket?.isPriority ? 1 : 0,
    ticket?.issuedAt ?? 0,
    ticket?.id ?? 0,
    centerId,
  );
  const reads: PlaceReads = { lanes: [], walkIns: new Map(), after: 0, busy: new Set() };
  for (const r of rows) {
    if (r.part === 'count') {
      let counts = reads.walkIns.get(r.field_id);
      if (!counts) reads.walkIns.set(r.field_id, (counts = { priority: 0, normal: 0 }));
      if (r.is_priority) counts.priority = r.id;
      else counts.normal = r.id;
    } else if (r.part === 'after') reads.after = r.id;
    else if (r.part === 'busy') reads.busy.add(r.id);
    else reads.lanes.push(laneOf(r));
  }
  return reads;
}

/** Every waiting ticket of a center, in issue order, as the call rule reads a ticket. */
export function waitingCandidates(store: Store, centerId: string): QueueCandidate[] {
  return store
    .all<CandidateRow>(
      `SELECT t.id, t.field_id, t.is_priority, t.issued_at, t.transferred_at, t.target_counter_id, t.lane, t.not_before
       FROM fields f JOIN tickets t ON t.field_id = f.id AND t.state = 'waiting'
       WHERE f.center_id = ? ORDER BY t.issued_at, t.id`,
      centerId,
    )
    .map(toCandidate);
}
