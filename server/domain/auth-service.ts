// Staff sign-in: verifies the password, and issues and resolves session tokens.
// Only a hash of each token is stored, so a copy of the database opens no session.
import { createHash, randomBytes } from 'node:crypto';
import type { StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { deleteSession, findStaffForLogin, insertSession, setPasswordHash, staffBySession, touchSession } from '../store/staff-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import { hashPassword, needsRehash, verifyPassword } from './password.js';

/** How long a session lives from sign-in. */
const SESSION_MS = 12 * 3600_000;
/** Last use is written at most this often, not on every request. */
const TOUCH_EVERY_MS = 30_000;

const hashToken = (token: string) => createHash('sha256').update(token).digest('base64url');

export class AuthService {
  // A fixed hash to compare against when the user does not exist, so both paths take as long.
  private readonly decoy = hashPassword(randomBytes(12).toString('hex'));

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    /** A session unused this long is refused (Infinity: no idle timeout). */
    private readonly idleMs: number = Infinity,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; staff: StaffView; lifetimeMs: number }> {
    const found = findStaffForLogin(this.store, username);
    const ok = await verifyPassword(password, found?.passwordHash ?? (await this.decoy));
    if (!found || !ok) throw new DomainError('invalid-credentials');
    // A hash made with older parameters is replaced now, while the password is at hand.
    if (needsRehash(found.passwordHash)) setPasswordHash(this.store, found.staff.id, await hashPassword(password));
    const token = randomBytes(32).toString('base64url');
    const now = this.clock();
    insertSession(this.store, hashToken(token), found.staff.id, now, now + SESSION_MS);
    return { token, staff: found.staff, lifetimeMs: SESSION_MS };
  }

  staffForToken(token: string | undefined): StaffView | null {
    if (!token) return null;
    const now = this.clock();
    const hash = hashToken(token);
    const found = staffBySession(this.store, hash, now, now - this.idleMs);
    if (!found) return null;
    // Last use matters only with an idle timeout.
    if (this.idleMs !== Infinity && now - found.lastSeenAt >= TOUCH_EVERY_MS) touchSession(this.store, hash, now);
    return found.staff;
  }

  /** Ends the session; returns its id (sessionId) so its sockets can be cut. */
  logout(token: string): string {
    const id = this.sessionId(token);
    deleteSession(this.store, id);
    return id;
  }

  /** A session's id: the hash of its token, never the token itself. */
  sessionId(token: string): string {
    return hashToken(token);
  }
}
