// A real motcua server for integration tests: a SQLite file in a temp dir, the demo center seeded,
// the HTTP API and Socket.IO on 127.0.0.1 at a free port, and a clock the test sets by hand.
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApplication, type Application } from '../../server/app.js';
import { drain } from '../../server/ops/shutdown.js';
import { seedDemoCenter, type SeedResult } from '../../server/demo/seed.js';
import type { Limits } from '../../server/limits.js';
import type { BackupSettings } from '../../server/ops/backup.js';
import type { PushSettings } from '../../server/push/web-push.js';
import type { WebhookSettings } from '../../server/integration/webhook-delivery.js';
import { Store } from '../../server/store/database.js';
import { NEXT_MONDAY, vnTime } from './test-dates.js';

export const DEMO_CENTER_ID = 'hoa-binh';
export const DEMO_PASSWORDS = { admin: 'admin-pass', demo: 'demo-pass' } as const;

/** 09:00 local time on the run's test Monday (an ordinary working day), in Asia/Ho_Chi_Minh. */
export const MONDAY_9AM = vnTime(NEXT_MONDAY, '09:00');

export interface TestClock {
  now: () => number;
  set: (ms: number) => void;
  advance: (ms: number) => void;
}

export interface TestServer {
  /** Changes on restart (a new free port). */
  readonly baseUrl: string;
  readonly store: Store;
  readonly app: Application;
  readonly clock: TestClock;
  readonly dir: string;
  /** What seeding did at the latest start: null when the database already had data. */
  readonly seeded: SeedResult | null;
  /** Closes the app and the store, and removes the temp dir. */
  stop(): Promise<void>;
  /** Closes the app and the store, then starts again over the same database file. */
  restart(): Promise<void>;
  /** Stops serving (screens see the server gone) until `resume()` starts it again on the same port. */
  pause(): Promise<void>;
  resume(): Promise<void>;
  /**
   * Stops the way SIGTERM does (server/ops/shutdown.ts: every socket is told `io server disconnect`,
   * the WAL is checkpointed), then starts again on the same port over the same database file.
   */
  drainAndRestart(): Promise<void>;
}

function settableClock(start: number): TestClock {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

async function listen(app: Application, port = 0): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once('error', reject);
    app.httpServer.listen(port, '127.0.0.1', () => resolve());
  });
  const bound = app.httpServer.address() as AddressInfo;
  return `http://127.0.0.1:${bound.port}`;
}

export interface TestServerOptions {
  /** Serve the built screens (browser tests); by default the server answers the API only. */
  distDir?: string;
  /** Rate limits, login lockout and idle timeout (hardening tests); default: none. */
  limits?: Limits;
  /** The trusted reverse proxies (MOTCUA_TRUST_PROXY); default: the server's (loopback). */
  trustProxy?: readonly string[] | false;
  /** Where backups go, given the server's temp dir; default: the server's (DIR/backups, 14 days). */
  backups?: (dir: string) => BackupSettings;
  /** Web Push: the allowed push services, and for a local receiver its certificate and a stand-in for DNS. */
  push?: PushSettings;
  /** Where webhooks may go besides https to public addresses; default: the server's (nowhere else). */
  webhooks?: WebhookSettings;
  /** MOTCUA_PUBLIC_URL: the tickets' QR address; default: none (the kiosk's own). */
  publicUrl?: string;
  /** False: wait ranges are forecast only when the test calls `app.domain.forecaster.refresh`; default true. */
  autoForecast?: boolean;
}

export async function startTestServer(at: number = MONDAY_9AM, options: TestServerOptions = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-test-'));
  const file = join(dir, 'motcua.sqlite');
  const clock = settableClock(at);
  const distDir = options.distDir ?? join(dir, 'no-dist');

  let store!: Store;
  let app!: Application;
  let baseUrl = '';
  let seeded: SeedResult | null = null;
  let running = false;

  const boot = async (port = 0) => {
    store = new Store(file);
    seeded = await seedDemoCenter(store, clock.now, DEMO_PASSWORDS);
    app = createApplication({
      store,
      clock: clock.now,
      distDir,
      limits: options.limits,
      trustProxy: options.trustProxy,
      backups: options.backups?.(dir),
      push: options.push,
      webhooks: options.webhooks,
      publicUrl: options.publicUrl ?? null,
      autoForecast: options.autoForecast,
    });
    baseUrl = await listen(app, port);
    running = true;
  };
  const shutdown = async () => {
    if (!running) return;
    running = false;
    await app.close();
    store.close();
  };

  try {
    await boot();
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }

  return {
    get baseUrl() {
      return baseUrl;
    },
    get store() {
      return store;
    },
    get app() {
      return app;
    },
    get seeded() {
      return seeded;
    },
    clock,
    dir,
    async stop() {
      await shutdown();
      rmSync(dir, { recursive: true, force: true });
    },
    async restart() {
      await shutdown();
      await boot();
    },
    async pause() {
      await shutdown();
    },
    async resume() {
      await boot(Number(new URL(baseUrl).port));
    },
    async drainAndRestart() {
      const port = Number(new URL(baseUrl).port);
      running = false;
      await drain(app, store);
      await boot(port);
    },
  };
}
