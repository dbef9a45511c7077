// SQL behind the wait estimate: recent service times of a procedure (its place: place-queries.ts).
import type { Store } from './database.js';

/** Service minutes of the latest `limit` finished tickets whose first procedure is this one. */
export function recentServiceMinutes(store: Store, procedureId: number, limit: number): number[] {
  return store
    .all<{ minutes: number }>(
      'SELECT minutes FROM service_times WHERE procedure_id = ? ORDER BY ticket_id DESC LIMIT ?',
      procedureId,
      limit,
    )
    .map((r) => r.minutes);
}

export function setEstimatedWait(store: Store, ticketId: number, minutes: number): void {
  store.run('UPDATE tickets SET estimated_wait_minutes = ? WHERE id = ?', minutes, ticketId);
}
