// Builds the whole application over a store and a clock: HTTP API, pages and sockets.
// `main.ts` only reads the environment and listens; tests call this with a temp database.
import express, { type Express } from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import { dirname, join } from 'node:path';
import type { Clock } from './domain/clock.js';
import { DomainError } from './domain/domain-error.js';
import { createDomain, type Domain } from './domain/index.js';
import { auditTrail } from './http/audit-trail.js';
import { apiKeyResolver, sessionResolver } from './http/auth-guard.js';
import { deviceResolver } from './http/device-guard.js';
import { apiRoutes } from './http/api-routes.js';
import { LoginThrottle } from './http/login-throttle.js';
import { mountRoutes } from './http/mount-routes.js';
import { routeMatcher } from './http/route-matcher.js';
import { fullPath, type RouteSpec } from './http/route-spec.js';
import { TokenBuckets } from './http/rate-limit.js';
import { sameOriginWrites } from './http/same-origin.js';
import { securityHeaders } from './http/security-headers.js';
import { NO_LIMITS, type Limits } from './limits.js';
import { silentLogger, requestLogger, type Logger } from './ops/logger.js';
import { Metrics } from './ops/metrics.js';
import { metricsEndpoint } from './http/metrics-endpoint.js';
import { routeNamer, timeRequests } from './http/observe-requests.js';
import { Backups, type BackupSettings } from './ops/backup.js';
import { WebhookDelivery, type WebhookSettings } from './integration/webhook-delivery.js';
import { WebhookEndpoints } from './integration/webhook-endpoints.js';
import { answerClientError, errorHandler, notFoundHandler } from './http/errors.js';
import { pageRoutes } from './http/pages.js';
import { WebPush, type PushSettings } from './push/web-push.js';
import { broadcaster, createSocketServer, disconnectWhere, type MotcuaIo } from './realtime/socket-server.js';
import type { TrustProxy } from './realtime/socket-quota.js';
import type { Store } from './store/database.js';

export interface AppOptions {
  store: Store;
  clock: Clock;
  /** Vite's output folder with the built screens. */
  distDir: string;
  /** Rate limits, login lockout, idle timeout; main.ts passes readLimits(env). Default: none (tests of other features). */
  limits?: Limits;
  /** Where backups go and how long they are kept; default DATA_DIR/backups (next to the database), 14 days. */
  backups?: BackupSettings;
  /** Hours between scheduled backups (readiness warns when the newest is older); 0: off, not checked. */
  backupHours?: number;
  /** Structured logs (server/ops/logger.ts); default: none (tests). */
  logger?: Logger;
  /** Log each request's client address (MOTCUA_LOG_IP). */
  logIp?: boolean;
  /** GET /metrics on this port's app answers only with `Authorization: Bearer <token>`; unset: no /metrics here. */
  metricsToken?: string;
  /**
   * The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto are believed (MOTCUA_TRUST_PROXY):
   * express's 'trust proxy' list (loopback, uniquelocal, addresses, CIDR ranges); false: none. Default loopback.
   */
  trustProxy?: readonly string[] | false;
  /** Web Push call-backs: the allowed push services and the VAPID contact (MOTCUA_PUSH_*); default: the big browsers' services. */
  push?: PushSettings;
  /** Where webhooks may go besides https to public addresses (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS); default: nowhere else. */
  webhooks?: WebhookSettings;
  /** False: wait ranges are forecast only when `domain.forecaster.refresh` asks (MOTCUA_WAIT_RANGE=off: never; tests that say when); default true. */
  autoForecast?: boolean;
  /** MOTCUA_PUBLIC_URL: the tickets' QR address of centers without their own; default: none (the kiosk's address). */
  publicUrl?: string | null;
}

export interface Application {
  httpServer: HttpServer;
  io: MotcuaIo;
  domain: Domain;
  express: Express;
  /** Every API route as declared (route-spec.ts). */
  routes: readonly RouteSpec[];
  backups: Backups;
  metrics: Metrics;
  /** Call-back notifications; main.ts starts its minute round (`schedule`). */
  push: WebPush;
  /** The webhook delivery worker (server/integration/webhook-delivery.ts). */
  webhooks: WebhookDelivery;
  close(): Promise<void>;
}

export function createApplication(options: AppOptions): Application {
  const { store, clock, distDir, limits = NO_LIMITS, backups: backupSettings, logger = silentLogger } = options;
  // Made last (it needs the HTTP server); the domain's sink and the metrics read it when they run.
  let io: MotcuaIo | undefined = undefined;
  const backups = new Backups(store.raw, backupSettings ?? { dir: join(dirname(store.raw.name), 'backups'), keepDays: 14 });
  const metrics = new Metrics({ store, clock, backups, io: () => io });
  const broadcast = broadcaster(() => io);
  const domain = createDomain(
    store,
    clock,
    (centerId, event) => {
      metrics.observeEvent(centerId, event);
      broadcast(centerId, event);
      // After the sockets were told: a call is pushed to the phone that opted in, on a later turn.
      push.notices.observe(event);
    },
    {
      idleMs: limits.idleMinutes * 60_000,
      onError: (err) => logger.error({ err }, 'wait forecast failed'),
      publicUrl: options.publicUrl ?? null,
      autoForecast: options.autoForecast ?? true,
    },
  );
  const push = new WebPush(store, clock, domain, logger, options.push);
  store.onCheckpointError = (err) => logger.error({ err }, 'WAL checkpoint failed');
  const webhookSettings = options.webhooks ?? { allowHttpHosts: [] };
  const webhooks = new WebhookDelivery(store, clock, webhookSettings, (err) => logger.error({ err }, 'webhook delivery failed'));
  const routes = apiRoutes({
    store,
    clock,
    domain,
    backups,
    backupHours: options.backupHours ?? 0,
    push: push.subscriptions,
    throttle: new LoginThrottle(limits.login),
    webhooks: new WebhookEndpoints(store, clock, domain.reader, webhookSettings, webhooks),
    disconnect: {
      session: (id) => disconnectWhere(io, (d) => d.sessionId === id),
      staff: (id) => disconnectWhere(io, (d) => d.staff?.id === id),
      device: (id) => disconnectWhere(io, (d) => d.deviceId === id),
    },
  });
  const matcher = routeMatcher(routes.map((r) => ({ method: r.method, path: fullPath(r) })));
  const routeOf = routeNamer(matcher);

  const app = express();
  app.disable('x-powered-by');
  // Live data comes by socket, never by re-polling a GET: hashing every answer for an ETag buys nothing.
  // (The built pages keep theirs: express.static sets its own.)
  app.disable('etag');
  // req.ip and req.secure (the session cookie's Secure flag) follow X-Forwarded-* from these proxies only.
  const trustProxy = options.trustProxy ?? ['loopback'];
  app.set('trust proxy', trustProxy === false ? false : [...trustProxy]);
  app.use(requestLogger(logger, routeOf, { withIp: options.logIp ?? false }));
  app.use(timeRequests(metrics, routeOf));
  app.use(securityHeaders);
  if (options.metricsToken) app.get('/metrics', metricsEndpoint(metrics, options.metricsToken));
  const api = express.Router();
  api.use(express.json({ limit: '16kb' }));
  // Every write is JSON: a form post from another site (which needs no CORS preflight) is refused.
  api.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.is('application/json')) {
      throw new DomainError('unsupported-media-type');
    }
    next();
  });
  api.use(sameOriginWrites);
  api.use(sessionResolver(domain.auth));
  api.use(apiKeyResolver(domain.apiKeys, new TokenBuckets(limits.apiKeyPerKey)));
  api.use(deviceResolver(domain.devices));
  api.use(auditTrail(domain.audit, matcher));
  api.use(mountRoutes(routes, domain, limits));
  api.use(notFoundHandler);
  api.use(errorHandler);
  app.use('/api', api);
  app.use(pageRoutes(distDir));

  const httpServer = createServer(app);
  httpServer.on('clientError', answerClientError);
  io = createSocketServer(httpServer, domain, limits.socketsPerIp, app.get('trust proxy fn') as TrustProxy, logger, push.notices);
  webhooks.start();

  return {
    httpServer,
    io,
    domain,
    express: app,
    routes,
    backups,
    metrics,
    push,
    webhooks,
    close: async () => {
      push.close();
      const closed = io.close();
      httpServer.closeAllConnections();
      await Promise.all([closed, domain.forecaster.close(), webhooks.close()]);
    },
  };
}
