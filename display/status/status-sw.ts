// The status page's service worker (built on its own into dist/status-sw.js, scope /status): it shows
// the call-back notifications the server pushes (display/status/push-notice.ts), and a tap opens the
// ticket's status page — the one already open if there is one. Registered only when the citizen
// asks for notifications; it caches nothing and answers no fetch.
/// <reference lib="webworker" />
import { pushNotice, readPushMessage } from './push-notice.js';

declare const self: ServiceWorkerGlobalScope;

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('push', (event) => {
  const notice = pushNotice(readPushMessage(event.data?.text()));
  event.waitUntil(
    self.registration.showNotification(notice.title, {
      body: notice.body,
      tag: notice.tag,
      lang: notice.lang,
      data: { url: notice.url },
      requireInteraction: notice.requireInteraction,
    }),
  );
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const { url } = event.notification.data as { url: string };
  const target = new URL(url, self.location.origin).href;
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(async (windows) => {
      const open = windows.find((w) => w.url === target);
      if (open) await open.focus();
      else await self.clients.openWindow(target);
    }),
  );
});
