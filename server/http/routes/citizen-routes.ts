// The citizen's side: satisfaction ratings (public, authorised by the ticket's token or its counter's
// rating screen) and the day's satisfaction figures.
import { ratingSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, idParam } from '../validate.js';

const params = { centerId: centerIdParam };

export function citizenRoutes({ ratings, devices }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/rating',
      summary: "Rate the service (the ticket's status token or its counter's rating screen)",
      access: { who: 'public', scope: 'none', limit: 'public' },
      params: { id: idParam('ticket-not-found') },
      body: ratingSchema,
      examples: {
        request: { score: 'unsatisfied', reasons: ['waiting-time'], token: 'q8Jf3kLm0pR2sT5v' },
        errors: ['ticket-not-found', 'rating-not-allowed', 'already-rated'],
      },
      status: 201,
      handle: ({ params: { id }, body, req }) =>
        ratings.rate(id, body, (centerId, counterId) => devices.admitsRatingAt(centerId, counterId, req.device ?? null)),
    }),
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/ratings/today',
      summary: "The day's satisfaction figures",
      access: { who: 'staff:read', scope: 'center', province: true },
      params,
      handle: ({ params: { centerId } }) => ratings.today(centerId),
    }),
  ];
}
