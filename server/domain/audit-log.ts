// The audit log: every staff action, sign-in and screen pairing, with who, when and from where.
// Written by one hook around the HTTP API (http/audit-trail.ts); read and exported by managers.
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import type { AuditQuery } from '../../shared/schemas.js';
import type { StaffView } from '../../shared/types.js';
import { auditRows, insertAudit, type NewAuditRow } from '../store/audit-queries.js';
import type { Store } from '../store/database.js';
import { centerOfUsername } from '../store/staff-queries.js';
import type { Clock } from './clock.js';
import type { QueueReader } from './queue-reader.js';

export interface AuditEntry {
  id: number;
  at: number;
  centerId: string | null;
  staffId: number | null;
  username: string | null;
  role: string | null;
  deviceId: number | null;
  /** "POST /api/counters/:id/call-next": the route, so new routes are audited without a list to keep. */
  action: string;
  detail: Record<string, unknown>;
  /** The HTTP status answered: refusals are kept too. */
  status: number;
  ip: string | null;
}

/** The most rows one query returns. */
const MAX_ROWS = 20_000;

export class AuditLog {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  record(e: {
    action: string;
    status: number;
    ip: string | null;
    staff: StaffView | null;
    /** A sign-in attempt names its account before anyone is signed in. */
    username?: string | null;
    centerId?: string | null;
    deviceId?: number | null;
    detail?: Record<string, unknown>;
  }): void {
    const username = e.staff?.username ?? e.username ?? null;
    const row: NewAuditRow = {
      at: this.clock(),
      center_id: e.staff?.centerId ?? e.centerId ?? (username ? (centerOfUsername(this.store, username) ?? null) : null),
      staff_id: e.staff?.id ?? null,
      username,
      role: e.staff?.role ?? null,
      device_id: e.deviceId ?? null,
      action: e.action,
      detail: JSON.stringify(e.detail ?? {}),
      status: e.status,
      ip: e.ip,
    };
    insertAudit(this.store, row);
  }

  /** A center's entries between two local dates (inclusive; default today), optionally of one account. */
  query(centerId: string, q: AuditQuery): AuditEntry[] {
    const center = this.reader.center(centerId);
    const today = localDate(this.clock(), center.timezone);
    const from = localInstant(q.from ?? today, 0, center.timezone);
    const to = localInstant(q.to ?? q.from ?? today, 24 * 60, center.timezone);
    return auditRows(this.store, { centerId, from, to, username: q.staff ?? null, limit: MAX_ROWS }).map((r) => ({
      id: r.id,
      at: r.at,
      centerId: r.center_id,
      staffId: r.staff_id,
      username: r.username,
      role: r.role,
      deviceId: r.device_id,
      action: r.action,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
      status: r.status,
      ip: r.ip,
    }));
  }
}
