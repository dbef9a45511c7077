// Paired screens: wall displays, kiosks and rating tablets an admin or manager issued a code for.
import type { DeviceKind } from '../schemas.js';

/** How long a pairing code can be used (once). */
export const PAIRING_CODE_HOURS = 24;

export interface DeviceView {
  id: number;
  centerId: string;
  /** The counter a rating screen faces; null for walls and kiosks. */
  counterId: number | null;
  kind: DeviceKind;
  name: string;
  createdAt: number;
  pairedAt: number | null;
  revokedAt: number | null;
}

/** `GET /api/centers/:centerId/devices`. */
export interface DeviceList {
  requirePairing: boolean;
  devices: DeviceView[];
}

/**
 * A wall display whose browser blocks its sound (`wall:sound`): a paired wall by its device, an
 * unpaired one (a center that does not require pairing) without.
 */
export interface SilentWall {
  deviceId: number | null;
  /** The paired wall's name on /admin → Thiết bị; null for an unpaired one. */
  name: string | null;
}

/** A new device and its one-time pairing code (shown once, valid PAIRING_CODE_HOURS). */
export interface IssuedDeviceCode {
  device: DeviceView;
  code: string;
}

/** Where the backups stand (GET /api/admin/backups). */
export interface BackupsView {
  count: number;
  lastBackupAt: number | null;
  /** A copy folder (MOTCUA_BACKUP_COPY_DIR) is set. */
  copyConfigured: boolean;
  /** The newest copy verified where it landed. */
  lastCopy: { file: string; takenAt: number; bytes: number; sha256: string; verifiedAt: number } | null;
  /** Why the latest copy failed, until one succeeds. */
  copyError: string | null;
}
