// The records system's calls with its API key: its word on a dossier, found by the dossier's code.
import { dossierStatusSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentKey } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { dossierCodeParam } from '../validate.js';

export function recordsRoutes({ recordsStatus }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/dossiers/:code/status',
      summary:
        "The records system's word on a dossier: result ready, refused or supplement required (404 for a code of no center the key reaches)",
      // Scope 'own': the key's own center and its wards, which the code itself says.
      access: { who: 'api-key', key: 'dossiers:write-status', scope: 'own' },
      params: { code: dossierCodeParam },
      body: dossierStatusSchema,
      examples: {
        request: { status: 'result-ready' },
        errors: ['dossier-code-malformed', 'dossier-code-no-such-date', 'dossier-not-found'],
      },
      handle: ({ params: { code }, body, req }) => ({ dossier: recordsStatus.set(currentKey(req), code, body.status) }),
    }),
  ];
}
