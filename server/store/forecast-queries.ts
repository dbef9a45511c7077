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

/** A walk-in or fast-lane ticket as issued: its row id, instant and kind. */
export interface IssuedArrival extends Omit<ArrivalCount, 'count'> {
  id: number;
  issuedAt: number;
}

/**
 * Walk-ins and fast-lane tickets issued at a center on `localDate` with a row id above `afterId`
 * (0: all of them, read through the day's index). Later reads walk the row ids from `afterId` on
 * (the unary + keeps SQLite off the day's index, which would visit every ticket of the day again):
 * rows are only ever added, each with a higher id.
 */
export function arrivalsAfter(store: Store, centerId: string, localDate: string, afterId: number): IssuedArrival[] {
  const where = afterId > 0 ? 'id > ? AND +center_id = ? AND +local_date = ?' : 'id > ? AND center_id = ? AND local_date = ?';
  return store
    .all<{ id: number; issuedAt: number; fieldId: number; isPriority: number; lane: 'walk-in' | 'fast' }>(
      `SELECT id, issued_at AS issuedAt, field_id AS fieldId, is_priority AS isPriority, lane
       FROM tickets WHERE ${where} AND lane IN ('walk-in', 'fast')`,
      afterId,
      centerId,
      localDate,
    )
    .map((r) => ({ ...r, isPriority: r.isPriority === 1 }));
}

/** Walk-ins and fast-lane tickets issued at a center from `fromDate` until before `toDate`: their day, instant and kind. */
export function pastArrivals(
  store: Store,
  centerId: string,
  fromDate: string,
  toDate: string,
): (Omit<ArrivalCount, 'count'> & { localDate: string; issuedAt: number })[] {
  return store
    .all<{ localDate: string; issuedAt: number; fieldId: number; isPriority: number; lane: 'walk-in' | 'fast' }>(
      `SELECT local_date AS localDate, issued_at AS issuedAt, field_id AS fieldId, is_priority AS isPriority, lane
       FROM tickets WHERE center_id = ? AND local_date >= ? AND local_date < ? AND lane IN ('walk-in', 'fast')`,
      centerId,
      fromDate,
      toDate,
    )
    .map((r) => ({ ...r, isPriority: r.isPriority === 1 }));
}
