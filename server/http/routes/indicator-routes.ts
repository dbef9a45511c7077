// The province's indicators of a center over a period, and its dossiers exported for reconciliation
// with the records system. Managers, admins and leaders of the center, or of its province center.
import { indicatorsQuerySchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { requestLang } from '../errors.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

const access = { who: 'indicators:read', scope: 'center', province: true } as const;
const params = { centerId: centerIdParam };
const fileName = (centerId: string, q: { from: string; to: string }, ext: string) =>
  `motcua-indicators-${centerId}-${q.from}-${q.to}.${ext}`;

export function indicatorRoutes({ indicators }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/indicators',
      summary: "The province's indicators over a period: the center, and a province center's wards side by side",
      access,
      params,
      query: indicatorsQuerySchema,
      handle: ({ params: { centerId }, query }) => indicators.view(centerId, query),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/indicators.json',
      summary: "The center's dossiers of the period keyed by dossier code, to reconcile with the records system",
      access,
      params,
      query: indicatorsQuerySchema,
      handle: ({ params: { centerId }, query, res }) => {
        res.attachment(fileName(centerId, query, 'json'));
        return indicators.json(centerId, query);
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/indicators.csv',
      summary: "The center's dossiers of the period as CSV for Excel",
      access,
      params,
      query: indicatorsQuerySchema,
      handle: ({ params: { centerId }, query, req, res }) => {
        res.type('text/csv; charset=utf-8');
        res.attachment(fileName(centerId, query, 'csv'));
        res.send(indicators.csv(centerId, query, query.lang ?? requestLang(req)));
        return undefined;
      },
    }),
  ];
}
