// Prometheus metrics (prom-client) for the province's monitoring: Node's own (event-loop lag, heap,
// GC), HTTP durations by route pattern, live sockets by kind, the queue per center and field, the
// wait estimate's error, the WAL's size, the last backup's age and each webhook endpoint's backlog.
// One registry per application.
import { statSync } from 'node:fs';
import { Counter, Gauge, Histogram, Registry, Summary, collectDefaultMetrics } from 'prom-client';
import type { CenterEvent } from '../domain/center-events.js';
import type { Clock } from '../domain/clock.js';
import type { MotcuaIo } from '../realtime/socket-server.js';
import type { Store } from '../store/database.js';
import { getField } from '../store/catalog-queries.js';
import { waitingOverview } from '../store/queue-queries.js';
import { backlogByEndpoint } from '../store/webhook-queries.js';
import type { Backups } from './backup.js';

export interface MetricSources {
  store: Store;
  clock: Clock;
  backups: Backups;
  io: () => MotcuaIo | undefined;
}

/** What a socket is for: a staff screen, a citizen's phone, a public display, or not joined yet. */
function socketKind(data: { staff?: unknown; ticketId?: number | null; centerId?: string | null }): string {
  if (data.staff) return 'staff';
  if (data.ticketId != null) return 'phone';
  return data.centerId ? 'display' : 'idle';
}

export class Metrics {
  readonly registry = new Registry();
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly issued: Counter<'center' | 'field'>;
  private readonly calls: Counter<'center' | 'field'>;
  private readonly noShows: Counter<'center' | 'field'>;
  private readonly estimateError: Summary<'center'>;
  private readonly prefixes = new Map<number, string>();
  private readonly store: Store;

  constructor({ store, clock, backups, io }: MetricSources) {
    this.store = store;
    const registers = [this.registry];
    collectDefaultMetrics({ register: this.registry, prefix: 'motcua_' });
    this.http = new Histogram({
      name: 'motcua_http_request_duration_seconds',
      help: 'HTTP answers by route pattern, method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    const perField = { labelNames: ['center', 'field'] as const, registers };
    this.issued = new Counter({ name: 'motcua_tickets_issued_total', help: 'Tickets issued since start', ...perField });
    this.calls = new Counter({ name: 'motcua_calls_total', help: 'Calls (first calls, not recalls) since start', ...perField });
    this.noShows = new Counter({ name: 'motcua_no_shows_total', help: 'Tickets marked no-show since start', ...perField });
    this.estimateError = new Summary({
      name: 'motcua_wait_estimate_error_minutes',
      help: "How far the slip's estimated wait was from the actual wait, at each call, over the last hour",
      labelNames: ['center'],
      percentiles: [0.5, 0.9],
      maxAgeSeconds: 3600,
      ageBuckets: 6,
      registers,
    });
    // Read at scrape time, so they never drift from the database.
    new Gauge({
      name: 'motcua_queue_waiting',
      help: 'Tickets waiting now',
      ...perField,
      collect() {
        this.reset();
        for (const r of waitingOverview(store)) this.set({ center: r.centerId, field: r.prefix }, r.waiting);
      },
    });
    new Gauge({
      name: 'motcua_queue_oldest_wait_seconds',
      help: 'How long the longest-waiting ticket has waited',
      ...perField,
      collect() {
        this.reset();
        const now = clock();
        for (const r of waitingOverview(store))
          this.set({ center: r.centerId, field: r.prefix }, Math.max(0, (now - r.oldestIssuedAt) / 1000));
      },
    });
    new Gauge({
      name: 'motcua_sockets_connected',
      help: 'Live sockets by kind (display, phone, staff, idle)',
      labelNames: ['kind'],
      registers,
      collect() {
        this.reset();
        for (const kind of ['display', 'phone', 'staff', 'idle']) this.set({ kind }, 0);
        for (const socket of io()?.of('/').sockets.values() ?? []) this.inc({ kind: socketKind(socket.data) });
      },
    });
    new Gauge({
      name: 'motcua_sqlite_wal_bytes',
      help: "Size of the database's write-ahead log",
      registers,
      collect() {
        try {
          this.set(statSync(`${store.raw.name}-wal`).size);
        } catch {
          this.set(0);
        }
      },
    });
    const perEndpoint = { labelNames: ['center', 'endpoint'] as const, registers };
    new Gauge({
      name: 'motcua_webhook_backlog',
      help: 'Webhook events not delivered yet and still being tried, per endpoint',
      ...perEndpoint,
      collect() {
        this.reset();
        for (const r of backlogByEndpoint(store)) this.set({ center: r.centerId, endpoint: String(r.endpointId) }, r.backlog);
      },
    });
    new Gauge({
      name: 'motcua_webhook_failed',
      help: 'Webhook events given up after a day of retries, per endpoint (a replay sends them again)',
      ...perEndpoint,
      collect() {
        this.reset();
        for (const r of backlogByEndpoint(store)) this.set({ center: r.centerId, endpoint: String(r.endpointId) }, r.failed);
      },
    });
    new Gauge({
      name: 'motcua_backup_age_seconds',
      help: 'Seconds since the newest backup (+Inf while there is none)',
      registers,
      collect() {
        const at = backups.lastBackupAt();
        this.set(at === null ? Infinity : Math.max(0, (clock() - at) / 1000));
      },
    });
  }

  /** A field's prefix (the label the queue gauges use too); fields are never renamed while running. */
  private prefixOf(fieldId: number): string {
    let prefix = this.prefixes.get(fieldId);
    if (prefix === undefined) this.prefixes.set(fieldId, (prefix = getField(this.store, fieldId)?.prefix ?? String(fieldId)));
    return prefix;
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    this.http.observe({ method, route, status: String(status) }, seconds);
  }

  /** Counts what the domain committed (the same events the screens get). */
  observeEvent(centerId: string, event: CenterEvent): void {
    const labels = (fieldId: number) => ({ center: centerId, field: this.prefixOf(fieldId) });
    if (event.name === 'ticket:issued') this.issued.inc(labels(event.payload.ticket.fieldId));
    if (event.name === 'ticket:no-show') this.noShows.inc(labels(event.payload.ticket.fieldId));
    if (event.name === 'ticket:called' && event.payload.ticket.recallCount === 0) {
      const { ticket } = event.payload;
      this.calls.inc(labels(ticket.fieldId));
      if (ticket.calledAt !== null && ticket.estimatedWaitMinutes !== null) {
        this.estimateError.observe(
          { center: centerId },
          Math.abs((ticket.calledAt - ticket.issuedAt) / 60_000 - ticket.estimatedWaitMinutes),
        );
      }
    }
  }
}
