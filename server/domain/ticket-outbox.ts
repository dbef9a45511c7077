// The outbox events of a ticket, as outside systems receive them: written by each domain action
// inside its own transaction, with the ticket read as the change left it. They carry ids, numbers,
// states, times and outcomes — never the citizen's name or phone (bookings hold those; no event does).
import type { WebhookDataByType, WebhookEventType, WebhookLine, WebhookTicket } from '../../shared/types.js';
import { getField } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { appendEvent } from '../store/outbox-queries.js';
import { getTicketRow, type TicketRow } from '../store/ticket-queries.js';

function webhookTicket(store: Store, r: TicketRow): WebhookTicket {
  return {
    id: r.id,
    number: r.number,
    fieldId: r.field_id,
    fieldPrefix: getField(store, r.field_id)?.prefix ?? '',
    lane: r.lane,
    source: r.source,
    state: r.state,
    counterNumber: r.counter_number,
    transferred: r.transferred_at !== null,
    issuedAt: r.issued_at,
    calledAt: r.called_at,
    startedAt: r.started_at,
    finishedAt: r.finished_at,
  };
}

/** A ticket's procedure lines in the order of the visit, with outcomes, dates and dossier codes so far. */
export function webhookLines(store: Store, ticketId: number): WebhookLine[] {
  return store.all<WebhookLine>(
    `SELECT p.procedure_id AS procedureId, pr.code AS procedureCode, p.outcome, p.result_date AS resultDate,
       p.due_date AS dueDate, p.returned_on AS returnedOn, p.dossier_code AS dossierCode
     FROM ticket_procedures p JOIN procedures pr ON pr.id = p.procedure_id WHERE p.ticket_id = ? ORDER BY p.position`,
    ticketId,
  );
}

/** Writes a ticket's event into the outbox. Call inside the transaction of the change, after it. */
export function recordTicketEvent<K extends WebhookEventType>(
  store: Store,
  type: K,
  ticketId: number,
  at: number,
  data: WebhookDataByType[K],
): void {
  const row = getTicketRow(store, ticketId)!;
  appendEvent(store, { centerId: row.center_id, ticketId, type, at, data: { ticket: webhookTicket(store, row), ...data } });
}
