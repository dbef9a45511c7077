// Signed webhooks: the events an outside system may subscribe to, what each carries (ids, numbers,
// states, times and outcomes — never a citizen's name or phone), and the admin's view of an endpoint.
import type { RecordsStatus } from './api-keys.js';
import type { FastTrackStage } from './calendar.js';
import type { RatingReason, RatingScore } from './citizen.js';
import type { Lane, Outcome, TicketSource, TicketState } from './queue.js';

export const WEBHOOK_EVENT_TYPES = [
  'ticket.issued',
  'ticket.called',
  'ticket.started',
  'ticket.transferred',
  'ticket.moved-on',
  'ticket.no-show',
  'ticket.finished',
  'ticket.cancelled',
  'fast-track.step',
  'rating.given',
  'result.returned',
  'dossier.status',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A ticket as it stood just after the change. */
export interface WebhookTicket {
  id: number;
  number: string;
  fieldId: number;
  fieldPrefix: string;
  lane: Lane;
  source: TicketSource;
  state: TicketState;
  counterNumber: number | null;
  transferred: boolean;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
}

/** A procedure line of the visit; the outcome and dates once it is finished, its dossier code when it has one. */
export interface WebhookLine {
  procedureId: number;
  procedureCode: string;
  outcome: Outcome | null;
  resultDate: string | null;
  dueDate: string | null;
  returnedOn: string | null;
  dossierCode: string | null;
}

/** Where a transferred ticket was and where it waits now. */
export interface WebhookPlace {
  fieldId: number;
  counterNumber: number | null;
}

/** What each event type carries besides the ticket. */
export interface WebhookDataByType {
  'ticket.issued': { lines: WebhookLine[] };
  'ticket.called': { counterNumber: number; recall: boolean };
  'ticket.started': { counterNumber: number };
  'ticket.transferred': { from: WebhookPlace; to: WebhookPlace };
  /** Part of a visit finished at a counter (those lines' outcomes recorded); the ticket waits in the next field. */
  'ticket.moved-on': { from: WebhookPlace; to: WebhookPlace; lines: WebhookLine[] };
  'ticket.no-show': { counterNumber: number; recallCount: number };
  'ticket.finished': { counterNumber: number; lines: WebhookLine[] };
  'ticket.cancelled': Record<string, never>;
  'fast-track.step': { step: FastTrackStage };
  'rating.given': { score: RatingScore; reasons: RatingReason[]; counterNumber: number | null };
  'result.returned': { line: WebhookLine };
  /** The records system's word on a dossier (POST /api/dossiers/:code/status). */
  'dossier.status': { status: RecordsStatus; line: WebhookLine };
}

export type WebhookData<K extends WebhookEventType = WebhookEventType> = { ticket: WebhookTicket } & WebhookDataByType[K];

/**
 * The body of every webhook request. `id` is the event's unique id (the receiver's idempotency key,
 * also in X-Motcua-Event-Id); `seq` increases with every event the server writes, so a receiver can
 * tell their order; `at` is when the change happened.
 */
export type WebhookEnvelope = {
  [K in WebhookEventType]: { id: string; seq: number; type: K; at: number; centerId: string; data: WebhookData<K> };
}[WebhookEventType];

/** An endpoint as the admin sees it (never its secret). */
export interface WebhookEndpointView {
  id: number;
  centerId: string;
  url: string;
  eventTypes: WebhookEventType[];
  active: boolean;
  createdAt: number;
  disabledAt: number | null;
  /** Events not delivered yet, still being tried. */
  backlog: number;
  /** Events given up on after a day of retries (replay sends them again). */
  failed: number;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastErrorAt: number | null;
  /** The id of the oldest event not delivered (pending or given up), where a replay would start. */
  oldestUndeliveredId: string | null;
}

/** A new endpoint and its signing secret, shown this once. */
export interface WebhookEndpointCreated {
  endpoint: WebhookEndpointView;
  secret: string;
}
