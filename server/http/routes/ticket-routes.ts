// A ticket's public status (by its unguessable token), the reception desk's reprint, withdraw and
// result hand-over, and a leader's fast-track decision.
import { emptySchema, refuseSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { idParam, statusTokenParam } from '../validate.js';

const params = { id: idParam('ticket-not-found') };
const reception = { who: 'reception:assist', scope: 'center' } as const;
const leader = { who: 'fast-track:approve', scope: 'center' } as const;

export function ticketRoutes({ statuses, issuer, fastTrack, results }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/tickets/status/:token',
      summary: "A citizen's ticket and figures, by its status token",
      access: { who: 'public', scope: 'none', limit: 'public' },
      params: { token: statusTokenParam },
      handle: ({ params: { token } }) => statuses.byToken(token),
    }),
    defineRoute({
      method: 'GET',
      path: '/tickets/:id/slip',
      summary: 'The slip to reprint',
      access: reception,
      params,
      handle: ({ params: { id }, req }) => issuer.slip(id, currentStaff(req)),
    }),
    defineRoute({
      method: 'GET',
      path: '/tickets/:id/appointment',
      summary: "Form 01, the appointment slip, to print or reprint: the citizen's name and phone for the center's staff only",
      access: reception,
      params,
      handle: ({ params: { id }, req }) => results.appointmentSlip(id, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/cancel',
      summary: 'Withdraw a waiting ticket',
      access: reception,
      params,
      body: emptySchema,
      examples: { request: {}, errors: ['ticket-not-found', 'transition-not-allowed'] },
      handle: ({ params: { id }, req }) => issuer.cancel(id, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/procedures/:procedureId/return',
      summary: 'Hand a result over to the citizen',
      access: reception,
      params: { ...params, procedureId: idParam('result-not-pending') },
      body: emptySchema,
      examples: { request: {}, errors: ['ticket-not-found', 'result-not-pending'] },
      handle: ({ params: { id, procedureId }, req }) => results.returnResult(id, procedureId, currentStaff(req)),
    }),
    defineRoute({
      method: 'GET',
      path: '/tickets/:id/fast-track',
      summary: "A ticket's fast-track dossier",
      access: { who: 'staff:read', scope: 'center' },
      params,
      handle: ({ params: { id }, req }) => fastTrack.dossierFor(id, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/approve',
      summary: "A leader's approval of a fast-track dossier, on the spot",
      access: leader,
      params,
      body: emptySchema,
      examples: { request: {}, errors: ['ticket-not-found', 'not-fast-track', 'fast-track-step-order'] },
      handle: ({ params: { id }, req }) => fastTrack.approve(id, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/tickets/:id/refuse',
      summary: "A leader's refusal of a fast-track dossier, with the reason",
      access: leader,
      params,
      body: refuseSchema,
      examples: {
        request: { reason: 'Thiếu bản sao giấy chứng sinh' },
        errors: ['ticket-not-found', 'not-fast-track', 'fast-track-step-order'],
      },
      handle: ({ params: { id }, body, req }) => fastTrack.refuse(id, currentStaff(req), body.reason),
    }),
  ];
}
