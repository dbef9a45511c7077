// Booking slots ahead, looking up and cancelling a booking, and checking in at the kiosk.
import { Router } from 'express';
import { z } from 'zod';
import { can } from '../../../shared/permissions.js';
import { bookingCodeSchema, bookingSchema, emptySchema } from '../../../shared/schemas.js';
import { DomainError } from '../../domain/domain-error.js';
import type { Domain } from '../../domain/index.js';
import { centerParam, parseBody } from '../validate.js';

const slotQuery = z.object({ date: z.iso.date(), procedureId: z.coerce.number().int().positive() });

function code(value: unknown): string {
  const parsed = bookingCodeSchema.safeParse(value);
  if (!parsed.success) throw new DomainError('booking-not-found');
  return parsed.data;
}

/** Mounted at /api/centers/:centerId. */
export function centerBookingRoutes({ bookings }: Domain): Router {
  const r = Router({ mergeParams: true });
  r.get('/slots', (req, res) => {
    const q = slotQuery.safeParse(req.query);
    if (!q.success) throw new DomainError('bad-request', { detail: 'date (YYYY-MM-DD) and procedureId' });
    res.json({ slots: bookings.slots(centerParam(req), q.data.date, q.data.procedureId) });
  });
  r.post('/bookings', (req, res) => {
    const staff = req.staff && can(req.staff.role, 'reception:assist') ? req.staff : null;
    res.status(201).json(bookings.book(centerParam(req), parseBody(bookingSchema, req.body), staff));
  });
  r.post('/bookings/:code/check-in', (req, res) => {
    res.status(201).json(bookings.checkIn(centerParam(req), code(req.params.code)));
  });
  return r;
}

/** Mounted at /api/bookings: a citizen's own booking, by its code. */
export function bookingRoutes({ bookings }: Domain): Router {
  const r = Router();
  r.get('/:code', (req, res) => {
    res.json(bookings.lookup(code(req.params.code)));
  });
  r.post('/:code/cancel', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(bookings.cancel(code(req.params.code)));
  });
  return r;
}
