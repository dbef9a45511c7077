// A center's webhook endpoints (admins and managers of that center): list with their backlog,
// failures and last error, add one (its secret answered once), disable, enable, delete, replay.
import { createWebhookSchema, emptySchema, replayWebhookSchema } from '../../../shared/schemas.js';
import type { WebhookEndpoints } from '../../integration/webhook-endpoints.js';
import { currentStaff } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, idParam } from '../validate.js';

const manage = { who: 'webhooks:manage', scope: 'center' } as const;
/** A receiver's key may see how its deliveries stand and ask for a replay after its own outage. */
const receiver = { ...manage, key: 'events:receive' } as const;
const params = { centerId: centerIdParam };
const endpointParams = { ...params, id: idParam('webhook-not-found') };

export function webhookRoutes(webhooks: WebhookEndpoints): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/webhooks',
      summary: "The center's webhook endpoints: backlog, failures, last error and last success",
      access: receiver,
      params,
      handle: ({ params: { centerId } }) => ({ endpoints: webhooks.list(centerId) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/webhooks',
      summary: 'Add a webhook endpoint; its signing secret is answered this once',
      access: manage,
      params,
      body: createWebhookSchema,
      examples: {
        request: { url: 'https://dvc.example.gov.vn/motcua/events', eventTypes: ['ticket.finished', 'result.returned', 'dossier.status'] },
        errors: ['center-not-found', 'webhook-url-invalid', 'webhook-url-insecure', 'webhook-url-private', 'webhook-limit'],
      },
      status: 201,
      handle: ({ params: { centerId }, body, req }) => webhooks.create(centerId, body, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/webhooks/:id/disable',
      summary: 'Stop sending to an endpoint (it gets no new events until enabled)',
      access: manage,
      params: endpointParams,
      body: emptySchema,
      examples: { request: {}, errors: ['webhook-not-found'] },
      handle: ({ params: { centerId, id } }) => webhooks.setActive(centerId, id, false),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/webhooks/:id/enable',
      summary: 'Send to a disabled endpoint again',
      access: manage,
      params: endpointParams,
      body: emptySchema,
      examples: { request: {}, errors: ['webhook-not-found'] },
      handle: ({ params: { centerId, id } }) => webhooks.setActive(centerId, id, true),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/webhooks/:id/delete',
      summary: 'Delete an endpoint and its deliveries',
      access: manage,
      params: endpointParams,
      body: emptySchema,
      examples: { request: {}, errors: ['webhook-not-found'] },
      handle: ({ params: { centerId, id } }) => {
        webhooks.remove(centerId, id);
        return { deleted: id };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/webhooks/:id/replay',
      summary: "Send an endpoint's events again from an event id on, in order",
      access: receiver,
      params: endpointParams,
      body: replayWebhookSchema,
      examples: {
        request: { fromEventId: '0b7f6c1e-2d4a-4f3b-9a8e-5c6d7e8f9a0b' },
        errors: ['webhook-not-found', 'webhook-event-not-found'],
      },
      handle: ({ params: { centerId, id }, body }) => webhooks.replay(centerId, id, body.fromEventId),
    }),
  ];
}
