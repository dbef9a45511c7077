// Booking slots ahead, looking up and cancelling a booking, and checking in at the kiosk.
import { z } from 'zod';
import { can } from '../../../shared/permissions.js';
import { bookingSchema, emptySchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { bookingCodeParam, centerIdParam } from '../validate.js';

const slotQuery = z.strictObject({ date: z.iso.date(), procedureId: z.coerce.number().int().positive() });
const publicAccess = { who: 'public', scope: 'none', limit: 'public' } as const;

export function bookingRoutes({ bookings }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/slots',
      summary: 'Free booking slots of a day for a procedure',
      access: publicAccess,
      params: { centerId: centerIdParam },
      query: slotQuery,
      handle: ({ params: { centerId }, query }) => ({ slots: bookings.slots(centerId, query.date, query.procedureId) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/bookings',
      summary: 'Book a slot (a citizen, or reception on their behalf)',
      access: publicAccess,
      params: { centerId: centerIdParam },
      body: bookingSchema,
      examples: {
        request: { procedureId: 1, date: '2026-12-07', slotStart: 480, citizenName: 'Nguyễn Văn An', phone: '0912 345 678' },
        errors: ['center-not-found', 'procedure-not-found', 'slot-invalid', 'slot-full'],
      },
      status: 201,
      handle: ({ params: { centerId }, body, staff }) =>
        bookings.book(centerId, body, staff && can(staff.role, 'reception:assist') ? staff : null),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/bookings/:code/check-in',
      summary: 'Check a booking in at the kiosk: its ticket',
      access: { who: 'public', scope: 'none', limit: 'kiosk-ticket', screens: ['kiosk'] },
      params: { centerId: centerIdParam, code: bookingCodeParam },
      body: emptySchema,
      examples: { request: {}, errors: ['booking-not-found', 'booking-not-active', 'booking-other-day'] },
      status: 201,
      handle: ({ params: { centerId, code } }) => bookings.checkIn(centerId, code),
    }),
    defineRoute({
      method: 'GET',
      path: '/bookings/:code',
      summary: "A citizen's own booking, by its code",
      access: publicAccess,
      params: { code: bookingCodeParam },
      handle: ({ params: { code } }) => bookings.lookup(code),
    }),
    defineRoute({
      method: 'POST',
      path: '/bookings/:code/cancel',
      summary: "Cancel a citizen's own booking",
      access: publicAccess,
      params: { code: bookingCodeParam },
      body: emptySchema,
      examples: { request: {}, errors: ['booking-not-found', 'booking-not-active'] },
      handle: ({ params: { code } }) => bookings.cancel(code),
    }),
  ];
}
