// A center's calendar: public reads (kiosk, booking page) and managers' edits.
import { Router } from 'express';
import { z } from 'zod';
import {
  fastTrackSettingsSchema, holidaySchema, outreachSchema, weeklySessionsSchema,
} from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { centerParam, idParam, parseBody } from '../validate.js';
import { DomainError } from '../../domain/domain-error.js';

const isoDate = z.iso.date();

/** Mounted at /api/centers/:centerId. */
export function calendarRoutes({ calendar }: Domain): Router {
  const r = Router({ mergeParams: true });

  r.get('/calendar', (req, res) => {
    res.json(calendar.view(centerParam(req)));
  });
  r.get('/session', (req, res) => {
    res.json(calendar.status(centerParam(req)));
  });

  const configure = requirePermission('center:configure');
  r.post('/calendar/weekly', configure, (req, res) => {
    res.json(calendar.saveWeekly(centerParam(req), currentStaff(req), parseBody(weeklySessionsSchema, req.body)));
  });
  r.post('/calendar/outreach', configure, (req, res) => {
    res.status(201).json(calendar.addOutreach(centerParam(req), currentStaff(req), parseBody(outreachSchema, req.body)));
  });
  r.post('/calendar/outreach/:id/delete', configure, (req, res) => {
    res.json(calendar.deleteOutreach(centerParam(req), currentStaff(req), idParam(req.params.id, 'outreach-not-found')));
  });
  r.post('/calendar/holidays', configure, (req, res) => {
    res.json(calendar.addHoliday(centerParam(req), currentStaff(req), parseBody(holidaySchema, req.body)));
  });
  r.post('/calendar/holidays/:date/delete', configure, (req, res) => {
    const date = isoDate.safeParse(req.params.date);
    if (!date.success) throw new DomainError('bad-request', { detail: 'date: YYYY-MM-DD' });
    res.json(calendar.deleteHoliday(centerParam(req), currentStaff(req), date.data));
  });
  r.post('/fast-track', configure, (req, res) => {
    res.json(calendar.saveFastTrack(centerParam(req), currentStaff(req), parseBody(fastTrackSettingsSchema, req.body)));
  });
  return r;
}
