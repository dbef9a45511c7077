// SQL for procedure outcomes and the results promised on appointment slips.
import type { Outcome, PendingResult } from '../../shared/types.js';
import type { Store } from './database.js';

/** A line's outcome and dates, and its dossier code (checked and normalised by shared/rules/dossier-code.ts); none when absent. */
export function setOutcome(
  store: Store,
  ticketId: number,
  procedureId: number,
  o: {
    outcome: Outcome;
    resultDate: string | null;
    dueDate: string | null;
    returnedOn: string | null;
    dossier?: { centerId: string; code: string } | null;
  },
): void {
  store.run(
    `UPDATE ticket_procedures SET outcome = ?, result_date = ?, due_date = ?, returned_on = ?, dossier_code = ?,
       dossier_center_id = ? WHERE ticket_id = ? AND procedure_id = ?`,
    o.outcome,
    o.resultDate,
    o.dueDate,
    o.returnedOn,
    o.dossier?.code ?? null,
    o.dossier?.centerId ?? null,
    ticketId,
    procedureId,
  );
}

/** Hands over a result promised on an appointment slip. Returns false when none was pending. */
export function markResultReturned(store: Store, ticketId: number, procedureId: number, returnedOn: string): boolean {
  return (
    store.run(
      `UPDATE ticket_procedures SET returned_on = ? WHERE ticket_id = ? AND procedure_id = ?
       AND outcome = 'appointment' AND returned_on IS NULL`,
      returnedOn,
      ticketId,
      procedureId,
    ).changes > 0
  );
}

/** Results promised on appointment slips and not yet handed over, the oldest promise first. */
export function pendingResults(store: Store, centerId: string, limit: number): PendingResult[] {
  return store.all<PendingResult>(
    `SELECT t.id AS ticketId, t.number, t.local_date AS receivedOn, p.procedure_id AS procedureId,
       p.result_date AS resultDate, p.due_date AS dueDate, p.dossier_code AS dossierCode,
       p.records_status AS recordsStatus
     FROM ticket_procedures p JOIN tickets t ON t.id = p.ticket_id
     WHERE t.center_id = ? AND p.outcome = 'appointment' AND p.returned_on IS NULL
     ORDER BY p.result_date, t.id LIMIT ?`,
    centerId,
    limit,
  );
}
