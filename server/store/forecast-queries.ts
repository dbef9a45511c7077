// SQL behind the wait range (server/domain/forecast-inputs.ts): the head of a center's queues with
// each ticket's work, the citizens at the counters now, the center's recent calls and today's
// arrivals. A few small reads, made at most about once a second per center, off the call's path.
import type { ArrivalCount } from '../../shared/rules/arrival-forecast.js';
import type { ForecastTicket, ServiceSample } from '../../shared/rules/wait-forecast.js';
import type { Store } from './database.js';
import { toCandidate, type CandidateRow } from './queue-queries.js';

/**
 * Tickets of the queue's head the forward play reads: later ones never go first, and their wait is
 * told by the estimate instead (a ward's queue is rarely longer; each ticket more costs every run).
 */
export const FORECAST_HEAD = 150;
/** Recent calls service times are drawn from. */
export const FORECAST_HISTORY = 300;

/**
 * The work a ticket has left: its procedures, less those recorded at an earlier counter of its visit
 * (shared/rules/visit-route.ts). Only a ticket moved on or transferred can have any, so the others
 * keep the count the ticket row holds.
 */
const WORK_LEFT = `CASE WHEN t.transferred_at IS NULL THEN t.procedure_count
  ELSE (SELECT COUNT(*) FROM ticket_procedures p WHERE p.ticket_id = t.id AND p.outcome IS NULL) END`;

/** The waiting tickets of a center, the earliest issued first, with the procedures each has left. */
export function forecastHead(store: Store, centerId: string): ForecastTicket[] {
  return store
    .all<CandidateRow & { procedure_count: number }>(
      `SELECT t.id, t.field_id, t.is_priority, t.issued_at, t.transferred_at, t.target_counter_id, t.lane, t.not_before,
         ${WORK_LEFT} AS procedure_count
       FROM fields f JOIN tickets t ON t.field_id = f.id AND t.state = 'waiting'
       WHERE f.center_id = ? ORDER BY t.issued_at, t.id LIMIT ?`,
      centerId,
      FORECAST_HEAD,
    )
    .map((r) => ({ ...toCandidate(r), procedureCount: r.procedure_count }));
}

export interface AtCounter {
  counterId: number;
  fieldId: number;
  procedureCount: number;
  /** When this counter called them: the counter has been busy with them since. */
  calledAt: number;
}

/** The citizens called or being served at a center's counters now. */
export function atCounters(store: Store, centerId: string): AtCounter[] {
  return store.all<AtCounter>(
    `SELECT t.counter_id AS counterId, t.field_id AS fieldId, ${WORK_LEFT} AS procedureCount,
       -- A transferred ticket's first call was at another counter.
       CASE WHEN t.transferred_at IS NULL THEN t.called_at ELSE t.last_called_at END AS calledAt
     FROM counters c JOIN tickets t ON t.counter_id = c.id AND t.state IN ('called', 'serving')
     WHERE c.center_id = ?`,
    centerId,
  );
}

/**
 * The center's latest calls since `fromDate` (local, inclusive), newest first: counter minutes from
 * the call to the end, per field; a no-show's with no procedures. Transferred tickets are left out:
 * their first call was at another counter.
 */
export function recentCalls(store: Store, centerId: string, fromDate: string): (ServiceSample & { fieldId: number })[] {
  return store.all<ServiceSample & { fieldId: number }>(
    `SELECT field_id AS fieldId, (finished_at - called_at) / 60000.0 AS minutes,
       CASE WHEN state = 'no-show' THEN 0 ELSE MAX(procedure_count, 1) END AS procedureCount
     FROM tickets INDEXED BY tickets_report
     WHERE center_id = ? AND local_date >= ? AND state IN ('done', 'no-show')
       AND transferred_at IS NULL AND called_at IS NOT NULL AND finished_at > called_at
     ORDER BY finished_at DESC LIMIT ?`,
    centerId,
    fromDate,
    FORECAST_HISTORY,
  );
}

/**
 * The field a ticket was issued to: the field of its first procedure (the issuer's rule). A ticket
 * moved on to its visit's next field, or transferred, holds another field now.
 */
const ISSUED_FIELD = `CASE WHEN t.transferred_at IS NULL THEN t.field_id ELSE (SELECT p.field_id FROM ticket_procedures tp
  JOIN procedures p ON p.id = tp.procedure_id WHERE tp.ticket_id = t.id ORDER BY tp.position LIMIT 1) END`;

/** A walk-in or fast-lane ticket as issued: its instant and kind. */
export type IssuedArrival = Omit<ArrivalCount, 'count'> & { issuedAt: number };

/** The highest ticket row id so far (0: none): rows are only ever added, each with a higher id. */
export function lastTicketId(store: Store): number {
  return store.first<{ id: number | null }>('SELECT MAX(id) AS id FROM tickets')?.id ?? 0;
}

/**
 * Walk-ins and fast-lane tickets issued at a center on `localDate` with a row id in (afterId, upTo]
 * (afterId 0: read through the day's index). Later reads walk the row ids (the unary + keeps SQLite
 * off the day's index, which would visit every ticket of the day again).
 */
export function arrivalsBetween(store: Store, centerId: string, localDate: string, afterId: number, upTo: number): IssuedArrival[] {
  const where = afterId > 0 ? '+t.center_id = ? AND +t.local_date = ?' : 't.center_id = ? AND t.local_date = ?';
  return store
    .all<{ issuedAt: number; fieldId: number; isPriority: number; lane: 'walk-in' | 'fast' }>(
      `SELECT t.issued_at AS issuedAt, ${ISSUED_FIELD} AS fieldId, t.is_priority AS isPriority, t.lane
       FROM tickets t WHERE t.id > ? AND t.id <= ? AND ${where} AND t.lane IN ('walk-in', 'fast')`,
      afterId,
      upTo,
      centerId,
      localDate,
    )
    .map((r) => ({ ...r, isPriority: r.isPriority === 1 }));
}

/** Walk-ins and fast-lane tickets issued at a center from `fromDate` until before `toDate`: their day, instant and kind as issued. */
export function pastArrivals(store: Store, centerId: string, fromDate: string, toDate: string): (IssuedArrival & { localDate: string })[] {
  return store
    .all<{ localDate: string; issuedAt: number; fieldId: number; isPriority: number; lane: 'walk-in' | 'fast' }>(
      `SELECT t.local_date AS localDate, t.issued_at AS issuedAt, ${ISSUED_FIELD} AS fieldId, t.is_priority AS isPriority, t.lane
       FROM tickets t WHERE t.center_id = ? AND t.local_date >= ? AND t.local_date < ? AND t.lane IN ('walk-in', 'fast')`,
      centerId,
      fromDate,
      toDate,
    )
    .map((r) => ({ ...r, isPriority: r.isPriority === 1 }));
}
