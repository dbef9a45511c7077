// Who may read a center's board and reports: its own staff, and staff of its province center.
import type { StaffView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { parentOf } from '../store/report-queries.js';
import { DomainError } from './domain-error.js';

export function assertCanRead(store: Store, staff: StaffView, centerId: string): void {
  if (staff.centerId === centerId) return;
  if (parentOf(store, centerId) === staff.centerId) return;
  throw new DomainError('forbidden');
}
