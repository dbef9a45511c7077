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
      s.centerId, s.username, s.displayName, s.role, s.passwordHash, at,
    ).lastInsertRowid,
  );
}

export function insertSession(store: Store, tokenHash: string, staffId: number, at: number, expiresAt: number): void {
  store.run('INSERT INTO auth_sessions (token_hash, staff_id, created_at, expires_at) VALUES (?, ?, ?, ?)', tokenHash, staffId, at, expiresAt);
}

export function staffBySession(store: Store, tokenHash: string, now: number): StaffView | undefined {
  const row = store.first<StaffRow>(
    `SELECT s.* FROM auth_sessions a JOIN staff s ON s.id = a.staff_id
     WHERE a.token_hash = ? AND a.expires_at > ? AND s.active = 1`,
    tokenHash, now,
  );
  return row && toStaff(row);
}

export function deleteSession(store: Store, tokenHash: string): void {
  store.run('DELETE FROM auth_sessions WHERE token_hash = ?', tokenHash);
}

export function countStaff(store: Store): number {
  return store.first<{ n: number }>('SELECT COUNT(*) AS n FROM staff')!.n;
}
