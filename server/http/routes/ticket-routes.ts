// A ticket's public status (by its unguessable token) and the reception desk's reprint and withdraw.
import { Router } from 'express';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { idParam } from '../validate.js';

export function ticketRoutes({ reader, issuer }: Domain): Router {
  const r = Router();
  r.get('/status/:token', (req, res) => {
    res.json(reader.ticketByToken(req.params.token));
  });
  r.get('/:id/slip', requirePermission('reception:assist'), (req, res) => {
    res.json(issuer.slip(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  r.post('/:id/cancel', requirePermission('reception:assist'), (req, res) => {
    res.json(issuer.cancel(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  return r;
}
