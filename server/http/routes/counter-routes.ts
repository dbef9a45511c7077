// Counter terminal actions. Every route needs a signed-in role allowed to operate a counter, and
// the domain checks that the caller is the one signed in at that counter.
import { Router, type Request } from 'express';
import {
  callTicketSchema, emptySchema, finishSchema, openCounterSchema, pauseSchema, transferSchema,
} from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { idParam, parseBody } from '../validate.js';

export function counterRoutes({ reader, desk }: Domain): Router {
  const r = Router();
  r.use(requirePermission('counter:operate'));
  const counterId = (req: Request) => idParam(req.params.id, 'counter-not-found');
  const inCenter = (req: Request) => {
    const id = counterId(req);
    // Reading another center's counter is refused like acting on it.
    desk.assertSameCenter(id, currentStaff(req));
    return id;
  };

  r.get('/:id', (req, res) => {
    res.json(reader.counter(inCenter(req)));
  });
  r.get('/:id/queue', (req, res) => {
    res.json({ tickets: reader.counterQueue(inCenter(req)) });
  });
  r.post('/:id/open', (req, res) => {
    const { force } = parseBody(openCounterSchema, req.body);
    res.json(desk.open(counterId(req), currentStaff(req), force ?? false));
  });
  r.post('/:id/close', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.close(counterId(req), currentStaff(req)));
  });
  r.post('/:id/pause', (req, res) => {
    const { reason } = parseBody(pauseSchema, req.body);
    res.json(desk.pause(counterId(req), currentStaff(req), reason));
  });
  r.post('/:id/resume', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.resume(counterId(req), currentStaff(req)));
  });
  r.post('/:id/call-next', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.callNext(counterId(req), currentStaff(req)));
  });
  r.post('/:id/call', (req, res) => {
    const { ticketId } = parseBody(callTicketSchema, req.body);
    res.json(desk.callTicket(counterId(req), currentStaff(req), ticketId));
  });
  r.post('/:id/recall', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.recall(counterId(req), currentStaff(req)));
  });
  r.post('/:id/start', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.start(counterId(req), currentStaff(req)));
  });
  r.post('/:id/finish', (req, res) => {
    res.json(desk.finish(counterId(req), currentStaff(req), parseBody(finishSchema, req.body)));
  });
  r.post('/:id/appraise', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.appraise(counterId(req), currentStaff(req)));
  });
  r.post('/:id/no-show', (req, res) => {
    parseBody(emptySchema, req.body);
    res.json(desk.noShow(counterId(req), currentStaff(req)));
  });
  r.post('/:id/transfer', (req, res) => {
    res.json(desk.transfer(counterId(req), currentStaff(req), parseBody(transferSchema, req.body)));
  });
  return r;
}
