// System administration: an online backup on demand.
import { basename } from 'node:path';
import { emptySchema } from '../../../shared/schemas.js';
import type { Backups } from '../../ops/backup.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';

export function adminRoutes(backups: Backups): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/admin/backup',
      summary: 'An online backup now',
      access: { who: 'system:admin', scope: 'own' },
      body: emptySchema,
      status: 201,
      handle: async () => {
        const { file, bytes } = await backups.run();
        return { file: basename(file), bytes };
      },
    }),
  ];
}
