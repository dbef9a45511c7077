// The server's VAPID key pair (RFC 8292): made at the first start and kept in the database, so
// subscriptions made before a restart or a restore still work (a subscription is bound to the key).
import webpush from 'web-push';
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/database.js';
import { getVapidKeys, insertVapidKeys, type VapidKeyPair } from '../store/push-queries.js';

export function vapidKeys(store: Store, clock: Clock): VapidKeyPair {
  const stored = getVapidKeys(store);
  if (stored) return stored;
  insertVapidKeys(store, webpush.generateVAPIDKeys(), clock());
  return getVapidKeys(store)!;
}
