// SQL for the "4 on-site" steps of fast-track dossiers.
import type { FastTrackDossier, FastTrackStage, VerificationReason } from '../../shared/types.js';
import type { Store } from './database.js';

export interface DossierRow {
  ticket_id: number;
  center_id: string;
  local_date: string;
  number: string;
  counter_number: number | null;
  received_at: number | null;
  appraised_at: number | null;
  approved_at: number | null;
  approver_name: string | null;
  refused_at: number | null;
  refusal_reason: string | null;
  returned_at: number | null;
  verification_at: number | null;
}

const DOSSIER_SELECT = `SELECT s.*, t.number, c.number AS counter_number, a.display_name AS approver_name
  FROM fast_track_steps s JOIN tickets t ON t.id = s.ticket_id
  LEFT JOIN counters c ON c.id = t.counter_id
  LEFT JOIN staff a ON a.id = s.approved_by`;

export function getDossierRow(store: Store, ticketId: number): DossierRow | undefined {
  return store.first<DossierRow>(`${DOSSIER_SELECT} WHERE s.ticket_id = ?`, ticketId);
}

export function dossierRowsOfDay(store: Store, centerId: string, localDate: string): DossierRow[] {
  return store.all<DossierRow>(
    `${DOSSIER_SELECT} WHERE s.center_id = ? AND s.local_date = ? ORDER BY s.received_at, s.ticket_id`,
    centerId,
    localDate,
  );
}

export function stageOf(r: DossierRow): FastTrackStage | null {
  if (r.returned_at) return 'returned';
  if (r.verification_at) return 'verification';
  if (r.refused_at) return 'refused';
  if (r.approved_at) return 'approved';
  if (r.appraised_at) return 'appraised';
  return r.received_at ? 'received' : null;
}

export function toDossier(store: Store, r: DossierRow, late: boolean): FastTrackDossier {
  return {
    ticketId: r.ticket_id,
    number: r.number,
    counterNumber: r.counter_number,
    procedureIds: store
      .all<{ procedure_id: number }>('SELECT procedure_id FROM ticket_procedures WHERE ticket_id = ? ORDER BY position', r.ticket_id)
      .map((p) => p.procedure_id),
    stage: stageOf(r),
    receivedAt: r.received_at,
    appraisedAt: r.appraised_at,
    approvedAt: r.approved_at,
    approvedBy: r.approver_name,
    refusedAt: r.refused_at,
    refusalReason: r.refusal_reason,
    returnedAt: r.returned_at,
    verificationAt: r.verification_at,
    verificationReasons: store
      .all<{ reason: VerificationReason }>(
        `SELECT verification_reason AS reason FROM ticket_procedures
         WHERE ticket_id = ? AND verification_reason IS NOT NULL ORDER BY position`,
        r.ticket_id,
      )
      .map((p) => p.reason),
    late,
  };
}

/** Step 1. A ticket started again after a transfer keeps its first receipt time (false: it had one). */
export function recordReceived(store: Store, ticketId: number, centerId: string, localDate: string, at: number, staffId: number): boolean {
  return (
    store.run(
      `INSERT INTO fast_track_steps (ticket_id, center_id, local_date, received_at, received_by) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (ticket_id) DO NOTHING`,
      ticketId,
      centerId,
      localDate,
      at,
      staffId,
    ).changes > 0
  );
}

const STEP_COLUMNS = {
  appraised: ['appraised_at', 'appraised_by'],
  approved: ['approved_at', 'approved_by'],
  refused: ['refused_at', 'refused_by'],
  verification: ['verification_at', 'verification_by'],
  returned: ['returned_at', 'returned_by'],
} as const;

export function recordStep(store: Store, ticketId: number, step: keyof typeof STEP_COLUMNS, at: number, staffId: number): void {
  const [atColumn, byColumn] = STEP_COLUMNS[step];
  store.run(`UPDATE fast_track_steps SET ${atColumn} = ?, ${byColumn} = ? WHERE ticket_id = ?`, at, staffId, ticketId);
}

export function recordRefusalReason(store: Store, ticketId: number, reason: string): void {
  store.run('UPDATE fast_track_steps SET refusal_reason = ? WHERE ticket_id = ?', reason, ticketId);
}
