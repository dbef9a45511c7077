// Whose center a staff member may reach: their own, and — for the reads a province watches — its
// wards when theirs is the province center. The one rule behind every route declared with scope 'center'.
import type { StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { parentOf } from '../store/report-queries.js';

export class CenterAccess {
  constructor(private readonly store: Store) {}

  reaches(staff: StaffView, centerId: string, { province = false } = {}): boolean {
    return staff.centerId === centerId || (province && parentOf(this.store, centerId) === staff.centerId);
  }
}
