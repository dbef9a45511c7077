// Pairing wall displays, kiosks and rating screens (admin, manager), and the screen's side of it.
import { Router } from 'express';
import { createDeviceSchema, emptySchema, pairDeviceSchema, pairingSettingSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff, requirePermission } from '../auth-guard.js';
import { setDeviceCookie } from '../cookies.js';
import { centerParam, idParam, parseBody } from '../validate.js';

/** Mounted at /api/centers/:centerId; `revoked` disconnects the device's sockets at once. */
export function centerDeviceRoutes({ devices }: Domain, revoked: (deviceId: number) => void): Router {
  const r = Router({ mergeParams: true });
  const configure = requirePermission('center:configure');
  r.get('/devices', configure, (req, res) => {
    res.json(devices.list(centerParam(req), currentStaff(req)));
  });
  r.post('/devices', configure, (req, res) => {
    res.status(201).json(devices.create(centerParam(req), parseBody(createDeviceSchema, req.body), currentStaff(req)));
  });
  r.post('/devices/:id/revoke', configure, (req, res) => {
    parseBody(emptySchema, req.body);
    const device = devices.revoke(centerParam(req), idParam(req.params.id, 'device-not-found'), currentStaff(req));
    revoked(device.id);
    res.json(device);
  });
  r.post('/pairing', configure, (req, res) => {
    const { requirePairing } = parseBody(pairingSettingSchema, req.body);
    res.json(devices.setRequirePairing(centerParam(req), requirePairing, currentStaff(req)));
  });
  return r;
}

/** Mounted at /api/devices: a screen trades its pairing code for the device cookie. */
export function devicePairingRoutes({ devices }: Domain): Router {
  const r = Router();
  r.post('/pair', (req, res) => {
    const { device, token } = devices.pair(parseBody(pairDeviceSchema, req.body).code);
    setDeviceCookie(req, res, token);
    res.locals.auditDeviceId = device.id;
    res.json({ device });
  });
  return r;
}
