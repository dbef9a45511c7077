// Center settings a manager or admin edits outside the calendar: the queue's rules (priority,
// no-shows, the board's long-wait alert), the wall's spoken call line, the agency code, when a
// phone that opted in is told its ticket nears the front, and the public address.
import { parseAgencyCode } from '../../shared/rules/dossier-code.js';
import type { NearNoticeRequest, QueueRulesRequest, VoiceSettingsRequest } from '../../shared/schemas.js';
import type { CenterInfo } from '../../shared/types.js';
import {
  setAgencyCode,
  setNearNotice,
  setPersonalDataMonths,
  setPublicUrl,
  setQueueRules,
  setVoiceTemplates,
} from '../store/catalog-queries.js';
import { hasLiveApiKey } from '../store/api-key-queries.js';
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

  /** The agency code every dossier code recorded from now on must carry (checked by the rule's agency part); null: none checked. */
  setAgencyCode(centerId: string, raw: string | null): CenterInfo {
    const parsed = raw === null ? null : parseAgencyCode(raw);
    if (parsed && !parsed.ok) throw new DomainError('agency-code-invalid', { code: parsed.code });
    return this.change(centerId, () => {
      // The integration, once on, needs it (server/domain/api-keys.ts): cleared only once its keys are revoked.
      if (!parsed && hasLiveApiKey(this.store, centerId)) throw new DomainError('agency-code-in-use');
      setAgencyCode(this.store, centerId, parsed?.agency ?? null);
    });
  }

  /** Tickets whose notice went out keep it sent; the others are told by the new setting. */
  setNearNotice(centerId: string, req: NearNoticeRequest): CenterInfo {
    return this.change(centerId, () => setNearNotice(this.store, centerId, req));
  }

  /** How many months Form 01's name and phone are kept (the route purges at once with it). */
  setPersonalDataMonths(centerId: string, months: number): CenterInfo {
    return this.change(centerId, () => setPersonalDataMonths(this.store, centerId, months));
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
