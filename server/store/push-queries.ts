// SQL of the call-back notifications (Web Push): the server's VAPID key pair, and one subscription
// per ticket (migration 0009, whose trigger ends a subscription with its ticket).
import type { Lang } from '../../shared/types.js';
import type { Store } from './database.js';

export interface VapidKeyPair {
  publicKey: string;
  privateKey: string;
}

export function getVapidKeys(store: Store): VapidKeyPair | undefined {
  return store.first<VapidKeyPair>('SELECT public_key AS publicKey, private_key AS privateKey FROM push_vapid_keys WHERE id = 1');
}

/** Keeps the first pair stored: a second process starting at once keeps the same keys. */
export function insertVapidKeys(store: Store, keys: VapidKeyPair, at: number): void {
  store.run(
    'INSERT OR IGNORE INTO push_vapid_keys (id, public_key, private_key, created_at) VALUES (1, ?, ?, ?)',
    keys.publicKey,
    keys.privateKey,
    at,
  );
}

/** A subscription with what a push about its ticket says. */
export interface SubscriptionRow {
  ticketId: number;
  centerId: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: Lang;
  nearSent: number;
  number: string;
  statusToken: string;
  state: string;
  issuedAt: number;
  estimatedWaitMinutes: number | null;
}

const SUBSCRIPTION_SELECT = `SELECT s.ticket_id AS ticketId, s.center_id AS centerId, s.endpoint, s.p256dh, s.auth, s.lang,
    s.near_sent AS nearSent, t.number, t.status_token AS statusToken, t.state, t.issued_at AS issuedAt,
    t.estimated_wait_minutes AS estimatedWaitMinutes
  FROM push_subscriptions s JOIN tickets t ON t.id = s.ticket_id`;

export function subscriptionOf(store: Store, ticketId: number): SubscriptionRow | undefined {
  return store.first<SubscriptionRow>(`${SUBSCRIPTION_SELECT} WHERE s.ticket_id = ?`, ticketId);
}

/** Subscriptions of a center's tickets not yet told they near the front. */
export function awaitingNear(store: Store, centerId: string): SubscriptionRow[] {
  return store.all<SubscriptionRow>(`${SUBSCRIPTION_SELECT} WHERE s.center_id = ? AND s.near_sent = 0`, centerId);
}

export function hasAwaitingNear(store: Store, centerId: string): boolean {
  return store.first('SELECT 1 FROM push_subscriptions WHERE center_id = ? AND near_sent = 0 LIMIT 1', centerId) !== undefined;
}

/** The centers with any subscription (each center's day ends in its own time zone). */
export function centersWithSubscriptions(store: Store): string[] {
  return store.all<{ id: string }>('SELECT DISTINCT center_id AS id FROM push_subscriptions').map((r) => r.id);
}

export interface NewSubscription {
  ticketId: number;
  centerId: string;
  localDate: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  lang: Lang;
  /** Already near the front when the citizen opted in: the page in their hand says so. */
  nearSent: boolean;
}

/** One per ticket: a new one replaces the old, and a notice already sent stays sent. */
export function upsertSubscription(store: Store, s: NewSubscription, at: number): void {
  store.run(
    `INSERT INTO push_subscriptions (ticket_id, center_id, local_date, endpoint, p256dh, auth, lang, near_sent, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (ticket_id) DO UPDATE SET endpoint = excluded.endpoint, p256dh = excluded.p256dh, auth = excluded.auth,
       lang = excluded.lang, near_sent = MAX(near_sent, excluded.near_sent), created_at = excluded.created_at`,
    s.ticketId,
    s.centerId,
    s.localDate,
    s.endpoint,
    s.p256dh,
    s.auth,
    s.lang,
    s.nearSent ? 1 : 0,
    at,
  );
}

/** The ticket waits again in a later part of its visit: its phone is told again when it nears the front there. */
export function renewNearNotice(store: Store, ticketId: number): void {
  store.run('UPDATE push_subscriptions SET near_sent = 0 WHERE ticket_id = ?', ticketId);
}

/** Whether this call marked it (false: it was marked already). */
export function markNearSent(store: Store, ticketId: number): boolean {
  return store.run('UPDATE push_subscriptions SET near_sent = 1 WHERE ticket_id = ? AND near_sent = 0', ticketId).changes > 0;
}

/** Deletes the ticket's subscription; with `endpoint`, only if it still points there (not one made again since). */
export function deleteSubscription(store: Store, ticketId: number, endpoint?: string): void {
  if (endpoint === undefined) store.run('DELETE FROM push_subscriptions WHERE ticket_id = ?', ticketId);
  else store.run('DELETE FROM push_subscriptions WHERE ticket_id = ? AND endpoint = ?', ticketId, endpoint);
}

/** Ends the subscriptions of a center's tickets of the days before `today` (its local date). */
export function deleteSubscriptionsBefore(store: Store, centerId: string, today: string): number {
  return store.run('DELETE FROM push_subscriptions WHERE center_id = ? AND local_date < ?', centerId, today).changes;
}
