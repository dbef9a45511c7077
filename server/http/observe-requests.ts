// Names each request by its route pattern for the logs and the metrics: never the raw path, which
// may carry a status token or a booking code, and keeps the metrics' label set small.
import type { RequestHandler } from 'express';
import type { IncomingMessage } from 'node:http';
import type { Metrics } from '../ops/metrics.js';
import { SCREENS } from './pages.js';
import type { routeMatcher } from './route-matcher.js';

export function routeNamer(matcher: ReturnType<typeof routeMatcher>): (req: IncomingMessage) => string {
  return (req) => {
    const path = ((req as { originalUrl?: string }).originalUrl ?? req.url ?? '').split('?')[0];
    if (path.startsWith('/api/')) return matcher(req.method ?? '', path)?.route ?? 'api:unmatched';
    if (path in SCREENS) return path;
    if (path.startsWith('/assets/')) return '/assets/*';
    if (path.startsWith('/socket.io/')) return '/socket.io/*';
    if (path === '/metrics') return path;
    return 'other';
  };
}

/** Times every answer into the HTTP duration histogram. */
export function timeRequests(metrics: Metrics, routeOf: (req: IncomingMessage) => string): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      metrics.observeRequest(req.method, routeOf(req), res.statusCode, Number(process.hrtime.bigint() - started) / 1e9);
    });
    next();
  };
}
