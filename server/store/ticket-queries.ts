// SQL for tickets: numbering, the waiting queues' heads, state changes and the call history.
import type { QueueCandidate } from '../../shared/rules/call-order.js';
import type {
  CallView, FieldWaiting, Lane, Outcome, PendingResult, PriorityKind, TicketSource, TicketState, TicketView,
} from '../../shared/types.js';
import type { Store } from './database.js';

export interface TicketRow {
  id: number;
  center_id: string;
  field_id: number;
  local_date: string;
  seq: number;
  number: string;
  priority: PriorityKind | null;
  state: TicketState;
  source: TicketSource;
  lane: Lane;
  not_before: number | null;
  status_token: string;
  counter_id: number | null;
  counter_number: number | null;
  target_counter_id: number | null;
  transferred_at: number | null;
  recall_count: number;
  last_called_at: number | null;
  issued_at: number;
  called_at: number | null;
  started_at: number | null;
  finished_at: number | null;
  estimated_wait_minutes: number | null;
}

interface ProcedureLineRow {
  procedure_id: number;
  outcome: Outcome | null;
  result_date: string | null;
  due_date: string | null;
  returned_on: string | null;
}

const TICKET_SELECT = `SELECT t.*, c.number AS counter_number FROM tickets t
  LEFT JOIN counters c ON c.id = t.counter_id`;

export function getTicketRow(store: Store, id: number): TicketRow | undefined {
  return store.first<TicketRow>(`${TICKET_SELECT} WHERE t.id = ?`, id);
}

export function getTicketRowByToken(store: Store, token: string): TicketRow | undefined {
  return store.first<TicketRow>(`${TICKET_SELECT} WHERE t.status_token = ?`, token);
}

/** The ticket called or being served at a counter, if any. */
export function ticketAtCounter(store: Store, counterId: number): TicketRow | undefined {
  return store.first<TicketRow>(
    `${TICKET_SELECT} WHERE t.counter_id = ? AND t.state IN ('called', 'serving')`,
    counterId,
  );
}

export function toTicketView(store: Store, r: TicketRow): TicketView {
  const procedures = store
    .all<ProcedureLineRow>(
      'SELECT procedure_id, outcome, result_date, due_date, returned_on FROM ticket_procedures WHERE ticket_id = ? ORDER BY position',
      r.id,
    )
    .map((p) => ({
      procedureId: p.procedure_id,
      outcome: p.outcome,
      resultDate: p.result_date,
      dueDate: p.due_date,
      returnedOn: p.returned_on,
    }));
  return {
    id: r.id,
    centerId: r.center_id,
    number: r.number,
    fieldId: r.field_id,
    priority: r.priority,
    state: r.state,
    source: r.source,
    lane: r.lane,
    notBefore: r.not_before,
    procedures,
    counterId: r.counter_id,
    counterNumber: r.counter_number,
    targetCounterId: r.target_counter_id,
    transferred: r.transferred_at !== null,
    recallCount: r.recall_count,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
    estimatedWaitMinutes: r.estimated_wait_minutes,
  };
}

/** Advances the (center, prefix, day) sequence and returns the new value. Call inside the issuing transaction. */
export function nextSequence(store: Store, centerId: string, prefix: string, localDate: string): number {
  const row = store.first<{ last_seq: number }>(
    `INSERT INTO ticket_sequences (center_id, prefix, local_date, last_seq) VALUES (?, ?, ?, 1)
     ON CONFLICT (center_id, prefix, local_date) DO UPDATE SET last_seq = last_seq + 1
     RETURNING last_seq`,
    centerId, prefix, localDate,
  );
  return row!.last_seq;
}

export interface NewTicket {
  centerId: string;
  fieldId: number;
  localDate: string;
  seq: number;
  number: string;
  priority: PriorityKind | null;
  source: TicketSource;
  lane: Lane;
  notBefore: number | null;
  statusToken: string;
  issuedAt: number;
  procedureIds: number[];
}

export function insertTicket(store: Store, t: NewTicket): number {
  const id = Number(
    store.run(
      `INSERT INTO tickets (center_id, field_id, local_date, seq, number, priority, state, source, lane, not_before,
         status_token, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?, ?)`,
      t.centerId, t.fieldId, t.localDate, t.seq, t.number, t.priority, t.source, t.lane, t.notBefore, t.statusToken,
      t.issuedAt,
    ).lastInsertRowid,
  );
  t.procedureIds.forEach((procedureId, position) =>
    store.run('INSERT INTO ticket_procedures (ticket_id, position, procedure_id) VALUES (?, ?, ?)', id, position, procedureId),
  );
  return id;
}

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

/**
 * The waiting tickets that may be called before `ticket` in its field: every transferred ticket and
 * booked ticket whose slot has started,
 * the tickets of its own kind (priority or normal) issued before it, and all of the other kind
 * (interleaving lets either kind pass the other).
 */
export function fieldQueueCounts(
  store: Store,
  ticket: { id: number; fieldId: number; issuedAt: number; isPriority: boolean },
  now: number,
) {
  const own = ticket.isPriority ? 1 : 0;
  const row = store.first<{ first: number; same: number; other: number }>(
    // "First" is counted in three disjoint parts so that each walks its own small partial index:
    // one OR over the field's waiting tickets read every ticket of the queue from the table.
    // (+field_id keeps the targeted count on the index of targeted tickets.)
    `SELECT
       (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND state = 'waiting' AND transferred_at IS NOT NULL
          AND target_counter_id IS NULL)
       + (SELECT COUNT(*) FROM tickets WHERE +field_id = ? AND state = 'waiting' AND transferred_at IS NOT NULL
          AND target_counter_id IS NOT NULL)
       + (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
          AND transferred_at IS NULL AND not_before <= ?) AS first,
       (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
          AND transferred_at IS NULL AND lane = 'walk-in' AND (issued_at < ? OR (issued_at = ? AND id < ?))) AS same,
       (SELECT COUNT(*) FROM tickets WHERE field_id = ? AND is_priority = ? AND state = 'waiting'
          AND transferred_at IS NULL AND lane = 'walk-in') AS other`,
    ticket.fieldId, ticket.fieldId, ticket.fieldId, now, ticket.fieldId, own, ticket.issuedAt, ticket.issuedAt, ticket.id,
    ticket.fieldId, 1 - own,
  );
  const { first, same, other } = row!;
  return ticket.isPriority
    ? { goFirst: first, priorityBefore: same, normalBefore: other }
    : { goFirst: first, priorityBefore: other, normalBefore: same };
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

export function markCalled(store: Store, id: number, counterId: number, staffId: number, at: number): void {
  store.run(
    `UPDATE tickets SET state = 'called', counter_id = ?, served_by = ?, called_at = COALESCE(called_at, ?),
       last_called_at = ?, target_counter_id = NULL WHERE id = ?`,
    counterId, staffId, at, at, id,
  );
}

export function markRecalled(store: Store, id: number, at: number): void {
  store.run('UPDATE tickets SET recall_count = recall_count + 1, last_called_at = ? WHERE id = ?', at, id);
}

export function markStarted(store: Store, id: number, at: number): void {
  store.run("UPDATE tickets SET state = 'serving', started_at = ? WHERE id = ?", at, id);
}

/** Ends a ticket (done, no-show or cancelled); it leaves its counter but keeps the counter in history. */
export function markEnded(store: Store, id: number, state: TicketState, at: number): void {
  store.run('UPDATE tickets SET state = ?, finished_at = ? WHERE id = ?', state, at, id);
}

export function setOutcome(
  store: Store,
  ticketId: number,
  procedureId: number,
  o: { outcome: Outcome; resultDate: string | null; dueDate: string | null; returnedOn: string | null },
): void {
  store.run(
    `UPDATE ticket_procedures SET outcome = ?, result_date = ?, due_date = ?, returned_on = ?
     WHERE ticket_id = ? AND procedure_id = ?`,
    o.outcome, o.resultDate, o.dueDate, o.returnedOn, ticketId, procedureId,
  );
}

/** Hands over a result promised on an appointment slip. Returns false when none was pending. */
export function markResultReturned(store: Store, ticketId: number, procedureId: number, returnedOn: string): boolean {
  return (
    store.run(
      `UPDATE ticket_procedures SET returned_on = ? WHERE ticket_id = ? AND procedure_id = ?
       AND outcome = 'appointment' AND returned_on IS NULL`,
      returnedOn, ticketId, procedureId,
    ).changes > 0
  );
}

export function markTransferred(store: Store, id: number, fieldId: number, targetCounterId: number | null, at: number): void {
  store.run(
    `UPDATE tickets SET state = 'waiting', field_id = ?, target_counter_id = ?, transferred_at = ?,
       counter_id = NULL, recall_count = 0 WHERE id = ?`,
    fieldId, targetCounterId, at, id,
  );
}

export function insertTicketEvent(
  store: Store,
  e: { ticketId: number; centerId: string; kind: string; at: number; counterId: number | null; staffId: number | null; detail?: unknown },
): void {
  store.run(
    'INSERT INTO ticket_events (ticket_id, center_id, kind, at, counter_id, staff_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    e.ticketId, e.centerId, e.kind, e.at, e.counterId, e.staffId, e.detail === undefined ? null : JSON.stringify(e.detail),
  );
}

export function recentCalls(store: Store, centerId: string, limit: number): CallView[] {
  return store
    .all<{ ticket_id: number; number: string; field_id: number; counter_id: number; counter_number: number; at: number; kind: string }>(
      `SELECT e.ticket_id, t.number, t.field_id, e.counter_id, c.number AS counter_number, e.at, e.kind
       FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN counters c ON c.id = e.counter_id
       WHERE e.center_id = ? AND e.kind IN ('call', 'recall') ORDER BY e.at DESC, e.id DESC LIMIT ?`,
      centerId, limit,
    )
    .map((r) => ({
      ticketId: r.ticket_id,
      number: r.number,
      fieldId: r.field_id,
      counterId: r.counter_id,
      counterNumber: r.counter_number,
      at: r.at,
      recall: r.kind === 'recall',
    }));
}

/** Today's tickets of a center, newest first (the reception desk's reprint list). */
export function ticketsOfDay(store: Store, centerId: string, localDate: string, limit: number): TicketRow[] {
  return store.all<TicketRow>(
    `${TICKET_SELECT} WHERE t.center_id = ? AND t.local_date = ? ORDER BY t.id DESC LIMIT ?`,
    centerId, localDate, limit,
  );
}

/** Tickets of a lane that go before `ticket`: the fast lane center-wide, bookings of its field by slot. */
export function laneAhead(store: Store, ticket: TicketRow): number {
  if (ticket.lane === 'fast') {
    return store.first<{ n: number }>(
      `SELECT COUNT(*) AS n FROM tickets WHERE center_id = ? AND state = 'waiting' AND lane = 'fast'
       AND transferred_at IS NULL AND (issued_at < ? OR (issued_at = ? AND id < ?))`,
      ticket.center_id, ticket.issued_at, ticket.issued_at, ticket.id,
    )!.n;
  }
  return store.first<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE field_id = ? AND state = 'waiting' AND lane = 'booking'
     AND transferred_at IS NULL AND (not_before < ? OR (not_before = ? AND id < ?))`,
    ticket.field_id, ticket.not_before ?? 0, ticket.not_before ?? 0, ticket.id,
  )!.n;
}

/** Transferred tickets waiting for the same counter (or, untargeted, the same field) that were transferred before `ticket`. */
export function transferredAhead(store: Store, ticket: TicketRow): number {
  return store.first<{ n: number }>(
    `SELECT COUNT(*) AS n FROM tickets WHERE state = 'waiting' AND transferred_at IS NOT NULL
     AND (transferred_at < ? OR (transferred_at = ? AND id < ?))
     AND (target_counter_id = ? OR (target_counter_id IS NULL AND field_id = ?))`,
    ticket.transferred_at ?? 0, ticket.transferred_at ?? 0, ticket.id, ticket.target_counter_id, ticket.field_id,
  )!.n;
}

/** Results promised on appointment slips and not yet handed over, the oldest promise first. */
export function pendingResults(store: Store, centerId: string, limit: number): PendingResult[] {
  return store.all<PendingResult>(
    `SELECT t.id AS ticketId, t.number, t.local_date AS receivedOn, p.procedure_id AS procedureId,
       p.result_date AS resultDate, p.due_date AS dueDate
     FROM ticket_procedures p JOIN tickets t ON t.id = p.ticket_id
     WHERE t.center_id = ? AND p.outcome = 'appointment' AND p.returned_on IS NULL
     ORDER BY p.result_date, t.id LIMIT ?`,
    centerId, limit,
  );
}

/** Booked tickets of these fields whose slot has not started yet, by slot. */
export function upcomingBookings(store: Store, fieldIds: readonly number[], now: number, limit: number): TicketRow[] {
  return fieldIds.flatMap((fieldId) =>
    store.all<TicketRow>(
      `${TICKET_SELECT} WHERE t.field_id = ? AND t.state = 'waiting' AND t.lane = 'booking'
       AND t.transferred_at IS NULL AND t.not_before > ? ORDER BY t.not_before, t.id LIMIT ?`,
      fieldId, now, limit,
    ),
  ).sort((a, b) => (a.not_before ?? 0) - (b.not_before ?? 0) || a.id - b.id);
}
