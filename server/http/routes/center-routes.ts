// Public center data (catalogue, display snapshot), ticket issue, and the reception's day list.
import { Router } from 'express';
import { can } from '../../../shared/permissions.js';
import { issueTicketSchema } from '../../../shared/schemas.js';
import { DomainError } from '../../domain/domain-error.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { centerParam, parseBody } from '../validate.js';

export function centerRoutes({ reader, issuer, fastTrack, results }: Domain): Router {
  const r = Router();
  r.get('/', (_req, res) => {
    res.json({ centers: reader.centers() });
  });
  r.get('/:centerId/catalog', (req, res) => {
    res.json(reader.catalog(req.params.centerId));
  });
  r.get('/:centerId/snapshot', (req, res) => {
    res.json(reader.snapshot(req.params.centerId));
  });
  // Public for the kiosk; when reception staff are signed in, the ticket is issued on their behalf.
  r.post('/:centerId/tickets', (req, res) => {
    const body = parseBody(issueTicketSchema, req.body);
    const staff = req.staff && can(req.staff.role, 'reception:assist') ? req.staff : null;
    res.status(201).json(issuer.issue(req.params.centerId, body, staff));
  });
  r.get('/:centerId/tickets/today', requirePermission('reception:assist'), (req, res) => {
    const staff = currentStaff(req);
    if (staff.centerId !== req.params.centerId) throw new DomainError('forbidden');
    res.json({ tickets: issuer.today(staff.centerId) });
  });
  r.get('/:centerId/results/pending', requirePermission('reception:assist'), (req, res) => {
    res.json({ results: results.pending(centerParam(req), currentStaff(req)) });
  });
  r.get('/:centerId/fast-track/today', requirePermission('staff:read'), (req, res) => {
    res.json(fastTrack.today(centerParam(req), currentStaff(req)));
  });
  return r;
}
