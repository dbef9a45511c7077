// Paired screens: an admin or manager issues a one-time pairing code for a wall display, kiosk or
// rating screen; the screen trades it for a long-lived token (its httpOnly cookie); revoking ends it.
import { createHash, randomBytes, randomInt } from 'node:crypto';
import type { CreateDeviceRequest, DeviceKind } from '../../shared/schemas.js';
import { PAIRING_CODE_HOURS, type DeviceList, type DeviceView, type IssuedDeviceCode, type StaffView } from '../../shared/types.js';
import { getCounterRow } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import {
  deviceByCode,
  deviceByToken,
  getDevice,
  insertDevice,
  listDevices,
  markPaired,
  markRevoked,
  requiresPairing,
  setRequirePairing,
  type DeviceRow,
} from '../store/device-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';

/** The pairing code's alphabet: no 0/O, 1/I/L look-alikes (matches pairingCodeSchema). */
const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const hash = (secret: string) => createHash('sha256').update(secret).digest('base64url');

const toView = (r: DeviceRow): DeviceView => ({
  id: r.id,
  centerId: r.center_id,
  counterId: r.counter_id,
  kind: r.kind,
  name: r.name,
  createdAt: r.created_at,
  pairedAt: r.paired_at,
  revokedAt: r.revoked_at,
});

export class DeviceService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  /** A device waiting for its screen, and its pairing code (shown once, valid 24 hours). */
  create(centerId: string, req: CreateDeviceRequest, staff: StaffView): IssuedDeviceCode {
    this.reader.center(centerId);
    if (req.counterId !== undefined && getCounterRow(this.store, req.counterId)?.center_id !== centerId) {
      throw new DomainError('counter-not-found');
    }
    const code = Array.from({ length: 8 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
    const now = this.clock();
    const id = insertDevice(
      this.store,
      {
        centerId,
        counterId: req.counterId ?? null,
        kind: req.kind,
        name: req.name,
        // Unpaired: a random placeholder that no cookie can match.
        codeHash: hash(code),
        codeExpiresAt: now + PAIRING_CODE_HOURS * 3600_000,
        tokenHash: hash(randomBytes(32).toString('hex')),
        createdBy: staff.id,
      },
      now,
    );
    return { device: toView(getDevice(this.store, id)!), code };
  }

  list(centerId: string): DeviceList {
    this.reader.center(centerId);
    return { requirePairing: requiresPairing(this.store, centerId), devices: listDevices(this.store, centerId).map(toView) };
  }

  /**
   * Uses a pairing code (once) and hands the screen a fresh device token for its httpOnly cookie.
   * Only its hash is stored, and nobody but the screen ever sees it.
   */
  pair(code: string): { device: DeviceView; token: string } {
    return this.store.transaction(() => {
      const row = deviceByCode(this.store, hash(code), this.clock());
      if (!row) throw new DomainError('device-not-found');
      const token = randomBytes(32).toString('base64url');
      markPaired(this.store, row.id, hash(token), this.clock());
      return { device: toView(getDevice(this.store, row.id)!), token };
    });
  }

  revoke(centerId: string, deviceId: number): DeviceView {
    this.reader.center(centerId);
    const row = getDevice(this.store, deviceId);
    if (!row || row.center_id !== centerId) throw new DomainError('device-not-found');
    markRevoked(this.store, deviceId, this.clock());
    return toView(getDevice(this.store, deviceId)!);
  }

  setRequirePairing(centerId: string, on: boolean): { requirePairing: boolean } {
    this.reader.center(centerId);
    setRequirePairing(this.store, centerId, on);
    return { requirePairing: on };
  }

  /** A paired, unrevoked device by its cookie token. */
  byToken(token: string | undefined): DeviceView | null {
    if (!token) return null;
    const row = deviceByToken(this.store, hash(token));
    return row ? toView(row) : null;
  }

  byId(id: number): DeviceView | null {
    const row = getDevice(this.store, id);
    return row && row.revoked_at === null && row.paired_at !== null ? toView(row) : null;
  }

  /** Whether a screen may use the center's kiosk or display feed: pairing off, or a live device of the center. */
  admits(centerId: string, device: DeviceView | null, kinds: readonly DeviceKind[]): boolean {
    if (!requiresPairing(this.store, centerId)) return true;
    if (!device || device.centerId !== centerId || !kinds.includes(device.kind)) return false;
    return true;
  }

  /** Whether a rating screen may rate at this counter: pairing off, or the counter's own paired rating screen. */
  admitsRatingAt(centerId: string, counterId: number | null, device: DeviceView | null): boolean {
    if (!requiresPairing(this.store, centerId)) return true;
    return this.admits(centerId, device, ['rating']) && device?.counterId === counterId;
  }
}
