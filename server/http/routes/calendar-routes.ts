// A center's calendar: public reads (kiosk, booking page) and managers' edits.
import { emptySchema, fastTrackSettingsSchema, holidaySchema, outreachSchema, weeklySessionsSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, holidayDateParam, idParam } from '../validate.js';

const configure = { who: 'center:configure', scope: 'center' } as const;
const params = { centerId: centerIdParam };

export function calendarRoutes({ calendar }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/calendar',
      summary: 'Weekly sessions, outreach sessions, holidays and fast-track settings',
      access: { who: 'public', scope: 'none' },
      params,
      handle: ({ params: { centerId } }) => calendar.view(centerId),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/session',
      summary: 'Open now or when next, and whether today is a fast-track day',
      access: { who: 'public', scope: 'none' },
      params,
      handle: ({ params: { centerId } }) => calendar.status(centerId),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/weekly',
      summary: 'Replace the weekly sessions',
      access: configure,
      params,
      body: weeklySessionsSchema,
      examples: {
        request: {
          sessions: [
            { weekday: 1, start: 450, end: 690, kind: 'regular' },
            { weekday: 2, start: 1140, end: 1260, kind: 'extra' },
          ],
        },
        errors: ['center-not-found'],
      },
      handle: ({ params: { centerId }, body }) => calendar.saveWeekly(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/outreach',
      summary: 'Add an outreach session',
      access: configure,
      params,
      body: outreachSchema,
      examples: {
        request: {
          from: '2026-12-12',
          to: '2026-12-12',
          start: 480,
          end: 660,
          placeVi: 'Nhà văn hóa thôn 3',
          placeEn: 'Hamlet 3 community hall',
          counterIds: [5],
        },
        errors: ['center-not-found', 'counter-not-found'],
      },
      status: 201,
      handle: ({ params: { centerId }, body }) => calendar.addOutreach(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/outreach/:id/delete',
      summary: 'Delete an outreach session',
      access: configure,
      params: { ...params, id: idParam('outreach-not-found') },
      body: emptySchema,
      examples: { request: {}, errors: ['outreach-not-found'] },
      handle: ({ params: { centerId, id } }) => calendar.deleteOutreach(centerId, id),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/holidays',
      summary: 'Add or rename a holiday',
      access: configure,
      params,
      body: holidaySchema,
      examples: { request: { date: '2026-12-24', nameVi: 'Nghỉ bù', nameEn: 'Make-up day off' }, errors: ['center-not-found'] },
      handle: ({ params: { centerId }, body }) => calendar.addHoliday(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/holidays/:date/delete',
      summary: 'Delete a holiday (404 when there is none that day)',
      access: configure,
      params: { ...params, date: holidayDateParam },
      body: emptySchema,
      examples: { request: {}, errors: ['holiday-not-found'] },
      handle: ({ params: { centerId, date } }) => calendar.deleteHoliday(centerId, date),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/fast-track',
      summary: 'Fast-track days, procedures and counters',
      access: configure,
      params,
      body: fastTrackSettingsSchema,
      examples: {
        request: {
          days: [5],
          procedures: [{ procedureId: 1, checklistVi: ['Tờ khai đăng ký khai sinh'], checklistEn: ['Birth registration form'] }],
          counterIds: [1],
        },
        errors: ['center-not-found', 'procedure-not-found', 'counter-not-found'],
      },
      handle: ({ params: { centerId }, body }) => calendar.saveFastTrack(centerId, body),
    }),
  ];
}
