// SQL for staff accounts and their login sessions.
import type { Role, StaffView } from '../../shared/types.js';
import type { Store } from './database.js';

interface StaffRow {
  id: number;
  center_id: string;
  username: string;
  display_name: string;
  role: Role;
  password_hash: string;
  active: number;
}

const toStaff = (r: StaffRow): StaffView => ({
  id: r.id,
  centerId: r.center_id,
  username: r.username,
  displayName: r.display_name,
  role: r.role,
});

export function findStaffForLogin(store: Store, username: string): { staff: StaffView; passwordHash: string } | undefined {
  const row = store.first<StaffRow>('SELECT * FROM staff WHERE username = ? AND active = 1', username);
  return row && { staff: toStaff(row), passwordHash: row.password_hash };
}

export function insertStaff(
  store: Store,
  s: { centerId: string; username: string; displayName: string; role: Role; passwordHash: string },
  at: number,
): number {
  return Number(
    store.run(
      'INSERT INTO staff (center_id, username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      s.centerId,
      s.username,
      s.displayName,
      s.role,
      s.passwordHash,
      at,
    ).lastInsertRowid,
  );
}

export function insertSession(store: Store, tokenHash: string, staffId: number, at: number, expiresAt: number): void {
  store.run(
    'INSERT INTO auth_sessions (token_hash, staff_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)',
    tokenHash,
    staffId,
    at,
    expiresAt,
    at,
  );
}

/** The session's staff member, unless it expired or was last used before `idleSince`. */
export function staffBySession(
  store: Store,
  tokenHash: string,
  now: number,
  idleSince: number,
): { staff: StaffView; lastSeenAt: number } | undefined {
  const row = store.first<StaffRow & { last_seen_at: number }>(
    `SELECT s.*, coalesce(a.last_seen_at, a.created_at) AS last_seen_at FROM auth_sessions a JOIN staff s ON s.id = a.staff_id
     WHERE a.token_hash = ? AND a.expires_at > ? AND coalesce(a.last_seen_at, a.created_at) > ? AND s.active = 1`,
    tokenHash,
    now,
    idleSince,
  );
  return row && { staff: toStaff(row), lastSeenAt: row.last_seen_at };
}

export function touchSession(store: Store, tokenHash: string, at: number): void {
  store.run('UPDATE auth_sessions SET last_seen_at = ? WHERE token_hash = ?', at, tokenHash);
}

/** Signs a staff member out everywhere. */
export function deleteSessionsOf(store: Store, staffId: number): void {
  store.run('DELETE FROM auth_sessions WHERE staff_id = ?', staffId);
}

export function staffOfCenter(store: Store, centerId: string): (StaffView & { active: boolean })[] {
  return store
    .all<StaffRow>('SELECT * FROM staff WHERE center_id = ? ORDER BY id', centerId)
    .map((r) => ({ ...toStaff(r), active: r.active === 1 }));
}

export function getStaff(store: Store, id: number): (StaffView & { active: boolean }) | undefined {
  const row = store.first<StaffRow>('SELECT * FROM staff WHERE id = ?', id);
  return row && { ...toStaff(row), active: row.active === 1 };
}

/** The center of an account by its username (to file a failed sign-in under its center). */
export function centerOfUsername(store: Store, username: string): string | undefined {
  return store.first<{ center_id: string }>('SELECT center_id FROM staff WHERE username = ?', username)?.center_id;
}

export function setStaffActive(store: Store, id: number, active: boolean): void {
  store.run('UPDATE staff SET active = ? WHERE id = ?', active ? 1 : 0, id);
}

export function setPasswordHash(store: Store, id: number, passwordHash: string): void {
  store.run('UPDATE staff SET password_hash = ? WHERE id = ?', passwordHash, id);
}

export function deleteSession(store: Store, tokenHash: string): void {
  store.run('DELETE FROM auth_sessions WHERE token_hash = ?', tokenHash);
}

export function countStaff(store: Store): number {
  return store.first<{ n: number }>('SELECT COUNT(*) AS n FROM staff')!.n;
}
