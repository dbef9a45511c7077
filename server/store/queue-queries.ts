// SQL for the waiting queues: the heads Call next reads, the waiting counts, and the interleaving
// fairness state. What "people ahead" reads is in place-queries.ts.
import type { QueueCandidate } from '../../shared/rules/call-order.js';
import type { FieldWaiting, Lane } from '../../shared/types.js';
import type { Store } from './database.js';

export interface CandidateRow {
  id: number;
  field_id: number;
  is_priority: number;
  issued_at: number;
  transferred_at: number | null;
  target_counter_id: number | null;
  lane: Lane;
  not_before: number | null;
}

const CANDIDATE_COLUMNS = 'id, field_id, is_priority, issued_at, transferred_at, target_counter_id, lane, not_before';

/** A waiting ticket's row as the call rule reads it (Call next's heads and the places share it). */
export const toCandidate = (r: CandidateRow): QueueCandidate => ({
  id: r.id,
  fieldId: r.field_id,
  isPriority: r.is_priority === 1,
  issuedAt: r.issued_at,
  transferredAt: r.transferred_at,
  targetCounterId: r.target_counter_id,
  lane: r.lane,
  notBefore: r.not_before,
});

export interface HeadsQuery {
  counterId: number;
  centerId: string;
  fieldIds: readonly number[];
  /** A fast-track counter also reads the fast lane (all of it, or only its fields' when falling back). */
  fastLane: 'all' | 'own-fields' | 'none';
  /** Booked tickets are read once their slot has started. */
  now: number;
  limit: number;
}

/**
 * The first `limit` tickets of every queue a counter may call from: the fast lane (fast-track
 * counters), transferred to it, transferred to each of its fields, each field's booked tickets whose
 * slot has started, and each field's priority and normal walk-ins. Each read walks a partial index
 * from its head, so the cost does not grow with the queue.
 */
export function waitingHeads(store: Store, q: HeadsQuery): QueueCandidate[] {
  const { counterId, fieldIds, limit } = q;
  const rows = store.all<CandidateRow>(
    `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE target_counter_id = ? AND state = 'waiting'
     ORDER BY transferred_at, id LIMIT ?`,
    counterId,
    limit,
  );
  if (q.fastLane === 'all') {
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
         AND transferred_at IS NULL ORDER BY issued_at, id LIMIT ?`,
        q.centerId,
        limit,
      ),
    );
  }
  if (q.fastLane === 'own-fields') {
    for (const fieldId of fieldIds) {
      rows.push(
        ...store.all<CandidateRow>(
          `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
           AND transferred_at IS NULL AND field_id = ? ORDER BY issued_at, id LIMIT ?`,
          q.centerId,
          fieldId,
          limit,
        ),
      );
    }
  }
  for (const fieldId of fieldIds) {
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND state = 'waiting'
         AND transferred_at IS NOT NULL AND target_counter_id IS NULL ORDER BY transferred_at, id LIMIT ?`,
        fieldId,
        limit,
      ),
    );
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
         AND transferred_at IS NULL AND not_before <= ? ORDER BY not_before, id LIMIT ?`,
        fieldId,
        q.now,
        limit,
      ),
    );
    for (const isPriority of [1, 0]) {
      rows.push(
        ...store.all<CandidateRow>(
          `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
           AND transferred_at IS NULL AND lane = 'walk-in' ORDER BY issued_at, id LIMIT ?`,
          fieldId,
          isPriority,
          limit,
        ),
      );
    }
  }
  return rows.map(toCandidate);
}

/** Waiting tickets per field, from the counts SQLite keeps (waiting-counts.ts): no scan of the queue. */
export function waitingByField(store: Store, centerId: string): FieldWaiting[] {
  return store.all<FieldWaiting>(
    `SELECT f.id AS fieldId, COALESCE(w.n, 0) AS waiting
     FROM fields f LEFT JOIN temp.waiting_counts w ON w.field_id = f.id
     WHERE f.center_id = ? ORDER BY f.sort, f.id`,
    centerId,
  );
}

/** Per field, today's normal calls since the last priority call; absent where no priority ticket was called today. */
export function normalsSincePriority(store: Store, fieldIds: readonly number[], localDate: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const fieldId of fieldIds) {
    const row = store.first<{ n: number | null }>(
      'SELECT normals_since_priority AS n FROM field_fairness WHERE field_id = ? AND local_date = ?',
      fieldId,
      localDate,
    );
    if (row && row.n !== null) map.set(fieldId, row.n);
  }
  return map;
}

/** Records a fresh (not transferred) call for the interleaving rule. NULL + 1 stays NULL: still no priority today. */
export function recordFairness(store: Store, fieldId: number, localDate: string, wasPriority: boolean): void {
  store.run(
    `INSERT INTO field_fairness (field_id, local_date, normals_since_priority) VALUES (?, ?, ?)
     ON CONFLICT (field_id, local_date) DO UPDATE SET normals_since_priority =
       CASE WHEN excluded.normals_since_priority = 0 THEN 0 ELSE normals_since_priority + 1 END`,
    fieldId,
    localDate,
    wasPriority ? 0 : null,
  );
}

/** Waiting tickets per center and field, with the oldest one's issue time (for the metrics). */
export function waitingOverview(store: Store): { centerId: string; prefix: string; waiting: number; oldestIssuedAt: number }[] {
  return store.all(
    `SELECT t.center_id AS centerId, f.prefix AS prefix, COUNT(*) AS waiting, MIN(t.issued_at) AS oldestIssuedAt
     FROM tickets t JOIN fields f ON f.id = t.field_id
     WHERE t.state = 'waiting' GROUP BY t.center_id, t.field_id`,
  );
}
