// An administrator's staff accounts: list, disable, reset a password. The last two sign the
// account out everywhere, sockets included.
import { emptySchema, staffPasswordSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { idParam } from '../validate.js';

const params = { id: idParam('staff-not-found') };

/** `signedOut` disconnects the account's sockets. */
export function staffRoutes({ staffAdmin }: Domain, signedOut: (staffId: number) => void): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/staff',
      summary: "The center's staff accounts",
      access: { who: 'system:admin', scope: 'own' },
      handle: ({ req }) => ({ staff: staffAdmin.list(currentStaff(req)) }),
    }),
    defineRoute({
      method: 'POST',
      path: '/staff/:id/disable',
      summary: 'Disable an account: its sessions and sockets end',
      access: { who: 'system:admin', scope: 'center' },
      params,
      body: emptySchema,
      examples: { request: {}, errors: ['staff-not-found'] },
      handle: ({ params: { id }, req }) => {
        const account = staffAdmin.disable(id, currentStaff(req));
        signedOut(account.id);
        return { staff: account };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/staff/:id/password',
      summary: 'Set a new password: its sessions and sockets end',
      access: { who: 'system:admin', scope: 'center' },
      params,
      body: staffPasswordSchema,
      examples: { request: { password: 'một-mật-khẩu-mới' }, errors: ['staff-not-found'] },
      handle: async ({ params: { id }, body, req }) => {
        const account = await staffAdmin.resetPassword(id, body.password, currentStaff(req));
        signedOut(account.id);
        return { staff: account };
      },
    }),
  ];
}
