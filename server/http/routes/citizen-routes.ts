// The citizen's side: satisfaction ratings (public, authorised by the ticket's token or its counter's
// rating screen), the day's satisfaction figures; and the center settings a manager changes outside
// the calendar: the queue's rules and the spoken call line.
import { Router } from 'express';
import { queueRulesSchema, ratingSchema, voiceSettingsSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { centerParam, idParam, parseBody } from '../validate.js';

/** Mounted at /api/tickets. */
export function ticketRatingRoutes({ ratings }: Domain): Router {
  const r = Router();
  r.post('/:id/rating', (req, res) => {
    const body = parseBody(ratingSchema, req.body);
    res.status(201).json(ratings.rate(idParam(req.params.id, 'ticket-not-found'), body));
  });
  return r;
}

/** Mounted at /api/centers/:centerId. */
export function centerCitizenRoutes({ ratings, settings }: Domain): Router {
  const r = Router({ mergeParams: true });
  r.get('/ratings/today', requirePermission('staff:read'), (req, res) => {
    res.json(ratings.today(centerParam(req), currentStaff(req)));
  });
  r.post('/voice', requirePermission('center:configure'), (req, res) => {
    res.json(settings.setVoice(centerParam(req), currentStaff(req), parseBody(voiceSettingsSchema, req.body)));
  });
  r.post('/queue-rules', requirePermission('center:configure'), (req, res) => {
    res.json(settings.setQueueRules(centerParam(req), currentStaff(req), parseBody(queueRulesSchema, req.body)));
  });
  return r;
}
