// SQL for the waiting queues: the heads Call next reads, the counts behind "people ahead", and the
// interleaving fairness state.
import type { QueueCandidate } from '../../shared/rules/call-order.js';
import type { FieldWaiting, Lane } from '../../shared/types.js';
import type { Store } from './database.js';
import type { TicketRow } from './ticket-queries.js';

interface CandidateRow {
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

const toCandidate = (r: CandidateRow): QueueCandidate => ({
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
    counterId, limit,
  );
  if (q.fastLane === 'all') {
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
         AND transferred_at IS NULL ORDER BY issued_at, id LIMIT ?`,
        q.centerId, limit,
      ),
    );
  }
  if (q.fastLane === 'own-fields') {
    for (const fieldId of fieldIds) {
      rows.push(
        ...store.all<CandidateRow>(
          `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
           AND transferred_at IS NULL AND field_id = ? ORDER BY issued_at, id LIMIT ?`,
          q.centerId, fieldId, limit,
        ),
      );
    }
  }
  for (const fieldId of fieldIds) {
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND state = 'waiting'
         AND transferred_at IS NOT NULL AND target_counter_id IS NULL ORDER BY transferred_at, id LIMIT ?`,
        fieldId, limit,
      ),
    );
    rows.push(
      ...store.all<CandidateRow>(
        `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
         AND transferred_at IS NULL AND not_before <= ? ORDER BY not_before, id LIMIT ?`,
        fieldId, q.now, limit,
      ),
    );
    for (const isPriority of [1, 0]) {
      rows.push(
        ...store.all<CandidateRow>(
          `SELECT ${CANDIDATE_COLUMNS} FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
           AND transferred_at IS NULL AND lane = 'walk-in' ORDER BY issued_at, id LIMIT ?`,
          fieldId, isPriority, limit,
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

// The tickets of a field that go before every walk-in: transferred ones, and booked ones whose slot
// has started. Counted in three disjoint parts so that each walks its own small partial index (one
// OR over the field's waiting tickets read every ticket of the queue from the table). Parameters:
// the field id three times, then now. (+field_id keeps the targeted count on the index of targeted tickets.)
const GO_FIRST_COUNT = `
  (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND state = 'waiting' AND transferred_at IS NOT NULL
     AND target_counter_id IS NULL)
  + (SELECT COUNT(*) FROM tickets WHERE +field_id = ? AND state = 'waiting' AND transferred_at IS NOT NULL
     AND target_counter_id IS NOT NULL)
  + (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
     AND transferred_at IS NULL AND not_before <= ?)`;

/**
 * The waiting tickets that may be called before `ticket` (a fresh walk-in waiting in its field):
 * every transferred ticket and booked ticket whose slot has started, the tickets of its own kind
 * (priority or normal) issued before it, and all of the other kind (interleaving lets either kind
 * pass the other). The kinds' sizes come from the counts SQLite keeps (waiting-counts.ts); only the
 * tickets of its kind issued after it are counted, so a new ticket's place costs the same however
 * long the queue.
 */
export function fieldQueueCounts(
  store: Store,
  ticket: { id: number; fieldId: number; issuedAt: number; isPriority: boolean },
  now: number,
) {
  const own = ticket.isPriority ? 1 : 0;
  const row = store.first<{ first: number; kind: number; after: number; other: number }>(
    `SELECT ${GO_FIRST_COUNT} AS first,
       (SELECT COALESCE(SUM(n), 0) FROM temp.fresh_counts WHERE field_id = ? AND is_priority = ?) AS kind,
       (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
          AND transferred_at IS NULL AND lane = 'walk-in' AND (issued_at, id) > (?, ?)) AS after,
       (SELECT COALESCE(SUM(n), 0) FROM temp.fresh_counts WHERE field_id = ? AND is_priority = ?) AS other`,
    ticket.fieldId, ticket.fieldId, ticket.fieldId, now, ticket.fieldId, own, ticket.fieldId, own,
    ticket.issuedAt, ticket.id, ticket.fieldId, 1 - own,
  );
  const { first, kind, after, other } = row!;
  // The ticket itself is one of its kind.
  const same = kind - after - 1;
  return ticket.isPriority
    ? { goFirst: first, priorityBefore: same, normalBefore: other }
    : { goFirst: first, priorityBefore: other, normalBefore: same };
}

/** How many tickets of a field go before all of its walk-ins (see GO_FIRST_COUNT). */
export function fieldGoFirst(store: Store, fieldId: number, now: number): number {
  return store.first<{ n: number }>(`SELECT ${GO_FIRST_COUNT} AS n`, fieldId, fieldId, fieldId, now)!.n;
}

/** A field's waiting walk-ins that were never transferred, each kind oldest first (the order they are called in). */
export function freshWalkIns(store: Store, fieldId: number): { priority: number[]; normal: number[] } {
  const rows = store.all<{ id: number; p: number }>(
    `SELECT id, is_priority AS p FROM tickets WHERE field_id = ? AND state = 'waiting' AND transferred_at IS NULL
     AND lane = 'walk-in' ORDER BY is_priority, issued_at, id`,
    fieldId,
  );
  const priority: number[] = [];
  const normal: number[] = [];
  for (const r of rows) (r.p ? priority : normal).push(r.id);
  return { priority, normal };
}

/** Per field, today's normal calls since the last priority call; absent where no priority ticket was called today. */
export function normalsSincePriority(store: Store, fieldIds: readonly number[], localDate: string): Map<number, number> {
  const map = new Map<number, number>();
  for (const fieldId of fieldIds) {
    const row = store.first<{ n: number | null }>(
      'SELECT normals_since_priority AS n FROM field_fairness WHERE field_id = ? AND local_date = ?',
      fieldId, localDate,
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
    fieldId, localDate, wasPriority ? 0 : null,
  );
}

/** Tickets of a lane that go before `ticket`: the fast lane center-wide, bookings of its field by slot. */
export function laneAhead(store: Store, ticket: TicketRow): number {
  if (ticket.lane === 'fast') {
    return store.first<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
       AND transferred_at IS NULL AND (issued_at, id) < (?, ?)`,
      ticket.center_id, ticket.issued_at, ticket.id,
    )!.n;
  }
  return store.first<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
     AND transferred_at IS NULL AND (not_before, id) < (?, ?)`,
    ticket.field_id, ticket.not_before ?? 0, ticket.id,
  )!.n;
}

/** Transferred tickets waiting for the same counter (or, untargeted, the same field) that were transferred before `ticket`. */
export function transferredAhead(store: Store, ticket: TicketRow): number {
  return store.first<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE state = 'waiting' AND transferred_at IS NOT NULL
     AND (transferred_at, id) < (?, ?)
     AND (target_counter_id = ? OR (target_counter_id IS NULL AND field_id = ?))`,
    ticket.transferred_at ?? 0, ticket.id, ticket.target_counter_id, ticket.field_id,
  )!.n;
}

/** Waiting tickets per center and field, with the oldest one's issue time (for the metrics). */
export function waitingOverview(store: Store): { centerId: string; prefix: string; waiting: number; oldestIssuedAt: number }[] {
  return store.all(
    `SELECT t.center_id AS centerId, f.prefix AS prefix, COUNT(*) AS waiting, MIN(t.issued_at) AS oldestIssuedAt
     FROM tickets t JOIN fields f ON f.id = t.field_id
     WHERE t.state = 'waiting' GROUP BY t.center_id, t.field_id`,
  );
}
