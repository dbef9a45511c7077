// Mounts the declared routes: each with the guards its declaration names, in one order — rate
// limits, paired screen, the kiosk cap, sign-in and role (or an API key and its scope), staff (or key) of the addressed center — then its params, query and body parsed, then the handler.
import { Router, type Request, type RequestHandler } from 'express';
import { addressKey } from '../../shared/rules/address-key.js';
import { DomainError } from '../domain/domain-error.js';
import type { CenterAccess } from '../domain/center-access.js';
import type { Domain } from '../domain/index.js';
import type { Limits } from '../limits.js';
import { requireAccess } from './auth-guard.js';
import { requirePairedScreen } from './device-guard.js';
import { rateLimit, TokenBuckets } from './rate-limit.js';
import type { ParamSpec, RouteSpec } from './route-spec.js';
import { parseInput } from './validate.js';

function publicLimits(limits: Limits) {
  const perIp = new TokenBuckets(limits.publicPerIp);
  const overall = new TokenBuckets(limits.publicOverall);
  const perCenter = new TokenBuckets({ burst: limits.kioskTicketsPerCenterPerMinute, perMinute: limits.kioskTicketsPerCenterPerMinute });
  // Signed-in staff are few and accountable: not rate-limited.
  const anonymous = (key: (req: Request) => string) => (req: Request) => (req.staff ? null : key(req));
  const publicRate = rateLimit(
    { buckets: perIp, key: anonymous((req) => addressKey(req.ip ?? 'unknown')) },
    { buckets: overall, key: anonymous(() => 'all') },
  );
  const kioskTickets = rateLimit({ buckets: perCenter, key: anonymous((req) => String(req.params.centerId)) });
  return { publicRate, kioskTickets };
}

function parseParams(specs: Record<string, ParamSpec>, raw: Record<string, string>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(specs)) {
    // Express has decoded them already (a broken %-encoding is a 400 before this).
    const parsed = spec.schema.safeParse(raw[name] ?? '');
    if (!parsed.success) throw new DomainError(spec.invalid, { detail: name });
    out[name] = parsed.data;
  }
  return out;
}

/**
 * The one guard for "staff of this center" (or of its province center, where the route says so), and
 * for "a key of this center" (or of its province center: a province key covers its wards).
 */
function ofCenter(access: CenterAccess, province = false): RequestHandler {
  return (req, _res, next) => {
    const centerId = String(req.params.centerId);
    const reached = req.apiKey ? access.keyReaches(req.apiKey, centerId) : req.staff && access.reaches(req.staff, centerId, { province });
    if (!reached) throw new DomainError('forbidden');
    next();
  };
}

export function mountRoutes(routes: readonly RouteSpec[], domain: Domain, limits: Limits): Router {
  const { devices } = domain;
  const r = Router();
  const rates = publicLimits(limits);
  for (const spec of routes) {
    const { access } = spec;
    // An unpaired kiosk does not use up the center's kiosk cap: the screen check comes before it.
    const guards: RequestHandler[] = [
      ...(access.limit ? [rates.publicRate] : []),
      ...(access.screens ? [requirePairedScreen(devices, access.screens)] : []),
      ...(access.limit === 'kiosk-ticket' ? [rates.kioskTickets] : []),
      ...(access.who === 'public' ? [] : [requireAccess(access)]),
      ...(access.who !== 'public' && access.scope === 'center' && spec.params?.centerId ? [ofCenter(domain.access, access.province)] : []),
    ];
    const handler: RequestHandler = async (req, res) => {
      const params = parseParams(spec.params ?? {}, req.params as Record<string, string>);
      const query = spec.query ? parseInput(spec.query, { ...req.query }) : {};
      const body = spec.method === 'POST' ? parseInput(spec.body, req.body ?? {}) : undefined;
      const answer: unknown = await spec.handle({ params, query, body, staff: req.staff ?? null, apiKey: req.apiKey ?? null, req, res });
      if (!res.headersSent) res.status(spec.status ?? 200).json(answer);
    };
    if (spec.method === 'GET') r.get(spec.path, ...guards, handler);
    else r.post(spec.path, ...guards, handler);
  }
  return r;
}
