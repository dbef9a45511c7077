// An administrator's hold on staff accounts of their own center: list, disable, reset a password.
// Disabling or resetting signs the account out everywhere (its sessions are deleted here; the
// caller disconnects its sockets).
import type { StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { deleteSessionsOf, getStaff, setPasswordHash, setStaffActive, staffOfCenter } from '../store/staff-queries.js';
import { DomainError } from './domain-error.js';
import { hashPassword } from './password.js';

export type StaffAccount = StaffView & { active: boolean };

export class StaffAdmin {
  constructor(private readonly store: Store) {}

  list(admin: StaffView): StaffAccount[] {
    return staffOfCenter(this.store, admin.centerId);
  }

  disable(staffId: number, admin: StaffView): StaffAccount {
    this.store.transaction(() => {
      this.ofCenter(staffId, admin);
      setStaffActive(this.store, staffId, false);
      deleteSessionsOf(this.store, staffId);
    });
    return getStaff(this.store, staffId)!;
  }

  async resetPassword(staffId: number, password: string, admin: StaffView): Promise<StaffAccount> {
    this.ofCenter(staffId, admin);
    const hash = await hashPassword(password);
    this.store.transaction(() => {
      setPasswordHash(this.store, staffId, hash);
      deleteSessionsOf(this.store, staffId);
    });
    return getStaff(this.store, staffId)!;
  }

  /** Another center's account is answered like a missing one. */
  private ofCenter(staffId: number, admin: StaffView): StaffAccount {
    const staff = getStaff(this.store, staffId);
    if (!staff || staff.centerId !== admin.centerId) throw new DomainError('staff-not-found');
    return staff;
  }
}
