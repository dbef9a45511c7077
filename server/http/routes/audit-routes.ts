// The center's audit log for managers, as JSON or as CSV for Excel (UTF-8 with BOM).
import { toCsv } from '../../../shared/csv.js';
import { auditQuerySchema } from '../../../shared/schemas.js';
import type { AuditEntry } from '../../domain/audit-log.js';
import type { Domain } from '../../domain/index.js';
import { requestLang } from '../errors.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

const HEADER = {
  vi: ['Thời điểm (UTC)', 'Tài khoản', 'Vai trò', 'Thiết bị', 'Hành động', 'Chi tiết', 'Mã trả lời', 'Địa chỉ IP'],
  en: ['Time (UTC)', 'Account', 'Role', 'Device', 'Action', 'Detail', 'Status', 'IP address'],
};

const csvRow = (e: AuditEntry) => [
  new Date(e.at).toISOString(),
  e.username,
  e.role,
  e.deviceId,
  e.action,
  JSON.stringify(e.detail),
  e.status,
  e.ip,
];

export function auditRoutes({ audit }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/audit',
      summary: 'The audit log of a day range, as JSON or CSV',
      access: { who: 'audit:read', scope: 'center' },
      params: { centerId: centerIdParam },
      query: auditQuerySchema,
      handle: ({ params: { centerId }, query, req, res }) => {
        const entries = audit.query(centerId, query);
        if (query.format !== 'csv') return { entries };
        res.type('text/csv; charset=utf-8');
        res.attachment(`audit-${centerId}-${query.from ?? 'today'}.csv`);
        res.send(toCsv([HEADER[requestLang(req)], ...entries.map(csvRow)]));
        return undefined;
      },
    }),
  ];
}
