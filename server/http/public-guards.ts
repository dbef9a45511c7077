// The guards in front of the public endpoints (kiosk, wall display, ticket status, bookings,
// pairing): token buckets per client IP and overall, a per-center cap on kiosk tickets, and — when
// the center requires it — a paired screen. Signed-in staff are not rate-limited: they are few and
// accountable. Each guard only calls next(); the endpoints themselves live in routes/.
import { Router, type Request } from 'express';
import type { Domain } from '../domain/index.js';
import type { Limits } from '../limits.js';
import { requirePairedScreen } from './device-guard.js';
import { rateLimit, TokenBuckets } from './rate-limit.js';

export function publicGuards({ devices }: Domain, limits: Limits): Router {
  const perIp = new TokenBuckets(limits.publicPerIp);
  const overall = new TokenBuckets(limits.publicOverall);
  const perCenter = new TokenBuckets({
    burst: limits.kioskTicketsPerCenterPerMinute,
    perMinute: limits.kioskTicketsPerCenterPerMinute,
  });
  const anonymous = (key: (req: Request) => string) => (req: Request) => (req.staff ? null : key(req));
  const publicRate = rateLimit(
    { buckets: perIp, key: anonymous((req) => req.ip ?? 'unknown') },
    { buckets: overall, key: anonymous(() => 'all') },
  );
  const kioskTickets = rateLimit({ buckets: perCenter, key: anonymous((req) => String(req.params.centerId)) });

  const r = Router();
  r.post('/centers/:centerId/tickets', publicRate, requirePairedScreen(devices, ['kiosk']), kioskTickets);
  r.post('/centers/:centerId/bookings/:code/check-in', publicRate, requirePairedScreen(devices, ['kiosk']), kioskTickets);
  r.get('/centers/:centerId/snapshot', requirePairedScreen(devices, ['wall', 'kiosk', 'rating']));
  r.get('/tickets/status/:token', publicRate);
  r.get('/centers/:centerId/slots', publicRate);
  r.post('/centers/:centerId/bookings', publicRate);
  r.get('/bookings/:code', publicRate);
  r.post('/bookings/:code/cancel', publicRate);
  r.post('/devices/pair', publicRate);
  r.post('/tickets/:id/rating', publicRate);
  return r;
}
