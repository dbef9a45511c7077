// SQL for paired screens and a center's pairing requirement.
import type { DeviceKind } from '../../shared/schemas.js';
import { centerKey } from './catalog-queries.js';
import type { Store } from './database.js';

export interface DeviceRow {
  id: number;
  center_id: string;
  counter_id: number | null;
  kind: DeviceKind;
  name: string;
  code_expires_at: number | null;
  created_at: number;
  paired_at: number | null;
  revoked_at: number | null;
}

const COLUMNS = 'id, center_id, counter_id, kind, name, code_expires_at, created_at, paired_at, revoked_at';

export function insertDevice(
  store: Store,
  d: {
    centerId: string;
    counterId: number | null;
    kind: DeviceKind;
    name: string;
    codeHash: string;
    codeExpiresAt: number;
    tokenHash: string;
    createdBy: number;
  },
  at: number,
): number {
  return Number(
    store.run(
      `INSERT INTO devices (center_id, counter_id, kind, name, code_hash, code_expires_at, token_hash, created_by, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      d.centerId,
      d.counterId,
      d.kind,
      d.name,
      d.codeHash,
      d.codeExpiresAt,
      d.tokenHash,
      d.createdBy,
      at,
    ).lastInsertRowid,
  );
}

export function getDevice(store: Store, id: number): DeviceRow | undefined {
  return store.first<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE id = ?`, id);
}

export function listDevices(store: Store, centerId: string): DeviceRow[] {
  return store.all<DeviceRow>(`SELECT ${COLUMNS} FROM devices WHERE center_id = ? ORDER BY id`, centerId);
}

/** The device a code pairs, while the code is unused, unexpired and the device not revoked. */
export function deviceByCode(store: Store, codeHash: string, now: number): DeviceRow | undefined {
  return store.first<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices WHERE code_hash = ? AND code_expires_at > ? AND revoked_at IS NULL`,
    codeHash,
    now,
  );
}

export function markPaired(store: Store, id: number, tokenHash: string, at: number): void {
  store.run('UPDATE devices SET code_hash = NULL, code_expires_at = NULL, token_hash = ?, paired_at = ? WHERE id = ?', tokenHash, at, id);
}

export function deviceByToken(store: Store, tokenHash: string): DeviceRow | undefined {
  return store.first<DeviceRow>(
    `SELECT ${COLUMNS} FROM devices WHERE token_hash = ? AND revoked_at IS NULL AND paired_at IS NOT NULL`,
    tokenHash,
  );
}

export function markRevoked(store: Store, id: number, at: number): void {
  store.run('UPDATE devices SET code_hash = NULL, revoked_at = ? WHERE id = ? AND revoked_at IS NULL', at, id);
}

const pairingKey = (centerId: string) => `${centerKey(centerId)}/pairing`;

/** Asked on every kiosk ticket and display snapshot, hence remembered. */
export function requiresPairing(store: Store, centerId: string): boolean {
  return (
    store.remember(
      pairingKey(centerId),
      () => store.first<{ r: number }>('SELECT require_pairing AS r FROM centers WHERE id = ?', centerId)?.r === 1,
    ) ?? false
  );
}

export function setRequirePairing(store: Store, centerId: string, on: boolean): void {
  store.run('UPDATE centers SET require_pairing = ? WHERE id = ?', on ? 1 : 0, centerId);
  store.forget(pairingKey(centerId));
}
