// Public center data (catalogue, display snapshot), ticket issue, the reception's day lists and its
// dossier-code search.
import { can } from '../../../shared/permissions.js';
import { dossierSearchSchema, issueTicketSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam } from '../validate.js';

const params = { centerId: centerIdParam };
/** Reception's lists, and a records system's key that reads the center's tickets and dossiers. */
const reception = { who: 'reception:assist', scope: 'center', key: 'tickets:read' } as const;

export function centerRoutes({ reader, issuer, fastTrack, results, dossiers }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers',
      summary: 'Every center, with its parent',
      access: { who: 'public', scope: 'none' },
      handle: () => ({ centers: reader.centers() }),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/catalog',
      summary: 'Fields, procedures and counters: what a kiosk draws, no live state',
      access: { who: 'public', scope: 'none' },
      params,
      handle: ({ params: { centerId } }) => reader.catalog(centerId),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/snapshot',
      summary: 'The live hall: counters, who sits there, current tickets, waiting counts',
      access: { who: 'public', scope: 'none', screens: ['wall', 'kiosk', 'rating'] },
      params,
      handle: ({ params: { centerId } }) => reader.snapshot(centerId),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/tickets',
      summary: 'Issue a ticket (the kiosk; reception on a citizen’s behalf when signed in)',
      access: { who: 'public', scope: 'none', limit: 'kiosk-ticket', screens: ['kiosk'] },
      params,
      body: issueTicketSchema,
      examples: {
        request: { procedureIds: [1, 4], priority: null },
        errors: ['center-not-found', 'procedure-not-found', 'outside-session'],
      },
      status: 201,
      handle: ({ params: { centerId }, body, staff }) =>
        issuer.issue(centerId, body, staff && can(staff.role, 'reception:assist') ? staff : null),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/tickets/today',
      summary: "The day's tickets, for the reception desk",
      access: reception,
      params,
      handle: ({ params: { centerId } }) => ({ tickets: issuer.today(centerId) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/results/pending',
      summary: 'Results waiting to be handed over, of any day',
      access: reception,
      params,
      handle: ({ params: { centerId } }) => ({ results: results.pending(centerId) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/dossiers/search',
      summary: 'The procedure line of a dossier code, of any day (the code in the body, never in a URL)',
      access: reception,
      params,
      body: dossierSearchSchema,
      examples: {
        request: { code: '000.00.01.H26-260930-0012' },
        errors: ['center-not-found', 'dossier-code-malformed', 'dossier-code-no-such-date', 'dossier-code-other-agency'],
      },
      handle: ({ params: { centerId }, body }) => ({ dossier: dossiers.find(centerId, body.code) }),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/fast-track/today',
      summary: "The day's fast-track dossiers and same-day rate",
      // The manager board shows it, for the province's managers too.
      access: { who: 'staff:read', scope: 'center', province: true },
      params,
      handle: ({ params: { centerId } }) => fastTrack.today(centerId),
    }),
  ];
}
