// Paired screens over HTTP: the device cookie resolved to its device, and the guard that lets only
// paired screens (or the center's own staff) use a kiosk or display endpoint when the center
// requires pairing.
import type { Request, RequestHandler } from 'express';
import type { DeviceKind } from '../../shared/schemas.js';
import type { DeviceView } from '../../shared/types.js';
import type { DeviceService } from '../domain/device-service.js';
import { DomainError } from '../domain/domain-error.js';
import { DEVICE_COOKIE, readCookie } from '../cookies.js';

declare module 'express-serve-static-core' {
  interface Request {
    device?: DeviceView | null;
  }
}

export function deviceResolver(devices: DeviceService): RequestHandler {
  return (req, _res, next) => {
    req.device = devices.byToken(readCookie(req.get('cookie'), DEVICE_COOKIE));
    next();
  };
}

export function requirePairedScreen(devices: DeviceService, kinds: readonly DeviceKind[]): RequestHandler {
  return (req: Request, _res, next) => {
    const centerId = String(req.params.centerId);
    const ownStaff = req.staff?.centerId === centerId;
    if (!ownStaff && !devices.admits(centerId, req.device ?? null, kinds)) throw new DomainError('device-not-paired');
    next();
  };
}
