// Center settings a manager or admin edits outside the calendar: the queue's rules (priority,
// no-shows, the board's long-wait alert), the wall's spoken call line and the public address.
import type { QueueRulesRequest, VoiceSettingsRequest } from '../../shared/schemas.js';
import type { CenterInfo } from '../../shared/types.js';
import { setPublicUrl, setQueueRules, setVoiceTemplates } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import type { CenterEventSink } from './center-events.js';
import type { QueueReader } from './queue-reader.js';

export class CenterSettings {
  constructor(
    private readonly store: Store,
    private readonly reader: QueueReader,
    private readonly emit: CenterEventSink,
  ) {}

  /** The templates are validated at the edge (both must contain {number} and {counter}). */
  setVoice(centerId: string, req: VoiceSettingsRequest): CenterInfo {
    return this.change(centerId, () => setVoiceTemplates(this.store, centerId, req.templateVi, req.templateEn));
  }

  /** The QR codes of tickets issued from now on carry it; null goes back to the server's default. */
  setPublicUrl(centerId: string, publicUrl: string | null): CenterInfo {
    return this.change(centerId, () => setPublicUrl(this.store, centerId, publicUrl));
  }

  /** The next Call next follows the new priority rule; tickets keep their numbers and places so far. */
  setQueueRules(centerId: string, req: QueueRulesRequest): CenterInfo {
    return this.change(centerId, () => setQueueRules(this.store, centerId, req));
  }

  private change(centerId: string, write: () => void): CenterInfo {
    this.reader.center(centerId);
    this.store.transaction(write);
    const center = this.reader.center(centerId);
    // Walls, boards and counters pick up the change at once.
    this.emit(centerId, { name: 'center:updated', payload: center });
    return center;
  }
}
