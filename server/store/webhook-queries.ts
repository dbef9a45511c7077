// SQL for webhook endpoints and their deliveries (migration 0011): what the admin sees of an
// endpoint, what is due and may be sent (never an event of a ticket while an earlier one of that
// ticket is undelivered to the same endpoint), each attempt's outcome, replays and pruning.
import type { WebhookEndpointView, WebhookEventType } from '../../shared/types.js';
import type { Store } from './database.js';

interface EndpointRow {
  id: number;
  center_id: string;
  url: string;
  active: number;
  created_at: number;
  disabled_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  last_error_at: number | null;
  types: string;
  backlog: number;
  failed: number;
  oldest_undelivered_id: string | null;
}

/** An endpoint's events still being tried and given up, read from the index of undelivered ones. */
const COUNTS = `(SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = w.id AND d.delivered_at IS NULL AND d.failed_at IS NULL) AS backlog,
    (SELECT COUNT(*) FROM webhook_deliveries d WHERE d.endpoint_id = w.id AND d.delivered_at IS NULL AND d.failed_at IS NOT NULL) AS failed`;

const ENDPOINT_SELECT = `SELECT w.id, w.center_id, w.url, w.active, w.created_at, w.disabled_at, w.last_success_at,
    w.last_error, w.last_error_at,
    (SELECT group_concat(type) FROM webhook_endpoint_types s WHERE s.endpoint_id = w.id) AS types, ${COUNTS},
    (SELECT e.public_id FROM webhook_deliveries d JOIN outbox_events e ON e.seq = d.event_seq
      WHERE d.endpoint_id = w.id AND d.delivered_at IS NULL ORDER BY d.event_seq LIMIT 1) AS oldest_undelivered_id
  FROM webhook_endpoints w`;

const toView = (r: EndpointRow): WebhookEndpointView => ({
  id: r.id,
  centerId: r.center_id,
  url: r.url,
  eventTypes: (r.types ? r.types.split(',') : []) as WebhookEventType[],
  active: r.active === 1,
  createdAt: r.created_at,
  disabledAt: r.disabled_at,
  backlog: r.backlog,
  failed: r.failed,
  lastSuccessAt: r.last_success_at,
  lastError: r.last_error,
  lastErrorAt: r.last_error_at,
  oldestUndeliveredId: r.oldest_undelivered_id,
});

export function endpointsOfCenter(store: Store, centerId: string): WebhookEndpointView[] {
  return store.all<EndpointRow>(`${ENDPOINT_SELECT} WHERE w.center_id = ? ORDER BY w.id`, centerId).map(toView);
}

export function getEndpoint(store: Store, id: number): WebhookEndpointView | undefined {
  const row = store.first<EndpointRow>(`${ENDPOINT_SELECT} WHERE w.id = ?`, id);
  return row && toView(row);
}

export function insertEndpoint(
  store: Store,
  e: { centerId: string; url: string; secret: string; types: readonly WebhookEventType[]; createdAt: number; createdBy: number },
): number {
  const id = Number(
    store.run(
      'INSERT INTO webhook_endpoints (center_id, url, secret, created_at, created_by) VALUES (?, ?, ?, ?, ?)',
      e.centerId,
      e.url,
      e.secret,
      e.createdAt,
      e.createdBy,
    ).lastInsertRowid,
  );
  for (const type of e.types) store.run('INSERT INTO webhook_endpoint_types (endpoint_id, type) VALUES (?, ?)', id, type);
  return id;
}

export function setEndpointActive(store: Store, id: number, active: boolean, at: number): void {
  store.run('UPDATE webhook_endpoints SET active = ?, disabled_at = ? WHERE id = ?', active ? 1 : 0, active ? null : at, id);
}

/** The endpoint, its types and its deliveries (ON DELETE CASCADE). */
export function deleteEndpoint(store: Store, id: number): void {
  store.run('DELETE FROM webhook_endpoints WHERE id = ?', id);
}

export function eventSeqOf(store: Store, centerId: string, publicId: string): number | undefined {
  return store.first<{ seq: number }>('SELECT seq FROM outbox_events WHERE public_id = ? AND center_id = ?', publicId, centerId)?.seq;
}

/** Queues every event of the endpoint's center and types from `fromSeq` on again (delivered or not); the count. */
export function requeueFrom(store: Store, endpointId: number, centerId: string, fromSeq: number, now: number): number {
  return store.run(
    `INSERT INTO webhook_deliveries (endpoint_id, event_seq, ticket_id, next_at)
     SELECT s.endpoint_id, e.seq, e.ticket_id, ? FROM outbox_events e
       JOIN webhook_endpoint_types s ON s.endpoint_id = ? AND s.type = e.type
     WHERE e.center_id = ? AND e.seq >= ?
     ON CONFLICT (endpoint_id, event_seq) DO UPDATE SET attempts = 0, first_attempt_at = NULL, next_at = excluded.next_at,
       delivered_at = NULL, failed_at = NULL, last_error = NULL`,
    now,
    endpointId,
    centerId,
    fromSeq,
  ).changes;
}

export function activeEndpointIds(store: Store): number[] {
  return store.all<{ id: number }>('SELECT id FROM webhook_endpoints WHERE active = 1 ORDER BY id').map((r) => r.id);
}

/** A delivery ready to be sent: its event and where to. */
export interface DueDelivery {
  endpoint_id: number;
  event_seq: number;
  attempts: number;
  first_attempt_at: number | null;
  url: string;
  secret: string;
  public_id: string;
  center_id: string;
  type: WebhookEventType;
  payload: string;
  at: number;
}

/** Pending and not held back by an earlier undelivered event of its ticket to the same endpoint. */
const SENDABLE = `d.delivered_at IS NULL AND d.failed_at IS NULL AND w.active = 1
  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries p WHERE p.endpoint_id = d.endpoint_id AND p.ticket_id = d.ticket_id
    AND p.event_seq < d.event_seq AND p.delivered_at IS NULL)`;

/** An endpoint's sendable deliveries due by `now`, the oldest event first. */
export function dueDeliveries(store: Store, endpointId: number, now: number, limit: number): DueDelivery[] {
  return store.all<DueDelivery>(
    `SELECT d.endpoint_id, d.event_seq, d.attempts, d.first_attempt_at, w.url, w.secret, e.public_id, e.center_id, e.type,
       e.payload, e.at
     FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id JOIN outbox_events e ON e.seq = d.event_seq
     WHERE d.endpoint_id = ? AND d.next_at <= ? AND ${SENDABLE} ORDER BY d.event_seq LIMIT ?`,
    endpointId,
    now,
    limit,
  );
}

/** When the next sendable delivery falls due after `now`, if any. */
export function nextDueAfter(store: Store, now: number): number | null {
  return (
    store.first<{ at: number | null }>(
      `SELECT MIN(d.next_at) AS at FROM webhook_deliveries d JOIN webhook_endpoints w ON w.id = d.endpoint_id
       WHERE d.next_at > ? AND ${SENDABLE}`,
      now,
    )?.at ?? null
  );
}

export function markDelivered(store: Store, endpointId: number, seq: number, now: number): void {
  store.transaction(() => {
    store.run(
      `UPDATE webhook_deliveries SET delivered_at = ?, attempts = attempts + 1, first_attempt_at = COALESCE(first_attempt_at, ?),
         last_error = NULL WHERE endpoint_id = ? AND event_seq = ?`,
      now,
      now,
      endpointId,
      seq,
    );
    store.run('UPDATE webhook_endpoints SET last_success_at = ? WHERE id = ?', now, endpointId);
  });
}

/** A failed attempt: tried again at `nextAt`, or given up when it is null. */
export function markAttemptFailed(
  store: Store,
  endpointId: number,
  seq: number,
  f: { now: number; firstAttemptAt: number; error: string; nextAt: number | null },
): void {
  store.transaction(() => {
    store.run(
      `UPDATE webhook_deliveries SET attempts = attempts + 1, first_attempt_at = ?, last_error = ?, next_at = COALESCE(?, next_at),
         failed_at = CASE WHEN ? IS NULL THEN ? END WHERE endpoint_id = ? AND event_seq = ?`,
      f.firstAttemptAt,
      f.error,
      f.nextAt,
      f.nextAt,
      f.now,
      endpointId,
      seq,
    );
    store.run('UPDATE webhook_endpoints SET last_error = ?, last_error_at = ? WHERE id = ?', f.error, f.now, endpointId);
  });
}

/**
 * Gives up the pending events of a ticket whose earlier event to the same endpoint was given up:
 * sending them would break the ticket's order. A replay from the earliest sends them all again.
 */
export function failBlocked(store: Store, now: number): void {
  store.run(
    `UPDATE webhook_deliveries SET failed_at = ?, last_error = 'an earlier event of this ticket was not delivered'
     WHERE delivered_at IS NULL AND failed_at IS NULL AND EXISTS (SELECT 1 FROM webhook_deliveries p
       WHERE p.endpoint_id = webhook_deliveries.endpoint_id AND p.ticket_id = webhook_deliveries.ticket_id
         AND p.event_seq < webhook_deliveries.event_seq AND p.delivered_at IS NULL AND p.failed_at IS NOT NULL)`,
    now,
  );
}

/** Per endpoint: events still being tried and events given up (the /metrics gauges). */
export function backlogByEndpoint(store: Store): { centerId: string; endpointId: number; backlog: number; failed: number }[] {
  return store.all(`SELECT w.center_id AS centerId, w.id AS endpointId, ${COUNTS} FROM webhook_endpoints w`);
}

/** Removes events written before `before` that no endpoint is still trying (their deliveries go with them). */
export function pruneOutbox(store: Store, before: number): void {
  store.run(
    `DELETE FROM outbox_events WHERE at < ? AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d
       WHERE d.event_seq = outbox_events.seq AND d.delivered_at IS NULL AND d.failed_at IS NULL)`,
    before,
  );
}
