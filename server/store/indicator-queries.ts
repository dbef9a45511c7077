// SQL for the province's indicators: the counters' pause log, and a center's dossier lines and visits
// over a period as the plain rows shared/rules/province-indicators.ts reads.
import type { DossierIndicatorLine, PauseReason } from '../../shared/types.js';
import type { Store } from './database.js';

export function recordPause(
  store: Store,
  p: { centerId: string; counterId: number; staffId: number; ticketId: number | null; reason: PauseReason; localDate: string; at: number },
): void {
  store.run(
    'INSERT INTO counter_pauses (center_id, counter_id, staff_id, ticket_id, reason, local_date, at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    p.centerId,
    p.counterId,
    p.staffId,
    p.ticketId,
    p.reason,
    p.localDate,
    p.at,
  );
}

/** An export line as SQLite gives it: its status and processing time are the rule's to work out. */
export type DossierLineRow = Pick<
  DossierIndicatorLine,
  'code' | 'ticketNumber' | 'procedureCode' | 'procedureNameVi' | 'receivedOn' | 'dueDate' | 'resultDate' | 'returnedOn' | 'rating'
> & { digitised: 0 | 1 };

/** The dossiers a center received in the period (a code, the result handed over or promised), in receipt order. */
export function dossierLines(store: Store, centerId: string, from: string, to: string): DossierLineRow[] {
  return store.all<DossierLineRow>(
    `SELECT p.dossier_code AS code, t.number AS ticketNumber, pr.code AS procedureCode, pr.name_vi AS procedureNameVi,
       t.local_date AS receivedOn, p.due_date AS dueDate, p.result_date AS resultDate, p.returned_on AS returnedOn,
       r.score AS rating, p.digitised
     FROM tickets t JOIN ticket_procedures p ON p.ticket_id = t.id JOIN procedures pr ON pr.id = p.procedure_id
       LEFT JOIN ratings r ON r.ticket_id = t.id
     WHERE t.center_id = ? AND t.local_date BETWEEN ? AND ? AND p.dossier_code IS NOT NULL AND p.outcome IN ('returned', 'appointment')
     ORDER BY t.local_date, t.id, p.position`,
    centerId,
    from,
    to,
  );
}

/**
 * The visits served in the period — each with its field's name and whether the counter paused for
 * online help while it was there — and the online-help pauses with nobody at the counter.
 */
export function visitRows(
  store: Store,
  centerId: string,
  from: string,
  to: string,
): { fieldNameVi: string | null; onlineHelpPause: 0 | 1 }[] {
  return store.all(
    `SELECT f.name_vi AS fieldNameVi,
       EXISTS (SELECT 1 FROM counter_pauses c WHERE c.ticket_id = t.id AND c.reason = 'online-help') AS onlineHelpPause
     FROM tickets t JOIN fields f ON f.id = t.field_id
     WHERE t.center_id = ? AND t.local_date BETWEEN ? AND ? AND t.state = 'done'
     UNION ALL
     SELECT NULL, 1 FROM counter_pauses c
     WHERE c.center_id = ? AND c.local_date BETWEEN ? AND ? AND c.reason = 'online-help' AND c.ticket_id IS NULL`,
    centerId,
    from,
    to,
    centerId,
    from,
    to,
  );
}
