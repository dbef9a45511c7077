// SQL for integration API keys: the row a token's prefix names, a center's keys with their scopes.
import type { ApiKeyView, ApiScope } from '../../shared/types.js';
import type { Store } from './database.js';

interface KeyRow {
  id: number;
  centerId: string;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  revokedAt: number | null;
  scopes: string | null;
}

const SELECT = `SELECT k.id, k.center_id AS centerId, k.name, k.prefix, k.created_at AS createdAt,
    k.last_used_at AS lastUsedAt, k.revoked_at AS revokedAt,
    (SELECT group_concat(scope) FROM api_key_scopes s WHERE s.key_id = k.id) AS scopes
  FROM api_keys k`;

const toView = ({ scopes, ...row }: KeyRow): ApiKeyView => ({ ...row, scopes: (scopes?.split(',') ?? []).sort() as ApiScope[] });

export function insertApiKey(
  store: Store,
  k: { centerId: string; name: string; prefix: string; tokenHash: Buffer; scopes: readonly ApiScope[]; createdBy: number; at: number },
): number {
  const id = Number(
    store.run(
      'INSERT INTO api_keys (center_id, name, prefix, token_hash, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      k.centerId,
      k.name,
      k.prefix,
      k.tokenHash,
      k.createdBy,
      k.at,
    ).lastInsertRowid,
  );
  for (const scope of new Set(k.scopes)) store.run('INSERT INTO api_key_scopes (key_id, scope) VALUES (?, ?)', id, scope);
  return id;
}

export function apiKeysOfCenter(store: Store, centerId: string): ApiKeyView[] {
  return store.all<KeyRow>(`${SELECT} WHERE k.center_id = ? ORDER BY k.id DESC`, centerId).map(toView);
}

export function getApiKey(store: Store, id: number): ApiKeyView | undefined {
  const row = store.first<KeyRow>(`${SELECT} WHERE k.id = ?`, id);
  return row && toView(row);
}

/** The key a token's prefix names, with its stored hash, whether revoked or not. */
export function apiKeyByPrefix(store: Store, prefix: string): { key: ApiKeyView; tokenHash: Buffer } | undefined {
  const row = store.first<KeyRow & { tokenHash: Buffer }>(
    `${SELECT.replace('FROM api_keys k', ', k.token_hash AS tokenHash FROM api_keys k')} WHERE k.prefix = ?`,
    prefix,
  );
  if (!row) return undefined;
  const { tokenHash, ...rest } = row;
  return { key: toView(rest), tokenHash };
}

/** Records a use of the key (to the minute). */
export function touchApiKey(store: Store, id: number, at: number): void {
  // At most one write a minute per key, however often it calls.
  store.run('UPDATE api_keys SET last_used_at = ? WHERE id = ? AND (last_used_at IS NULL OR last_used_at < ?)', at, id, at - 60_000);
}

export function revokeApiKey(store: Store, id: number, at: number): void {
  store.run('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?', at, id);
}

/** Whether the center has a key that still opens something (the integration is on). */
export function hasLiveApiKey(store: Store, centerId: string): boolean {
  return store.first('SELECT 1 FROM api_keys WHERE center_id = ? AND revoked_at IS NULL LIMIT 1', centerId) !== undefined;
}
