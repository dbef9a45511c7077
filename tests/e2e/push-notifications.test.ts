// The call-back notification in Chromium (issue 13): on the status page the citizen turns
// notifications on, the page registers its service worker and sends the subscription to the server;
// when a counter calls the ticket, the server pushes to a local HTTPS receiver standing in for the
// push service, the test decrypts what arrived (RFC 8291, as the browser would) and delivers it to the
// real service worker over the DevTools protocol (ServiceWorker.deliverPushMessage); the notification
// it shows says "Mời anh/chị đến quầy số 3" — in English for a page switched to English.
//
// One part is stood in for, because this Chromium cannot do it here: PushManager.subscribe. In a
// Playwright context (an off-the-record profile) Chromium refuses it at once ("AbortError:
// Registration failed - permission denied": no push messaging in incognito); in a persistent profile
// it waits for Google's push service (FCM), which no machine without the internet reaches. So an init
// script makes subscribe() answer the subscription a browser would get, pointing at the local
// receiver, with keys the test holds. Everything after it is the real page, server and worker.
//
// And where a browser has no PushManager (in-app browsers, iOS outside a home-screen app) the page
// says plainly that notifications are not available, with no button.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket, PushState } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { BrowserPushKeys, startPushReceiver, type PushReceiver } from '../support/push-receiver.js';
import { useScreens } from '../support/screens.js';

let receiver: PushReceiver;
beforeAll(async () => {
  receiver = await startPushReceiver();
});
afterAll(() => receiver.close());

const s = useScreens({ server: () => ({ push: { services: [receiver.host], ca: receiver.ca } }) });

const PHONE = { width: 360, height: 740 };

type Subscription = ReturnType<BrowserPushKeys['subscription']>;

/** The stand-in for the browser's push service registration (see the top of the file). */
function standInSubscribe(subscription: Subscription): void {
  const made = { endpoint: subscription.endpoint, options: { applicationServerKey: null }, toJSON: () => subscription };
  PushManager.prototype.subscribe = () => Promise.resolve(made as unknown as PushSubscription);
  PushManager.prototype.getSubscription = () => Promise.resolve(null);
}

/** The status page on a phone allowed to notify, whose push subscription will be `subscription`. */
function openPhone(ticket: IssuedTicket, subscription: Subscription): Promise<Page> {
  return s.open(`${s.server.baseUrl}/status?t=${ticket.statusToken}`, PHONE, async (context: BrowserContext) => {
    await context.grantPermissions(['notifications'], { origin: s.server.baseUrl });
    await context.addInitScript(standInSubscribe, subscription);
  });
}

/** A DevTools session that delivers pushes to the status page's service worker, as DevTools' Push button does. */
async function pushToWorker(page: Page): Promise<(data: string) => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const scope = `${s.server.baseUrl}/status`;
  const registrationId = new Promise<string>((resolve) =>
    cdp.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
      const mine = registrations.find((r) => r.scopeURL === scope && !r.isDeleted);
      if (mine) resolve(mine.registrationId);
    }),
  );
  await cdp.send('ServiceWorker.enable');
  const id = await registrationId;
  return async (data) => {
    await cdp.send('ServiceWorker.deliverPushMessage', { origin: s.server.baseUrl, registrationId: id, data });
  };
}

/** The notifications the worker shows now. */
const shown = (page: Page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/status');
    const notes = (await registration?.getNotifications()) ?? [];
    return notes.map((n) => ({ title: n.title, body: n.body, lang: n.lang, url: (n.data as { url: string }).url }));
  });

/** Turns notifications on, has counter 3 call the ticket and shows the worker what the server pushed. */
async function calledBack(lang: 'vi' | 'en') {
  const ticket = await s.issue([s.catalog.procedureIds('B')[0]]);
  const { canbo3 } = await signInAll(s.server, ['canbo3'] as const);
  const counter3 = new Desk(canbo3, s.catalog.counterId(3));
  await counter3.open();
  const keys = new BrowserPushKeys();
  const path = `/push/${lang}`;
  const phone = await openPhone(ticket, keys.subscription(receiver.origin + path));
  await expect.poll(() => phone.getByTestId('status-number').textContent()).toBe(ticket.ticket.number);
  if (lang === 'en') await phone.locator('mc-lang-switch button').click();
  await phone.getByTestId('push-enable').click();
  await expect.poll(() => phone.getByTestId('push-on').count()).toBe(1);
  const state = ok(await s.kiosk.get<PushState>(`/api/tickets/status/${ticket.statusToken}/push`));
  expect(state.subscribed).toBe(true);
  const deliver = await pushToWorker(phone);

  await counter3.callNext();
  const [push] = await receiver.pushesTo(path, 1);
  await deliver(keys.decrypt(push.body));
  await expect.poll(() => shown(phone).then((n) => n.length)).toBe(1);
  return { ticket, notes: await shown(phone) };
}

describe('call-back notifications on the phone', () => {
  it('a Vietnamese page is told "Mời anh/chị đến quầy số 3" by its service worker', async () => {
    const { ticket, notes } = await calledBack('vi');
    expect(notes).toEqual([
      {
        title: 'Mời anh/chị đến quầy số 3',
        body: `Số ${ticket.ticket.number} đang được gọi. Vui lòng đến ngay.`,
        lang: 'vi',
        url: `/status?t=${ticket.statusToken}`,
      },
    ]);
  });

  it('serves the worker from the root, never kept by a cache, under a policy that lets it run', async () => {
    const res = await fetch(`${s.server.baseUrl}/status-sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toContain("worker-src 'self'");
  });

  it('a page switched to English is told in English', async () => {
    const { ticket, notes } = await calledBack('en');
    expect(notes).toEqual([
      {
        title: 'Please go to counter 3',
        body: `Ticket ${ticket.ticket.number} is being called. Please go now.`,
        lang: 'en',
        url: `/status?t=${ticket.statusToken}`,
      },
    ]);
  });

  it('where the browser has no PushManager, says plainly that notifications are not available here, with no button', async () => {
    const ticket = await s.issue([s.catalog.procedureIds('B')[0]]);
    const phone = await s.open(`${s.server.baseUrl}/status?t=${ticket.statusToken}`, PHONE, (context) =>
      context.addInitScript(() => {
        delete (window as { PushManager?: unknown }).PushManager;
      }),
    );
    await expect
      .poll(() => phone.getByTestId('push-unavailable').textContent())
      .toContain('Trình duyệt này không nhận được thông báo từ trang này.');
    expect(await phone.getByTestId('push-enable').count()).toBe(0);
  });
});
