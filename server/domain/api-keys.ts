// Integration API keys: an admin makes one for an outside system, with its scopes; its token is
// answered once and only its SHA-256 is kept. A token is 256 random bits, not a password a person
// chose, so a slow hash (bcrypt, scrypt) would add nothing a guesser could feel: no one can search
// 2^256 tokens. The prefix finds the row, the hashes are compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { CreateApiKeyRequest } from '../../shared/schemas.js';
import type { ApiKeyCreated, ApiKeyView, StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { apiKeyByPrefix, apiKeysOfCenter, getApiKey, insertApiKey, revokeApiKey, touchApiKey } from '../store/api-key-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';

/** `mc_` and 32 random bytes in base64url. */
const TOKEN = /^mc_[A-Za-z0-9_-]{43}$/;
/** `mc_` and the token's next 8 characters: shown on /admin, unique. */
const PREFIX_LENGTH = 11;

const hashOf = (token: string) => createHash('sha256').update(token).digest();

export class ApiKeys {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  list(centerId: string): ApiKeyView[] {
    this.reader.center(centerId);
    return apiKeysOfCenter(this.store, centerId);
  }

  /**
   * A new key of the center and its token, answered this once. The records system finds dossiers by
   * their codes, which carry the agency's code: a center without one cannot turn the integration on.
   */
  create(centerId: string, req: CreateApiKeyRequest, staff: StaffView): ApiKeyCreated {
    if (this.reader.center(centerId).agencyCode === null) throw new DomainError('agency-code-required');
    const token = `mc_${randomBytes(32).toString('base64url')}`;
    const id = insertApiKey(this.store, {
      centerId,
      name: req.name,
      prefix: token.slice(0, PREFIX_LENGTH),
      tokenHash: hashOf(token),
      scopes: req.scopes,
      createdBy: staff.id,
      at: this.clock(),
    });
    return { key: getApiKey(this.store, id)!, token };
  }

  /** From now on the key opens nothing; it stays listed, revoked. */
  revoke(centerId: string, id: number): ApiKeyView {
    const key = getApiKey(this.store, id);
    if (!key || key.centerId !== centerId) throw new DomainError('api-key-not-found');
    revokeApiKey(this.store, id, this.clock());
    return getApiKey(this.store, id)!;
  }

  /** The live key a bearer token opens, its use recorded; null for anything else. */
  resolve(token: string): ApiKeyView | null {
    if (!TOKEN.test(token)) return null;
    const found = apiKeyByPrefix(this.store, token.slice(0, PREFIX_LENGTH));
    if (!found || !timingSafeEqual(found.tokenHash, hashOf(token)) || found.key.revokedAt !== null) return null;
    const now = this.clock();
    touchApiKey(this.store, found.key.id, now);
    return { ...found.key, lastUsedAt: found.key.lastUsedAt ?? now };
  }
}
