// System administration: an online backup on demand.
import { Router } from 'express';
import { basename } from 'node:path';
import { emptySchema } from '../../../shared/schemas.js';
import type { Backups } from '../../ops/backup.js';
import { requirePermission } from '../auth-guard.js';
import { parseBody } from '../validate.js';

/** Mounted at /api/admin. */
export function adminRoutes(backups: Backups): Router {
  const r = Router();
  r.use(requirePermission('system:admin'));
  r.post('/backup', async (req, res) => {
    parseBody(emptySchema, req.body);
    const { file, bytes } = await backups.run();
    res.status(201).json({ file: basename(file), bytes });
  });
  return r;
}
