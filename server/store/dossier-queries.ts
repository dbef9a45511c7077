// SQL for dossier codes on procedure lines: the one line a code names within its center.
import type { DossierLine } from '../../shared/types.js';
import type { Store } from './database.js';

/** The line of `centerId` with this code (normalised), through the partial unique index. */
export function dossierLine(store: Store, centerId: string, code: string): DossierLine | undefined {
  return store.first<DossierLine>(
    `SELECT p.dossier_code AS dossierCode, t.id AS ticketId, t.number, t.local_date AS receivedOn, p.procedure_id AS procedureId,
       p.outcome, p.result_date AS resultDate, p.due_date AS dueDate, p.returned_on AS returnedOn
     FROM ticket_procedures p JOIN tickets t ON t.id = p.ticket_id
     WHERE p.dossier_center_id = ? AND p.dossier_code = ?`,
    centerId,
    code,
  );
}
