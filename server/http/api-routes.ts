// Every route of the API, declared once (route-spec.ts): mounted by app.ts, written into
// docs/security.md by scripts/route-table.ts, walked by the permission test.
import type { Clock } from '../domain/clock.js';
import type { Domain } from '../domain/index.js';
import type { WebhookEndpoints } from '../integration/webhook-endpoints.js';
import { ReadinessProbe } from '../ops/readiness.js';
import type { Backups } from '../ops/backup.js';
import type { PushSubscriptions } from '../push/push-subscriptions.js';
import type { Store } from '../store/database.js';
import type { LoginThrottle } from './login-throttle.js';
import { openApiDocument } from './openapi.js';
import { defineRoute, type RouteSpec } from './route-spec.js';
import { adminRoutes } from './routes/admin-routes.js';
import { apiKeyRoutes } from './routes/api-key-routes.js';
import { auditRoutes } from './routes/audit-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { boardRoutes } from './routes/board-routes.js';
import { bookingRoutes } from './routes/booking-routes.js';
import { calendarRoutes } from './routes/calendar-routes.js';
import { centerRoutes } from './routes/center-routes.js';
import { citizenRoutes } from './routes/citizen-routes.js';
import { counterRoutes } from './routes/counter-routes.js';
import { deviceRoutes } from './routes/device-routes.js';
import { indicatorRoutes } from './routes/indicator-routes.js';
import { pushRoutes } from './routes/push-routes.js';
import { recordsRoutes } from './routes/records-routes.js';
import { settingsRoutes } from './routes/settings-routes.js';
import { staffRoutes } from './routes/staff-routes.js';
import { ticketRoutes } from './routes/ticket-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';

/** The version the API description states (package.json's). */
const API_VERSION = '0.1.0';

export interface ApiDeps {
  store: Store;
  clock: Clock;
  domain: Domain;
  backups: Backups;
  /** Hours between scheduled backups, 0 when off (readiness). */
  backupHours: number;
  /** The status page's call-back notifications. */
  push: PushSubscriptions;
  throttle: LoginThrottle;
  webhooks: WebhookEndpoints;
  /** Cut the live sockets of a session, an account or a screen whose access just ended. */
  disconnect: { session: (id: string) => void; staff: (id: number) => void; device: (id: number) => void };
}

export function apiRoutes({ store, clock, domain, backups, backupHours, push, throttle, webhooks, disconnect }: ApiDeps): RouteSpec[] {
  const ready = new ReadinessProbe({ store, clock, backups, backupHours });
  const routes: RouteSpec[] = [
    defineRoute({
      method: 'GET',
      path: '/health',
      summary: 'The process answers and the database reads',
      access: { who: 'public', scope: 'none' },
      handle: () => {
        store.first('SELECT 1');
        return { status: 'ok' };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/health/live',
      summary: 'Liveness: the process answers',
      access: { who: 'public', scope: 'none' },
      handle: ({ res }) => {
        res.type('application/health+json').send(JSON.stringify({ status: 'pass', serviceId: 'motcua' }));
        return undefined;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/health/ready',
      summary: 'Readiness (IETF health check): a write commits and migrations are applied; disk and backup age warn',
      access: { who: 'public', scope: 'none' },
      handle: async ({ res }) => {
        const answer = await ready.check();
        res
          .status(answer.status === 'fail' ? 503 : 200)
          .type('application/health+json')
          .send(JSON.stringify(answer));
        return undefined;
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/time',
      summary: "The server's clock, for the screens' clocks (it may be set apart from real time: MOTCUA_CLOCK)",
      access: { who: 'public', scope: 'none', limit: 'public' },
      handle: () => ({ serverTime: clock() }),
    }),
    ...authRoutes(domain, throttle, disconnect.session),
    ...centerRoutes(domain),
    ...calendarRoutes(domain),
    ...bookingRoutes(domain),
    ...boardRoutes(domain),
    ...indicatorRoutes(domain),
    ...ticketRoutes(domain),
    ...citizenRoutes(domain),
    ...pushRoutes(push),
    ...settingsRoutes(domain),
    ...counterRoutes(domain),
    ...auditRoutes(domain),
    ...deviceRoutes(domain, disconnect.device),
    ...webhookRoutes(webhooks),
    ...apiKeyRoutes(domain),
    ...recordsRoutes(domain),
    ...staffRoutes(domain, disconnect.staff),
    ...adminRoutes(backups),
  ];
  // Written from the list it is part of, once, when first asked.
  let openApi: unknown = null;
  routes.push(
    defineRoute({
      method: 'GET',
      path: '/openapi.json',
      summary: 'This API described in OpenAPI 3.1, from the route declarations',
      access: { who: 'public', scope: 'none', limit: 'public' },
      handle: () => (openApi ??= openApiDocument(routes, API_VERSION)),
    }),
  );
  return routes;
}
