// The manager board's figures, reports (JSON and CSV) and the province board. Managers and admins
// of the center, or of its province center.
import { Router } from 'express';
import { reportQuerySchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { requestLang } from '../errors.js';
import { centerParam, parseBody } from '../validate.js';

/** Mounted at /api/centers/:centerId. */
export function boardRoutes({ boards, reports }: Domain): Router {
  const r = Router({ mergeParams: true });
  const read = requirePermission('reports:read');
  r.get('/board', read, (req, res) => {
    res.json(boards.board(centerParam(req), currentStaff(req)));
  });
  r.get('/province', read, (req, res) => {
    res.json(boards.province(centerParam(req), currentStaff(req)));
  });
  r.get('/reports', read, (req, res) => {
    res.json(reports.report(centerParam(req), currentStaff(req), parseBody(reportQuerySchema, { ...req.query })));
  });
  r.get('/reports.csv', read, (req, res) => {
    const q = parseBody(reportQuerySchema, { ...req.query });
    const view = reports.report(centerParam(req), currentStaff(req), q);
    const lang = req.query.lang === 'en' ? 'en' : requestLang(req);
    res.type('text/csv; charset=utf-8');
    res.attachment(`motcua-${view.centerIds[0]}-${q.by}-${q.from}-${q.to}.csv`);
    res.send(reports.csv(view, lang));
  });
  return r;
}
