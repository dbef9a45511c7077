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

/** The ticket an action worked on, from the answer (a TicketView, a slip, or a dossier line). */
function ticketOf(body: unknown): { ticketId: number; number: string } | undefined {
  const b = body as { id?: unknown; number?: unknown; ticket?: { id?: unknown; number?: unknown } } | null;
  const t = b && typeof b.number === 'string' ? b : b?.ticket;
  if (t && typeof t.id === 'number' && typeof t.number === 'string') return { ticketId: t.id, number: t.number };
  const line = (body as { dossier?: { ticketId?: unknown; number?: unknown } } | null)?.dossier;
  return line && typeof line.ticketId === 'number' && typeof line.number === 'string'
    ? { ticketId: line.ticketId, number: line.number }
    : undefined;
}

export function auditTrail(audit: AuditLog, matcher: Matcher): RequestHandler {
  return (req: Request, res: Response, next) => {
    // Anonymous writes (kiosk tickets, bookings, ratings) are not audited: no hook on their answer.
    // (Routes match case-insensitively and with a trailing slash; so does this test.)
    const write = req.method !== 'GET' && req.method !== 'HEAD' && req.method !== 'OPTIONS';
    if (!write || (!req.staff && !req.apiKey && !ANONYMOUS_AUDITED.has(plainPath(req.originalUrl)))) {
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
        const key = req.apiKey ?? null;
        if (!staff && !key && !ANONYMOUS_AUDITED.has(route)) return;
        // A refused flood (429, locked or rate-limited) is not written row by row into the append-only log.
        if (!staff && res.statusCode === 429) return;
        const body = req.body as { username?: unknown } | undefined;
        // A key's write is recorded under its prefix, never its token.
        const username = key ? `key ${key.prefix}` : typeof body?.username === 'string' ? body.username.slice(0, 64) : null;
        // A dossier code in the path (the records system's call) is personal data: the log keeps the ticket.
        const { code: _code, ...params } = matched?.params ?? {};
        audit.record({
          action: `${req.method} ${route}`,
          status: res.statusCode,
          ip: req.ip ?? null,
          staff,
          username,
          centerId: matched?.params.centerId ?? key?.centerId ?? null,
          deviceId: (res.locals.auditDeviceId as number | undefined) ?? req.device?.id ?? null,
          detail: { ...params, ...ticketOf(answer) },
        });
      } catch (err) {
        req.log.error({ err }, 'audit log write failed');
      }
    });
    next();
  };
}
