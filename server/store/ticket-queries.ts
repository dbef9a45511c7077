// SQL for tickets: numbering, state changes, the call history. The waiting queues are in
// queue-queries.ts, outcomes and promised results in result-queries.ts.
import type { CallView, Lane, Outcome, PriorityKind, RecordsStatus, TicketSource, TicketState, TicketView } from '../../shared/types.js';
import type { VisitLine } from '../../shared/rules/visit-route.js';
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
  records_status: RecordsStatus | null;
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
  return store.first<TicketRow>(`${TICKET_SELECT} WHERE t.counter_id = ? AND t.state IN ('called', 'serving')`, counterId);
}

/** A ticket's lines in the order of the visit, with each procedure's field and whether a counter of the center serves it. */
export function visitLines(store: Store, ticketId: number): (VisitLine & { served: boolean })[] {
  return store
    .all<{ procedure_id: number; field_id: number; done: number; served: number }>(
      `SELECT tp.procedure_id, p.field_id, tp.outcome IS NOT NULL AS done,
         EXISTS (SELECT 1 FROM counter_fields cf WHERE cf.field_id = p.field_id) AS served
       FROM ticket_procedures tp JOIN procedures p ON p.id = tp.procedure_id WHERE tp.ticket_id = ? ORDER BY tp.position`,
      ticketId,
    )
    .map((r) => ({ procedureId: r.procedure_id, fieldId: r.field_id, done: r.done === 1, served: r.served === 1 }));
}

export function toTicketView(store: Store, r: TicketRow): TicketView {
  const procedures = store
    .all<ProcedureLineRow>(
      'SELECT procedure_id, outcome, result_date, due_date, returned_on, records_status FROM ticket_procedures WHERE ticket_id = ? ORDER BY position',
      r.id,
    )
    .map((p) => ({
      procedureId: p.procedure_id,
      outcome: p.outcome,
      resultDate: p.result_date,
      dueDate: p.due_date,
      returnedOn: p.returned_on,
      recordsStatus: p.records_status,
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
    centerId,
    prefix,
    localDate,
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
      t.centerId,
      t.fieldId,
      t.localDate,
      t.seq,
      t.number,
      t.priority,
      t.source,
      t.lane,
      t.notBefore,
      t.statusToken,
      t.issuedAt,
    ).lastInsertRowid,
  );
  t.procedureIds.forEach((procedureId, position) =>
    store.run('INSERT INTO ticket_procedures (ticket_id, position, procedure_id) VALUES (?, ?, ?)', id, position, procedureId),
  );
  return id;
}

export function markCalled(store: Store, id: number, counterId: number, staffId: number, at: number): void {
  store.run(
    `UPDATE tickets SET state = 'called', counter_id = ?, served_by = ?, called_at = COALESCE(called_at, ?),
       last_called_at = ?, target_counter_id = NULL WHERE id = ?`,
    counterId,
    staffId,
    at,
    at,
    id,
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

export function markTransferred(store: Store, id: number, fieldId: number, targetCounterId: number | null, at: number): void {
  store.run(
    `UPDATE tickets SET state = 'waiting', field_id = ?, target_counter_id = ?, transferred_at = ?,
       counter_id = NULL, recall_count = 0 WHERE id = ?`,
    fieldId,
    targetCounterId,
    at,
    id,
  );
}

export function insertTicketEvent(
  store: Store,
  e: { ticketId: number; centerId: string; kind: string; at: number; counterId: number | null; staffId: number | null; detail?: unknown },
): void {
  store.run(
    'INSERT INTO ticket_events (ticket_id, center_id, kind, at, counter_id, staff_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)',
    e.ticketId,
    e.centerId,
    e.kind,
    e.at,
    e.counterId,
    e.staffId,
    e.detail === undefined ? null : JSON.stringify(e.detail),
  );
}

/**
 * The wall's last calls, newest first: each ticket once, at its latest call or recall, and none
 * marked no-show (as ui/center-state.ts applies live events). Reads the calls index backwards; each
 * line looks only at the calls after it.
 */
export function recentCalls(store: Store, centerId: string, limit: number): CallView[] {
  return store
    .all<{ ticket_id: number; number: string; field_id: number; counter_id: number; counter_number: number; at: number; kind: string }>(
      `SELECT e.ticket_id, t.number, t.field_id, e.counter_id, c.number AS counter_number, e.at, e.kind
       FROM ticket_events e JOIN tickets t ON t.id = e.ticket_id JOIN counters c ON c.id = e.counter_id
       WHERE e.center_id = ? AND e.kind IN ('call', 'recall') AND t.state <> 'no-show'
         AND NOT EXISTS (SELECT 1 FROM ticket_events later
           WHERE later.center_id = e.center_id AND later.kind IN ('call', 'recall') AND later.ticket_id = e.ticket_id
             AND later.at >= e.at AND (later.at > e.at OR later.id > e.id))
       ORDER BY e.at DESC, e.id DESC LIMIT ?`,
      centerId,
      limit,
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
    centerId,
    localDate,
    limit,
  );
}

/** Booked tickets of these fields whose slot has not started yet, by slot. */
export function upcomingBookings(store: Store, fieldIds: readonly number[], now: number, limit: number): TicketRow[] {
  return fieldIds
    .flatMap((fieldId) =>
      store.all<TicketRow>(
        `${TICKET_SELECT} WHERE t.field_id = ? AND t.state = 'waiting' AND t.lane = 'booking'
       AND t.transferred_at IS NULL AND t.not_before > ? ORDER BY t.not_before, t.id LIMIT ?`,
        fieldId,
        now,
        limit,
      ),
    )
    .sort((a, b) => (a.not_before ?? 0) - (b.not_before ?? 0) || a.id - b.id);
}
