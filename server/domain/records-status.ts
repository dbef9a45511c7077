// The records system's word on a dossier (POST /api/dossiers/:code/status): its result is ready, it
// is refused, or it needs a supplement. Stored on the procedure line with its outbox event in one
// transaction, then told to the center (reception's result list) and to the ticket's phone.
import type { DossierLine, RecordsStatus, ApiKeyView } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { setRecordsStatus } from '../store/dossier-queries.js';
import { getTicketRow, toTicketView } from '../store/ticket-queries.js';
import { waitingByField } from '../store/queue-queries.js';
import type { CenterAccess } from './center-access.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { DossierCodes } from './dossier-codes.js';
import { recordTicketEvent, webhookLines } from './ticket-outbox.js';

export class RecordsStatusDesk {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly access: CenterAccess,
    private readonly dossiers: DossierCodes,
    private readonly emit: CenterEventSink,
  ) {}

  /** A code of no center the key reaches is 404, whether it exists elsewhere or not. */
  set(key: ApiKeyView, rawCode: string, status: RecordsStatus): DossierLine {
    const { centerId, line } = this.store.transaction(() => {
      const found = this.dossiers.findAmong(this.access.centersOfKey(key), rawCode);
      if (!found) throw new DomainError('dossier-not-found');
      const now = this.clock();
      setRecordsStatus(this.store, found.line.ticketId, found.line.procedureId, status, now);
      const webhookLine = webhookLines(this.store, found.line.ticketId).find((l) => l.procedureId === found.line.procedureId)!;
      recordTicketEvent(this.store, 'dossier.status', found.line.ticketId, now, { status, line: webhookLine });
      return { centerId: found.centerId, line: { ...found.line, recordsStatus: status } };
    });
    const ticket = toTicketView(this.store, getTicketRow(this.store, line.ticketId)!);
    this.emit(centerId, { name: 'ticket:result-status', payload: { ticket, waiting: waitingByField(this.store, centerId) } });
    return line;
  }
}
