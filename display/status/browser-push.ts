// This browser's side of the call-back notifications: whether it can take them at all (Web Push
// needs a secure context, a service worker and PushManager, which in-app browsers and iOS outside a
// home-screen app lack), and its subscription, made only when the citizen asks.
import type { PushSubscribeRequest } from '../../shared/schemas.js';

/** The status page's service worker (vite.worker.config.ts) and the pages it covers. */
const WORKER = '/status-sw.js';
const SCOPE = '/status';

export function pushAvailable(): boolean {
  return isSecureContext && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;
}

/** The citizen refused notifications, now or before. */
export const pushBlocked = () => Notification.permission === 'denied';

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const bytes = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bytes, (c) => c.charCodeAt(0));
}

const sameKey = (a: ArrayBuffer | null | undefined, b: Uint8Array) =>
  !!a && a.byteLength === b.byteLength && new Uint8Array(a).every((x, i) => x === b[i]);

/**
 * Asks for the permission, registers the service worker and subscribes with the server's key.
 * Null when the citizen said no; throws when the browser could not subscribe.
 */
export async function subscribeBrowser(publicKey: string): Promise<PushSubscribeRequest['subscription'] | null> {
  if ((await Notification.requestPermission()) !== 'granted') return null;
  await navigator.serviceWorker.register(WORKER, { scope: SCOPE });
  const registration = await navigator.serviceWorker.ready;
  const key = keyBytes(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  // Made for another server key (a restored or moved server): it would never receive ours.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key });
  return subscription.toJSON() as PushSubscribeRequest['subscription'];
}
