// The manager board's figures, reports (JSON and CSV) and the province board. Managers and admins
// of the center, or of its province center.
import { reportQuerySchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { requestLang } from '../errors.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

// A province center's managers read its wards' boards and reports too.
const access = { who: 'reports:read', scope: 'center', province: true } as const;
const params = { centerId: centerIdParam };

export function boardRoutes({ boards, reports }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/board',
      summary: "The manager board's live figures",
      access,
      params,
      handle: ({ params: { centerId } }) => boards.board(centerId),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/province',
      summary: "A province center's wards side by side",
      access,
      params,
      handle: ({ params: { centerId } }) => boards.province(centerId),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/reports',
      summary: 'A report over a day range, by field, counter, procedure or day',
      access,
      params,
      query: reportQuerySchema,
      handle: ({ params: { centerId }, query }) => reports.report(centerId, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/reports.csv',
      summary: 'The same report as CSV for Excel',
      access,
      params,
      query: reportQuerySchema,
      handle: ({ params: { centerId }, query, req, res }) => {
        const view = reports.report(centerId, query);
        res.type('text/csv; charset=utf-8');
        res.attachment(`motcua-${view.centerIds[0]}-${query.by}-${query.from}-${query.to}.csv`);
        res.send(reports.csv(view, query.lang ?? requestLang(req)));
        return undefined;
      },
    }),
  ];
}
