// The one hook that writes the audit log: every write a signed-in staff member makes (allowed or
// refused), every sign-in attempt and every screen pairing, once the answer is sent — named by its
// route pattern, so a new route is audited without anyone remembering to.
import type { Request, RequestHandler, Response } from 'express';
import type { AuditLog } from '../domain/audit-log.js';
import type { StaffView } from '../../shared/types.js';

/** Writes by anonymous callers that are still audited. */
const ANONYMOUS_AUDITED = new Set(['/api/auth/login', '/api/devices/pair']);

const plainPath = (url: string) => url.split('?')[0].toLowerCase().replace(/\/+$/, '');

type Matcher = (method: string, path: string) => { route: string; params: Record<string, string> } | null;

/** The ticket an action worked on, from the answer (a TicketView or a slip). */
function ticketOf(body: unknown): { ticketId: number; number: string } | undefined {
  const b = body as { id?: unknown; number?: unknown; ticket?: { id?: unknown; number?: unknown } } | null;
  const t = b && typeof b.number === 'string' ? b : b?.ticket;
  return t && typeof t.id === 'number' && typeof t.number === 'string' ? { ticketId: t.id, number: t.number } : undefined;
}

export function auditTrail(audit: AuditLog, matcher: Matcher): RequestHandler {
  return (req: Request, res: Response, next) => {
    // Anonymous writes (kiosk tickets, bookings, ratings) are not audited: no hook on their answer.
    // (Routes match case-insensitively and with a trailing slash; so does this test.)
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    if (!write || (!req.staff && !ANONYMOUS_AUDITED.has(plainPath(req.originalUrl)))) {
      next();
      return;
    }
    let answer: unknown;
    const json = res.json.bind(res);
    res.json = (body: unknown) => {
      answer = body;
      return json(body);
    };
    res.on('finish', () => {
      // The answer is already sent: whatever goes wrong here is reported, never thrown at the process.
      try {
        const path = req.originalUrl.split('?')[0];
        const staff = (res.locals.auditStaff as StaffView | undefined) ?? req.staff ?? null;
        const matched = matcher(req.method, path);
        const route = matched?.route ?? path;
        if (!staff && !ANONYMOUS_AUDITED.has(route)) return;
        // A refused flood (429, locked or rate-limited) is not written row by row into the append-only log.
        if (!staff && res.statusCode === 429) return;
        const body = req.body as { username?: unknown } | undefined;
        const username = typeof body?.username === 'string' ? body.username.slice(0, 64) : null;
        audit.record({
          action: `${req.method} ${route}`,
          status: res.statusCode,
          ip: req.ip ?? null,
          staff,
          username,
          centerId: matched?.params.centerId ?? null,
          deviceId: (res.locals.auditDeviceId as number | undefined) ?? req.device?.id ?? null,
          detail: { ...matched?.params, ...ticketOf(answer) },
        });
      } catch (err) {
        req.log.error({ err }, 'audit log write failed');
      }
    });
    next();
  };
}
