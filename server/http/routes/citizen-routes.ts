// The citizen's side: satisfaction ratings (public, authorised by the ticket's token or its counter's
// rating screen), the day's satisfaction figures; and the center settings a manager changes outside
// the calendar: the queue's rules and the spoken call line.
import { queueRulesSchema, ratingSchema, voiceSettingsSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, idParam } from '../validate.js';

const configure = { who: 'center:configure', scope: 'center' } as const;
const params = { centerId: centerIdParam };

export function citizenRoutes({ ratings, settings }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/rating',
      summary: "Rate the service (the ticket's status token or its counter's rating screen)",
      access: { who: 'public', scope: 'none', limit: 'public' },
      params: { id: idParam('ticket-not-found') },
      body: ratingSchema,
      status: 201,
      handle: ({ params: { id }, body }) => ratings.rate(id, body),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/ratings/today',
      summary: "The day's satisfaction figures",
      access: { who: 'staff:read', scope: 'center', province: true },
      params,
      handle: ({ params: { centerId } }) => ratings.today(centerId),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/voice',
      summary: 'The spoken call line in both languages',
      access: configure,
      params,
      body: voiceSettingsSchema,
      handle: ({ params: { centerId }, body }) => settings.setVoice(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/queue-rules',
      summary: 'Priority rule, recalls before a no-show, the long-wait alert',
      access: configure,
      params,
      body: queueRulesSchema,
      handle: ({ params: { centerId }, body }) => settings.setQueueRules(centerId, body),
    }),
  ];
}
