// Which roles may do what. The server's one guard reads this table; screens use it to hide buttons.
import type { Role } from './types.js';

export const PERMISSIONS = {
  /** Sign in at a counter and call, serve, finish, transfer tickets. */
  'counter:operate': ['clerk', 'leader', 'manager', 'admin'],
  /** Issue tickets on a citizen's behalf, reprint and withdraw them. */
  'reception:assist': ['reception', 'clerk', 'manager', 'admin'],
  /** Approve or refuse a fast-track dossier on the spot: a leader's signature. */
  'fast-track:approve': ['leader'],
  /** Sessions, holidays, fast-track settings. */
  'center:configure': ['manager', 'admin'],
  /** Any signed-in staff member: read the day's fast-track dossiers. */
  'staff:read': ['admin', 'manager', 'leader', 'clerk', 'reception'],
  /** The live manager board, reports and the province board (of the own center and its children). */
  'reports:read': ['manager', 'admin'],
  /** The province's indicators and their per-dossier exports (of the own center and its children). */
  'indicators:read': ['manager', 'admin', 'leader'],
  /** Read and export the center's audit log. */
  'audit:read': ['manager', 'admin'],
  /** The center's webhook endpoints: where its events are sent, their backlog, replays. */
  'webhooks:manage': ['manager', 'admin'],
  /** Staff accounts (disable, reset a password) and backups. */
  'system:admin': ['admin'],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
