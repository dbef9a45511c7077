// Paired screens: the admin's list, codes and revocations, and the screen trading its code for a cookie.
import type { CreateDeviceRequest } from '../../shared/schemas.js';
import type { DeviceList, DeviceView, IssuedDeviceCode } from '../../shared/types.js';
import { request } from './http.js';

const base = (centerId: string) => `/api/centers/${encodeURIComponent(centerId)}`;

export const listDevices = (centerId: string) => request<DeviceList>('GET', `${base(centerId)}/devices`);
export const issueDeviceCode = (centerId: string, req: CreateDeviceRequest) =>
  request<IssuedDeviceCode>('POST', `${base(centerId)}/devices`, req);
export const revokeDevice = (centerId: string, id: number) =>
  request<DeviceView>('POST', `${base(centerId)}/devices/${id}/revoke`);
export const setRequirePairing = (centerId: string, requirePairing: boolean) =>
  request<{ requirePairing: boolean }>('POST', `${base(centerId)}/pairing`, { requirePairing });

/** The screen's side: the server answers with the device and sets its httpOnly cookie. */
export const pairDevice = (code: string) => request<{ device: DeviceView }>('POST', '/api/devices/pair', { code });
