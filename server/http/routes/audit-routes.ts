// The center's audit log for managers, as JSON or as CSV for Excel (UTF-8 with BOM).
import { Router } from 'express';
import { toCsv } from '../../../shared/csv.js';
import { auditQuerySchema } from '../../../shared/schemas.js';
import type { AuditEntry } from '../../domain/audit-log.js';
import { DomainError } from '../../domain/domain-error.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { requestLang } from '../errors.js';
import { centerParam } from '../validate.js';

const HEADER = {
  vi: ['Thời điểm (UTC)', 'Tài khoản', 'Vai trò', 'Thiết bị', 'Hành động', 'Chi tiết', 'Mã trả lời', 'Địa chỉ IP'],
  en: ['Time (UTC)', 'Account', 'Role', 'Device', 'Action', 'Detail', 'Status', 'IP address'],
};

const csvRow = (e: AuditEntry) => [
  new Date(e.at).toISOString(), e.username, e.role, e.deviceId, e.action, JSON.stringify(e.detail), e.status, e.ip,
];

/** Mounted at /api/centers/:centerId. */
export function auditRoutes({ audit }: Domain): Router {
  const r = Router({ mergeParams: true });
  r.get('/audit', requirePermission('audit:read'), (req, res) => {
    const q = auditQuerySchema.safeParse(req.query);
    if (!q.success) throw new DomainError('bad-request', { detail: 'from, to (YYYY-MM-DD), staff (username), format (json|csv)' });
    const entries = audit.query(centerParam(req), q.data, currentStaff(req));
    if (q.data.format !== 'csv') return void res.json({ entries });
    res.type('text/csv; charset=utf-8');
    res.attachment(`audit-${centerParam(req)}-${q.data.from ?? 'today'}.csv`);
    res.send(toCsv([HEADER[requestLang(req)], ...entries.map(csvRow)]));
  });
  return r;
}
