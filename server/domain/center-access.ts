// Whose center a staff member may reach: their own, and — for the reads a province watches — its
// wards when theirs is the province center. An API key reaches its center and that center's wards. The one rule behind every route declared with scope 'center'.
import type { ApiKeyView, StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { childCenterIds, parentOf } from '../store/report-queries.js';

export class CenterAccess {
  constructor(private readonly store: Store) {}

  reaches(staff: StaffView, centerId: string, { province = false } = {}): boolean {
    return staff.centerId === centerId || (province && parentOf(this.store, centerId) === staff.centerId);
  }

  /** An API key reaches its own center and, a province center's key, its wards — for every scope it holds. */
  keyReaches(key: ApiKeyView, centerId: string): boolean {
    return key.centerId === centerId || parentOf(this.store, centerId) === key.centerId;
  }

  /** The centers a key reaches: its own first, then its wards. */
  centersOfKey(key: ApiKeyView): string[] {
    return [key.centerId, ...childCenterIds(this.store, key.centerId)];
  }
}
