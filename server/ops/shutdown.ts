// A graceful stop (SIGTERM): stop accepting connections, let the requests in flight finish, close
// the sockets (screens reconnect to the next server and resync), stop the webhook deliveries, then checkpoint the WAL into the
// database file and close it. After `graceMs` the stragglers are cut off.
import type { Application } from '../app.js';
import type { Store } from '../store/database.js';

/** How long requests in flight may run after SIGTERM; deploy/motcua.service's TimeoutStopSec is above it. */
export const DRAIN_GRACE_MS = 10_000;

export async function drain(app: Application, store: Store, graceMs = DRAIN_GRACE_MS): Promise<void> {
  const closed = new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
  app.httpServer.closeIdleConnections();
  app.io.disconnectSockets(true);
  const timer = setTimeout(() => app.httpServer.closeAllConnections(), graceMs);
  await closed;
  clearTimeout(timer);
  await app.io.close();
  // Attempts in flight are cut off and stay pending: the next start sends them again.
  await app.webhooks.close();
  store.raw.pragma('wal_checkpoint(TRUNCATE)');
  store.close();
}
