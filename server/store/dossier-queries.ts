// SQL for dossier codes on procedure lines: the one line a code names within its center.
import type { DossierLine, RecordsStatus } from '../../shared/types.js';
import type { Store } from './database.js';

/** The line of `centerId` with this code (normalised), through the partial unique index. */
export function dossierLine(store: Store, centerId: string, code: string): DossierLine | undefined {
  return store.first<DossierLine>(
    `SELECT p.dossier_code AS dossierCode, t.id AS ticketId, t.number, t.local_date AS receivedOn, p.procedure_id AS procedureId,
       p.outcome, p.result_date AS resultDate, p.due_date AS dueDate, p.returned_on AS returnedOn,
       p.records_status AS recordsStatus
     FROM ticket_procedures p JOIN tickets t ON t.id = p.ticket_id
     WHERE p.dossier_center_id = ? AND p.dossier_code = ?`,
    centerId,
    code,
  );
}

/** The records system's word on a line (POST /api/dossiers/:code/status). */
export function setRecordsStatus(store: Store, ticketId: number, procedureId: number, status: RecordsStatus, at: number): void {
  store.run(
    'UPDATE ticket_procedures SET records_status = ?, records_status_at = ? WHERE ticket_id = ? AND procedure_id = ?',
    status,
    at,
    ticketId,
    procedureId,
  );
}
