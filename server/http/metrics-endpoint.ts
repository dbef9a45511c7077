// GET /metrics for Prometheus, behind the operator's token (MOTCUA_METRICS_TOKEN) on the public
// port, or on a port of its own (MOTCUA_METRICS_PORT) that the operator keeps off the hall's network.
import type { RequestHandler } from 'express';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Metrics } from '../ops/metrics.js';

const digest = (text: string) => createHash('sha256').update(text).digest();

/** `token`: the bearer token a scrape must send; null on the metrics port, which is private by placement. */
export function metricsEndpoint(metrics: Metrics, token: string | null): RequestHandler {
  const expected = token === null ? null : digest(`Bearer ${token}`);
  return (req, res, next) => {
    if (expected && !timingSafeEqual(digest(req.get('authorization') ?? ''), expected)) {
      res
        .status(401)
        .set('WWW-Authenticate', 'Bearer')
        .json({ error: { code: 'unauthenticated', message: 'metrics token required' } });
      return;
    }
    metrics.registry.metrics().then((text) => {
      res.type(metrics.registry.contentType).send(text);
    }, next);
  };
}

/** The metrics port's whole application: /metrics and nothing else. */
export function metricsOnly(metrics: Metrics): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":{"code":"not-found","message":"/metrics only"}}');
      return;
    }
    metrics.registry.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  };
}
