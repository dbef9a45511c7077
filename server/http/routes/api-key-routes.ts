// A center's integration API keys (its admins): list with their last use, create one (its token
// answered once), revoke.
import { createApiKeySchema, emptySchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, idParam } from '../validate.js';

const admin = { who: 'system:admin', scope: 'center' } as const;
const params = { centerId: centerIdParam };

export function apiKeyRoutes({ apiKeys }: Domain): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/api-keys',
      summary: "The center's API keys: name, prefix, scopes, last use, revoked or not (never a token)",
      access: admin,
      params,
      handle: ({ params: { centerId } }) => ({ keys: apiKeys.list(centerId) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/api-keys',
      summary: 'Create an API key with its scopes; its token is answered this once (409 without the agency code)',
      access: admin,
      params,
      body: createApiKeySchema,
      examples: {
        request: { name: 'Hệ thống một cửa điện tử tỉnh', scopes: ['tickets:read', 'dossiers:write-status'] },
        errors: ['center-not-found', 'agency-code-required'],
      },
      status: 201,
      handle: ({ params: { centerId }, body, req }) => apiKeys.create(centerId, body, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/api-keys/:id/revoke',
      summary: 'Revoke an API key: from now on it opens nothing',
      access: admin,
      params: { ...params, id: idParam('api-key-not-found') },
      body: emptySchema,
      examples: { request: {}, errors: ['api-key-not-found'] },
      handle: ({ params: { centerId, id } }) => ({ key: apiKeys.revoke(centerId, id) }),
    }),
  ];
}
