// The delivery worker: in the server process, off the request path. It is woken after each commit
// that wrote outbox events (and by a timer for retries), sends what is due with bounded concurrency —
// never an event of a ticket before the previous one of that ticket to the same endpoint was
// answered 2xx — and records each attempt in SQLite, so a restart (even a SIGKILL) resumes where it
// stopped. Failed attempts are retried with backoff and jitter (shared/rules/webhook-retry.ts) for a
// day, then given up, for an admin to see and replay. Delivery is at least once: receivers drop
// repeats by the event id.
import { checkWebhookUrl } from '../../shared/rules/webhook-url.js';
import { nextAttemptAt } from '../../shared/rules/webhook-retry.js';
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/database.js';
import { onOutboxCommit } from '../store/outbox-queries.js';
import {
  activeEndpointIds,
  dueDeliveries,
  failBlocked,
  markAttemptFailed,
  markDelivered,
  nextDueAfter,
  pruneOutbox,
  type DueDelivery,
} from '../store/webhook-queries.js';
import { describeFailure, postWebhook } from './webhook-post.js';
import { personalFields } from './webhook-personal-data.js';
import { signedHeaders } from './webhook-signature.js';

export interface WebhookSettings {
  /** MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS: hosts that may be reached over plain http and at private addresses. */
  allowHttpHosts: readonly string[];
}

/** Events are kept this long (a replay reaches back as far), unless an endpoint is still trying one. */
export const OUTBOX_KEEP_DAYS = 30;
/** A receiver that has not answered by then has failed this attempt. */
const TIMEOUT_MS = 10_000;
/** Requests in flight at once, for every endpoint together and for one endpoint. */
const CONCURRENCY = 8;
const PER_ENDPOINT = 2;
/** With nothing due sooner, the worker looks again after this long (and prunes once an hour). */
const IDLE_LOOK_MS = 60_000;
const PRUNE_EVERY_MS = 3600_000;

export class WebhookDelivery {
  /** Attempts in flight: `endpoint:seq` → endpoint id. */
  private readonly inFlight = new Map<string, number>();
  private readonly attempts = new Set<Promise<void>>();
  private readonly stopping = new AbortController();
  private scheduled: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastPrune = -Infinity;
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly settings: WebhookSettings,
    private readonly onError: (err: unknown) => void,
  ) {}

  /** Starts with whatever a previous run left undelivered, and listens for new events. */
  start(): void {
    onOutboxCommit(this.store, () => this.wake());
    this.wake();
  }

  /** Looks for due deliveries right after the current work (a commit), once however often it is told. */
  wake(): void {
    if (this.closed || this.scheduled) return;
    this.scheduled = new Promise((resolve) =>
      setImmediate(() => {
        this.scheduled = null;
        this.pass();
        resolve();
      }),
    );
  }

  /**
   * Sends what is due now and waits until those attempts, and the ones their answers let through (a
   * ticket's next event), are answered: how a test lets the worker run after moving the clock.
   */
  async sendDue(): Promise<void> {
    this.wake();
    while (this.scheduled || this.attempts.size > 0) await Promise.all([this.scheduled, ...this.attempts]);
  }

  /** Stops: no new attempt; those in flight are aborted and stay pending, to be sent again after the restart. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.stopping.abort(new Error('the server is stopping'));
    await Promise.all([this.scheduled, ...this.attempts]);
  }

  private pass(): void {
    if (this.closed) return;
    try {
      const now = this.clock();
      if (now - this.lastPrune >= PRUNE_EVERY_MS) {
        pruneOutbox(this.store, now - OUTBOX_KEEP_DAYS * 86_400_000);
        this.lastPrune = now;
      }
      failBlocked(this.store, now);
      this.startDue(now);
      this.arm(now);
    } catch (err) {
      // A busy or failing database: the deliveries stay pending; the next wake or the timer tries again.
      this.onError(err);
      this.arm(this.clock());
    }
  }

  /** Starts due deliveries, endpoint by endpoint, within the bounds (a slow endpoint never holds up the others). */
  private startDue(now: number): void {
    const busy = new Map<number, number>();
    for (const endpointId of this.inFlight.values()) busy.set(endpointId, (busy.get(endpointId) ?? 0) + 1);
    for (const id of activeEndpointIds(this.store)) {
      const running = busy.get(id) ?? 0;
      const room = Math.min(PER_ENDPOINT - running, CONCURRENCY - this.inFlight.size);
      if (room <= 0) continue;
      // The rows in flight are still due: read past them.
      let started = 0;
      for (const d of dueDeliveries(this.store, id, now, room + running)) {
        if (started === room) break;
        const key = `${d.endpoint_id}:${d.event_seq}`;
        if (this.inFlight.has(key)) continue;
        this.attempt(d, key);
        started++;
      }
    }
  }

  /** Wakes when the next retry falls due (a clock set far ahead or running fast is looked at within a minute). */
  private arm(now: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    const next = nextDueAfter(this.store, now);
    this.timer = setTimeout(() => this.wake(), next === null ? IDLE_LOOK_MS : Math.min(IDLE_LOOK_MS, next - now));
    this.timer.unref();
  }

  private attempt(d: DueDelivery, key: string): void {
    this.inFlight.set(key, d.endpoint_id);
    const done = this.send(d)
      .then((error) => this.record(d, error))
      .catch((err: unknown) => this.onError(err))
      .finally(() => {
        this.inFlight.delete(key);
        this.attempts.delete(done);
        this.wake();
      });
    this.attempts.add(done);
  }

  /** One attempt: null when the receiver answered 2xx, else why it failed. */
  private async send(d: DueDelivery): Promise<string | null> {
    // Checked again at each attempt: the operator's allow-list may have changed since the endpoint was made.
    const target = checkWebhookUrl(d.url, this.settings.allowHttpHosts);
    if (!target.ok) return `refused: the address is ${target.problem} (see MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS)`;
    const body = JSON.stringify({
      id: d.public_id,
      seq: d.event_seq,
      type: d.type,
      at: d.at,
      centerId: d.center_id,
      // The outbox holds no personal data; only a scoped key could add any (none can today).
      data: { ...(JSON.parse(d.payload) as object), ...personalFields(d.endpoint_id) },
    });
    try {
      const status = await postWebhook({
        url: target.url,
        body,
        // Signed with the real time: a receiver compares it with its own clock.
        headers: signedHeaders(d.public_id, d.secret, body, Date.now()),
        privateAllowed: target.allowListed,
        timeoutMs: TIMEOUT_MS,
        signal: this.stopping.signal,
      });
      if (status >= 200 && status < 300) return null;
      return status >= 300 && status < 400 ? `HTTP ${status} (redirects are not followed)` : `HTTP ${status}`;
    } catch (err) {
      return describeFailure(err, TIMEOUT_MS);
    }
  }

  private record(d: DueDelivery, error: string | null): void {
    // Stopping: the attempt was cut off and stays pending, to be sent after the restart.
    if (this.closed) return;
    const now = this.clock();
    if (error === null) return markDelivered(this.store, d.endpoint_id, d.event_seq, now);
    const firstAttemptAt = d.first_attempt_at ?? now;
    const nextAt = nextAttemptAt({ firstAttemptAt, attempts: d.attempts + 1, now }, Math.random);
    markAttemptFailed(this.store, d.endpoint_id, d.event_seq, { now, firstAttemptAt, error, nextAt });
  }
}
