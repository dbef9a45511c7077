// An administrator's staff accounts: list, disable, reset a password. The last two sign the
// account out everywhere, sockets included.
import { Router } from 'express';
import { emptySchema, staffPasswordSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { idParam, parseBody } from '../validate.js';

/** Mounted at /api/staff; `signedOut` disconnects the account's sockets. */
export function staffRoutes({ staffAdmin }: Domain, signedOut: (staffId: number) => void): Router {
  const r = Router();
  r.use(requirePermission('system:admin'));
  r.get('/', (req, res) => {
    res.json({ staff: staffAdmin.list(currentStaff(req)) });
  });
  r.post('/:id/disable', (req, res) => {
    parseBody(emptySchema, req.body);
    const account = staffAdmin.disable(idParam(req.params.id, 'staff-not-found'), currentStaff(req));
    signedOut(account.id);
    res.json({ staff: account });
  });
  r.post('/:id/password', async (req, res) => {
    const { password } = parseBody(staffPasswordSchema, req.body);
    const account = await staffAdmin.resetPassword(idParam(req.params.id, 'staff-not-found'), password, currentStaff(req));
    signedOut(account.id);
    res.json({ staff: account });
  });
  return r;
}
