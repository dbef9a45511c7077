// The citizen's call-back notifications, from the status page (public, by the ticket's status
// token): whether the ticket has a Web Push subscription, opting in, opting out.
import { emptySchema, pushSubscribeSchema } from '../../../shared/schemas.js';
import type { PushSubscriptions } from '../../push/push-subscriptions.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { statusTokenParam } from '../validate.js';

const params = { token: statusTokenParam };
const citizen = { who: 'public', scope: 'none', limit: 'public' } as const;

export function pushRoutes(subscriptions: PushSubscriptions): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/tickets/status/:token/push',
      summary: "A ticket's call-back notifications: subscribed or not, the server's VAPID key, the center's near-the-front setting",
      access: citizen,
      params,
      handle: ({ params: { token } }) => subscriptions.state(token),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/status/:token/push',
      summary: "Opt in: the browser's push subscription for a waiting ticket (https, a listed push service, no private address)",
      access: citizen,
      params,
      body: pushSubscribeSchema,
      examples: {
        request: {
          subscription: {
            endpoint: 'https://fcm.googleapis.com/fcm/send/dQw4w9WgXcQ',
            expirationTime: null,
            keys: {
              p256dh: `B${'A'.repeat(86)}`,
              auth: 'AAAAAAAAAAAAAAAAAAAAAA',
            },
          },
          lang: 'vi',
        },
        errors: ['ticket-not-found', 'push-ticket-ended', 'push-endpoint-invalid', 'push-service-not-allowed', 'push-endpoint-private'],
      },
      status: 201,
      handle: ({ params: { token }, body }) => subscriptions.subscribe(token, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/status/:token/push/delete',
      summary: "Opt out: the ticket's push subscription is deleted",
      access: citizen,
      params,
      body: emptySchema,
      examples: { request: {}, errors: ['ticket-not-found'] },
      handle: ({ params: { token } }) => subscriptions.unsubscribe(token),
    }),
  ];
}
