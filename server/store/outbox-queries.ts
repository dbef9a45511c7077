// The transactional outbox: an event row written inside the very transaction that makes the change
// (committed with it or not at all), and one delivery per active endpoint of the center subscribed to
// its type. Deliveries are worked by server/integration/webhook-delivery.ts.
import { randomUUID } from 'node:crypto';
import type { WebhookData, WebhookEventType } from '../../shared/types.js';
import type { Store } from './database.js';

export interface OutboxEvent<K extends WebhookEventType = WebhookEventType> {
  centerId: string;
  ticketId: number;
  type: K;
  data: WebhookData<K>;
  at: number;
}

/** Who is told, after the commit, that a transaction wrote events (the delivery worker of that store). */
const listeners = new WeakMap<Store, () => void>();

export function onOutboxCommit(store: Store, listener: () => void): void {
  listeners.set(store, listener);
}

/** Appends an event; only inside a transaction, so that the change and its event commit together. */
export function appendEvent<K extends WebhookEventType>(store: Store, e: OutboxEvent<K>): void {
  if (!store.raw.inTransaction) throw new Error(`outbox event ${e.type} written outside a transaction`);
  const seq = Number(
    store.run(
      'INSERT INTO outbox_events (public_id, center_id, ticket_id, type, payload, at) VALUES (?, ?, ?, ?, ?, ?)',
      randomUUID(),
      e.centerId,
      e.ticketId,
      e.type,
      JSON.stringify(e.data),
      e.at,
    ).lastInsertRowid,
  );
  const queued = store.run(
    `INSERT INTO webhook_deliveries (endpoint_id, event_seq, ticket_id, next_at)
     SELECT w.id, ?, ?, ? FROM webhook_endpoints w JOIN webhook_endpoint_types s ON s.endpoint_id = w.id AND s.type = ?
     WHERE w.center_id = ? AND w.active = 1`,
    seq,
    e.ticketId,
    e.at,
    e.type,
    e.centerId,
  ).changes;
  const listener = listeners.get(store);
  if (queued > 0 && listener) store.afterCommit(listener);
}
