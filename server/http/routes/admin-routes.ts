// System administration: an online backup on demand, and where the backups stand.
import { basename } from 'node:path';
import { emptySchema } from '../../../shared/schemas.js';
import type { BackupsView } from '../../../shared/types.js';
import type { Backups } from '../../ops/backup.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';

export function adminRoutes(backups: Backups): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/admin/backup',
      summary: 'An online backup now (and its verified off-box copy, when a copy folder is set)',
      access: { who: 'system:admin', scope: 'own' },
      body: emptySchema,
      examples: { request: {}, errors: ['unavailable'] },
      status: 201,
      handle: async () => {
        const { file, bytes, copy, copyError } = await backups.run();
        return { file: basename(file), bytes, copy, copyError };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/admin/backups',
      summary: 'The newest backup here and the last good off-box copy',
      access: { who: 'system:admin', scope: 'own' },
      handle: async (): Promise<BackupsView> => ({
        count: backups.list().length,
        lastBackupAt: backups.lastBackupAt(),
        copyConfigured: backups.copies !== null,
        lastCopy: (await backups.copies?.lastGood()) ?? null,
        copyError: backups.lastCopyError,
      }),
    }),
  ];
}
