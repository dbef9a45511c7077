// Pairing wall displays, kiosks and rating screens (admin, manager), and the screen's side of it.
import { createDeviceSchema, emptySchema, pairDeviceSchema, pairingSettingSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { setDeviceCookie } from '../cookies.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';
import { centerIdParam, idParam } from '../validate.js';

const configure = { who: 'center:configure', scope: 'center' } as const;
const params = { centerId: centerIdParam };

/** `revoked` disconnects the device's sockets at once. */
export function deviceRoutes({ devices }: Domain, revoked: (deviceId: number) => void): RouteSpec[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/centers/:centerId/devices',
      summary: "The center's paired screens and the pairing setting",
      access: configure,
      params,
      handle: ({ params: { centerId } }) => devices.list(centerId),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/devices',
      summary: 'Create a screen and its one-time pairing code',
      access: configure,
      params,
      body: createDeviceSchema,
      examples: { request: { kind: 'wall', name: 'Màn hình sảnh' }, errors: ['center-not-found', 'counter-not-found'] },
      status: 201,
      handle: ({ params: { centerId }, body, req }) => devices.create(centerId, body, currentStaff(req)),
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/devices/:id/revoke',
      summary: 'End a screen: its cookie opens nothing, its sockets are cut',
      access: configure,
      params: { ...params, id: idParam('device-not-found') },
      body: emptySchema,
      examples: { request: {}, errors: ['device-not-found'] },
      handle: ({ params: { centerId, id } }) => {
        const device = devices.revoke(centerId, id);
        revoked(device.id);
        return device;
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/centers/:centerId/pairing',
      summary: 'Require paired screens for the kiosk and display feed, or not',
      access: configure,
      params,
      body: pairingSettingSchema,
      examples: { request: { requirePairing: true }, errors: ['center-not-found'] },
      handle: ({ params: { centerId }, body }) => devices.setRequirePairing(centerId, body.requirePairing),
    }),
    defineRoute({
      method: 'POST',
      path: '/devices/pair',
      summary: 'A screen trades its pairing code for the device cookie',
      access: { who: 'public', scope: 'none', limit: 'public' },
      body: pairDeviceSchema,
      examples: { request: { code: 'K7M2Q9XP' }, errors: ['device-not-found'] },
      handle: ({ body, req, res }) => {
        const { device, token } = devices.pair(body.code);
        setDeviceCookie(req, res, token);
        res.locals.auditDeviceId = device.id;
        return { device };
      },
    }),
  ];
}
