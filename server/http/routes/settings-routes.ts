// The center settings a manager changes outside the calendar: the queue's rules, the spoken call line
// the agency code of its dossier codes, when phones are told their ticket nears the front, and the
// address phones open (the tickets' QR codes).
import {
  agencyCodeSchema,
  nearNoticeSchema,
  personalDataSchema,
  publicUrlSchema,
  queueRulesSchema,
  voiceSettingsSchema,
} from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

const configure = { who: 'center:configure', scope: 'center' } as const;
const params = { centerId: centerIdParam };

export function settingsRoutes({ settings, personalData }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/voice',
      summary: 'The spoken call line in both languages',
      access: configure,
      params,
      body: voiceSettingsSchema,
      examples: {
        request: {
          templateVi: 'Mời công dân có số {number} đến quầy số {counter}',
          templateEn: 'Ticket {number}, please go to counter {counter}',
        },
        errors: ['center-not-found'],
      },
      handle: ({ params: { centerId }, body }) => settings.setVoice(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/queue-rules',
      summary: 'Priority rule, recalls before a no-show, the long-wait alert',
      access: configure,
      params,
      body: queueRulesSchema,
      examples: {
        request: { priorityMode: 'interleaved', priorityEvery: 3, recallsBeforeNoShow: 2, waitAlertMinutes: 30 },
        errors: ['center-not-found'],
      },
      handle: ({ params: { centerId }, body }) => settings.setQueueRules(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/agency-code',
      summary: 'The agency code every dossier code recorded here must begin with (null: none checked)',
      access: configure,
      params,
      body: agencyCodeSchema,
      examples: { request: { agencyCode: '000.00.01.H26' }, errors: ['center-not-found', 'agency-code-invalid', 'agency-code-in-use'] },
      handle: ({ params: { centerId }, body }) => settings.setAgencyCode(centerId, body.agencyCode),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/near-notice',
      summary: 'When a phone that opted in is told its ticket nears the front: places ahead or minutes',
      access: configure,
      params,
      body: nearNoticeSchema,
      examples: { request: { by: 'places', at: 3 }, errors: ['center-not-found'] },
      handle: ({ params: { centerId }, body }) => settings.setNearNotice(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/public-url',
      summary: 'The address phones open for the center (QR codes on tickets); null: MOTCUA_PUBLIC_URL',
      access: configure,
      params,
      body: publicUrlSchema,
      examples: { request: { publicUrl: 'https://motcua.hoabinh.example.vn' }, errors: ['center-not-found'] },
      handle: ({ params: { centerId }, body }) => settings.setPublicUrl(centerId, body.publicUrl),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/personal-data',
      summary: "How many months the citizen's name and phone on Form 01 are kept after receipt (then cleared)",
      access: configure,
      params,
      body: personalDataSchema,
      examples: { request: { retentionMonths: 24 }, errors: ['center-not-found'] },
      handle: ({ params: { centerId }, body }) => {
        const center = settings.setPersonalDataMonths(centerId, body.retentionMonths);
        // A shorter period applies at once, not at the next daily purge.
        personalData.purge();
        return center;
      },
    }),
  ];
}
