// SQL for the append-only audit log (a trigger refuses UPDATE and DELETE).
import type { Store } from './database.js';

export interface AuditRow {
  id: number;
  at: number;
  center_id: string | null;
  staff_id: number | null;
  username: string | null;
  role: string | null;
  device_id: number | null;
  action: string;
  detail: string;
  status: number;
  ip: string | null;
}

export type NewAuditRow = Omit<AuditRow, 'id'>;

export function insertAudit(store: Store, r: NewAuditRow): void {
  store.run(
    `INSERT INTO audit_log (at, center_id, staff_id, username, role, device_id, action, detail, status, ip)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    r.at,
    r.center_id,
    r.staff_id,
    r.username,
    r.role,
    r.device_id,
    r.action,
    r.detail,
    r.status,
    r.ip,
  );
}

export function auditRows(
  store: Store,
  q: { centerId: string; from: number; to: number; username: string | null; limit: number },
): AuditRow[] {
  return store.all<AuditRow>(
    `SELECT * FROM audit_log WHERE center_id = ? AND at >= ? AND at < ? AND (? IS NULL OR username = ?)
     ORDER BY at, id LIMIT ?`,
    q.centerId,
    q.from,
    q.to,
    q.username,
    q.username,
    q.limit,
  );
}
