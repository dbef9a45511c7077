// A ticket's public status (by its unguessable token) and the reception desk's reprint and withdraw.
import { Router } from 'express';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { idParam, parseBody } from '../validate.js';
import { emptySchema, refuseSchema } from '../../../shared/schemas.js';

export function ticketRoutes({ statuses, issuer, fastTrack, results }: Domain): Router {
  const r = Router();
  // A TicketView with the citizen's figures added (TicketStatus): older readers keep working.
  r.get('/status/:token', (req, res) => {
    res.json(statuses.byToken(req.params.token));
  });
  r.get('/:id/slip', requirePermission('reception:assist'), (req, res) => {
    res.json(issuer.slip(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  r.post('/:id/cancel', requirePermission('reception:assist'), (req, res) => {
    res.json(issuer.cancel(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  r.post('/:id/procedures/:procedureId/return', requirePermission('reception:assist'), (req, res) => {
    parseBody(emptySchema, req.body);
    const ticketId = idParam(req.params.id, 'ticket-not-found');
    res.json(results.returnResult(ticketId, idParam(req.params.procedureId, 'result-not-pending'), currentStaff(req)));
  });
  r.get('/:id/fast-track', requirePermission('staff:read'), (req, res) => {
    res.json(fastTrack.dossierFor(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  // A leader's approval or refusal of a fast-track dossier, on the spot.
  r.post('/:id/approve', requirePermission('fast-track:approve'), (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(fastTrack.approve(idParam(req.params.id, 'ticket-not-found'), currentStaff(req)));
  });
  r.post('/:id/refuse', requirePermission('fast-track:approve'), (req, res) => {
    const { reason } = parseBody(refuseSchema, req.body);
    res.json(fastTrack.refuse(idParam(req.params.id, 'ticket-not-found'), currentStaff(req), reason));
  });
  return r;
}
