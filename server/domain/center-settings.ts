// Center settings a manager or admin edits outside the calendar: the wall's spoken call line.
import type { VoiceSettingsRequest } from '../../shared/schemas.js';
import type { CenterInfo, StaffView } from '../../shared/types.js';
import { setVoiceTemplates } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import type { CenterEventSink } from './center-events.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';

export class CenterSettings {
  constructor(
    private readonly store: Store,
    private readonly reader: QueueReader,
    private readonly emit: CenterEventSink,
  ) {}

  /** The templates are validated at the edge (both must contain {number} and {counter}). */
  setVoice(centerId: string, staff: StaffView, req: VoiceSettingsRequest): CenterInfo {
    this.reader.center(centerId);
    if (staff.centerId !== centerId) throw new DomainError('forbidden');
    setVoiceTemplates(this.store, centerId, req.templateVi, req.templateEn);
    const center = this.reader.center(centerId);
    // Walls pick up the new line at once.
    this.emit(centerId, { name: 'center:updated', payload: center });
    return center;
  }
}
