// SQL for procedure outcomes and the results promised on appointment slips.
import type { AppointmentSlipLine, AppointmentSlipView, Outcome, PendingResult, VerificationReason } from '../../shared/types.js';
import type { Store } from './database.js';

/**
 * A line's outcome and dates, its dossier code (checked and normalised by shared/rules/dossier-code.ts),
 * the clerk's "needs verification" and Form 01's applicant; none when absent.
 */
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
    digitised?: boolean;
    verification?: { reason: VerificationReason; note: string | null } | null;
    citizen?: { name: string | null; phone: string | null } | null;
  },
): void {
  store.run(
    `UPDATE ticket_procedures SET outcome = ?, result_date = ?, due_date = ?, returned_on = ?, dossier_code = ?,
       dossier_center_id = ?, digitised = ?, verification_reason = ?, verification_note = ?, citizen_name = ?,
       citizen_phone = ? WHERE ticket_id = ? AND procedure_id = ?`,
    o.outcome,
    o.resultDate,
    o.dueDate,
    o.returnedOn,
    o.dossier?.code ?? null,
    o.dossier?.centerId ?? null,
    o.digitised ? 1 : 0,
    o.verification?.reason ?? null,
    o.verification?.note ?? null,
    o.citizen?.name ?? null,
    o.citizen?.phone ?? null,
    ticketId,
    procedureId,
  );
}

interface SlipLineRow {
  procedure_id: number;
  dossier_code: string | null;
  result_date: string | null;
  due_date: string | null;
  verification_reason: VerificationReason | null;
  verification_note: string | null;
  citizen_name: string | null;
  citizen_phone: string | null;
  checklist_vi: string | null;
  checklist_en: string | null;
}

/** Form 01 of a ticket: its appointment lines, the applicant they hold and who received them; undefined without one. */
export function appointmentSlip(store: Store, ticketId: number): AppointmentSlipView | undefined {
  const ticket = store.first<{ id: number; number: string; received_at: number; received_by: string | null }>(
    `SELECT t.id, t.number, COALESCE(t.started_at, t.issued_at) AS received_at, s.display_name AS received_by
     FROM tickets t LEFT JOIN staff s ON s.id = t.served_by WHERE t.id = ?`,
    ticketId,
  );
  const rows = store.all<SlipLineRow>(
    `SELECT p.procedure_id, p.dossier_code, p.result_date, p.due_date, p.verification_reason, p.verification_note,
       p.citizen_name, p.citizen_phone, f.checklist_vi, f.checklist_en
     FROM ticket_procedures p LEFT JOIN fast_track_procedures f ON f.procedure_id = p.procedure_id
     WHERE p.ticket_id = ? AND p.outcome = 'appointment' ORDER BY p.position`,
    ticketId,
  );
  if (!ticket || rows.length === 0) return undefined;
  const lines = rows.map((r): AppointmentSlipLine => ({
    procedureId: r.procedure_id,
    dossierCode: r.dossier_code,
    resultDate: r.result_date,
    dueDate: r.due_date,
    verification: r.verification_reason ? { reason: r.verification_reason, note: r.verification_note } : null,
    documentsVi: r.checklist_vi ? (JSON.parse(r.checklist_vi) as string[]) : [],
    documentsEn: r.checklist_en ? (JSON.parse(r.checklist_en) as string[]) : [],
  }));
  // Every appointment line of a visit holds the same applicant: the first that has one says it.
  const holder = rows.find((r) => r.citizen_name !== null || r.citizen_phone !== null);
  return {
    ticketId: ticket.id,
    number: ticket.number,
    receivedAt: ticket.received_at,
    citizenName: holder?.citizen_name ?? null,
    citizenPhone: holder?.citizen_phone ?? null,
    receivedBy: ticket.received_by,
    lines,
  };
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
