// The center settings a manager changes outside the calendar: the queue's rules, the spoken call line
// and the address phones open (the tickets' QR codes).
import { publicUrlSchema, queueRulesSchema, voiceSettingsSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

const configure = { who: 'center:configure', scope: 'center' } as const;
const params = { centerId: centerIdParam };

export function settingsRoutes({ settings }: Domain): RouteSpec[] {
  return [
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
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/public-url',
      summary: 'The address phones open for the center (QR codes on tickets); null: MOTCUA_PUBLIC_URL',
      access: configure,
      params,
      body: publicUrlSchema,
      handle: ({ params: { centerId }, body }) => settings.setPublicUrl(centerId, body.publicUrl),
    }),
  ];
}
