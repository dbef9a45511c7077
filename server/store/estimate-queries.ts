// SQL behind the wait estimate: recent service times of a procedure and the counters of a field.
import type { Store } from './database.js';

/** Service minutes of the latest `limit` finished tickets whose first procedure is this one. */
export function recentServiceMinutes(store: Store, procedureId: number, limit: number): number[] {
  return store
    .all<{ minutes: number }>(
      'SELECT minutes FROM service_times WHERE procedure_id = ? ORDER BY ticket_id DESC LIMIT ?',
      procedureId, limit,
    )
    .map((r) => r.minutes);
}

export interface FieldCounters {
  /** Counters that serve the field at all. */
  serving: number;
  /** Open counters that serve it. */
  open: number;
  /** Open counters for which it is the first field, in their order, with people waiting: they call it next. */
  next: number;
  /** Of those, the ones busy with a citizen now. */
  nextBusy: number;
}

export function fieldCounters(store: Store, fieldId: number): FieldCounters {
  return store.first<FieldCounters>(
    `SELECT COUNT(*) AS serving, COALESCE(SUM(c.status = 'open'), 0) AS open,
       COALESCE(SUM(c.status = 'open' AND ahead.n = 0), 0) AS next,
       COALESCE(SUM(c.status = 'open' AND ahead.n = 0 AND EXISTS (
         SELECT 1 FROM tickets t WHERE t.counter_id = c.id AND t.state IN ('called', 'serving'))), 0) AS nextBusy
     FROM counter_fields cf JOIN counters c ON c.id = cf.counter_id
     JOIN (SELECT f.counter_id, f.rank, (SELECT COUNT(*) FROM counter_fields pf
             WHERE pf.counter_id = f.counter_id AND pf.rank < f.rank
             AND EXISTS (SELECT 1 FROM tickets w WHERE w.field_id = pf.field_id AND w.state = 'waiting')) AS n
           FROM counter_fields f) AS ahead ON ahead.counter_id = cf.counter_id AND ahead.rank = cf.rank
     WHERE cf.field_id = ?`,
    fieldId,
  )!;
}

export function setEstimatedWait(store: Store, ticketId: number, minutes: number): void {
  store.run('UPDATE tickets SET estimated_wait_minutes = ? WHERE id = ?', minutes, ticketId);
}
