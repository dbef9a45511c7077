// Builds the whole application over a store and a clock: HTTP API, pages and sockets.
// `main.ts` only reads the environment and listens; tests call this with a temp database.
import express from 'express';
import { createServer, type Server as HttpServer } from 'node:http';
import type { Clock } from './domain/clock.js';
import { DomainError } from './domain/domain-error.js';
import { createDomain, type Domain } from './domain/index.js';
import { sessionResolver } from './http/auth-guard.js';
import { errorHandler, notFoundHandler } from './http/errors.js';
import { pageRoutes } from './http/pages.js';
import { authRoutes } from './http/routes/auth-routes.js';
import { bookingRoutes, centerBookingRoutes } from './http/routes/booking-routes.js';
import { calendarRoutes } from './http/routes/calendar-routes.js';
import { centerRoutes } from './http/routes/center-routes.js';
import { counterRoutes } from './http/routes/counter-routes.js';
import { ticketRoutes } from './http/routes/ticket-routes.js';
import { broadcaster, createSocketServer, type MotcuaIo } from './realtime/socket-server.js';
import type { Store } from './store/database.js';

export interface AppOptions {
  store: Store;
  clock: Clock;
  /** Vite's output folder with the built screens. */
  distDir: string;
}

export interface Application {
  httpServer: HttpServer;
  io: MotcuaIo;
  domain: Domain;
  close(): Promise<void>;
}

export function createApplication({ store, clock, distDir }: AppOptions): Application {
  let io: MotcuaIo | undefined;
  const domain = createDomain(store, clock, broadcaster(() => io));

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const api = express.Router();
  api.use(express.json({ limit: '16kb' }));
  // Every write is JSON: a form post from another site (which needs no CORS preflight) is refused.
  api.use((req, _res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD' && !req.is('application/json')) {
      throw new DomainError('unsupported-media-type');
    }
    next();
  });
  api.use(sessionResolver(domain.auth));
  api.get('/health', (_req, res) => {
    store.first('SELECT 1');
    res.json({ status: 'ok' });
  });
  api.use('/auth', authRoutes(domain));
  api.use('/centers', centerRoutes(domain));
  api.use('/centers/:centerId', calendarRoutes(domain), centerBookingRoutes(domain));
  api.use('/bookings', bookingRoutes(domain));
  api.use('/tickets', ticketRoutes(domain));
  api.use('/counters', counterRoutes(domain));
  api.use(notFoundHandler);
  api.use(errorHandler);
  app.use('/api', api);
  app.use(pageRoutes(distDir));

  const httpServer = createServer(app);
  io = createSocketServer(httpServer, domain);

  return {
    httpServer,
    io,
    domain,
    close: () =>
      new Promise<void>((resolve) => {
        io!.close(() => resolve());
        httpServer.closeAllConnections();
      }),
  };
}
