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
      handle: ({ params: { centerId }, body }) => calendar.saveWeekly(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/outreach',
      summary: 'Add an outreach session',
      access: configure,
      params,
      body: outreachSchema,
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
      handle: ({ params: { centerId, id } }) => calendar.deleteOutreach(centerId, id),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/holidays',
      summary: 'Add or rename a holiday',
      access: configure,
      params,
      body: holidaySchema,
      handle: ({ params: { centerId }, body }) => calendar.addHoliday(centerId, body),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/calendar/holidays/:date/delete',
      summary: 'Delete a holiday (404 when there is none that day)',
      access: configure,
      params: { ...params, date: holidayDateParam },
      body: emptySchema,
      handle: ({ params: { centerId, date } }) => calendar.deleteHoliday(centerId, date),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/fast-track',
      summary: 'Fast-track days, procedures and counters',
      access: configure,
      params,
      body: fastTrackSettingsSchema,
      handle: ({ params: { centerId }, body }) => calendar.saveFastTrack(centerId, body),
    }),
  ];
}
