// The admin's side of webhooks: a center's endpoints (where its events go, which types, and how
// delivery stands), a new one with its secret shown once, disabling, deleting, and replaying an
// endpoint's events from one event on.
import { checkWebhookUrl, type WebhookUrlProblem } from '../../shared/rules/webhook-url.js';
import type { CreateWebhookRequest } from '../../shared/schemas.js';
import type { ErrorCode } from '../../shared/errors.js';
import type { StaffView, WebhookEndpointCreated, WebhookEndpointView } from '../../shared/types.js';
import type { Clock } from '../domain/clock.js';
import { DomainError } from '../domain/domain-error.js';
import type { QueueReader } from '../domain/queue-reader.js';
import type { Store } from '../store/database.js';
import {
  deleteEndpoint,
  endpointsOfCenter,
  eventSeqOf,
  getEndpoint,
  insertEndpoint,
  requeueFrom,
  setEndpointActive,
} from '../store/webhook-queries.js';
import { OUTBOX_KEEP_DAYS, type WebhookDelivery, type WebhookSettings } from './webhook-delivery.js';
import { newWebhookSecret } from './webhook-signature.js';

/** Each endpoint costs a row in every change's transaction: a center has at most this many. */
const MAX_ENDPOINTS_PER_CENTER = 10;

const URL_REFUSALS: Record<WebhookUrlProblem, ErrorCode> = {
  invalid: 'webhook-url-invalid',
  insecure: 'webhook-url-insecure',
  private: 'webhook-url-private',
};

export class WebhookEndpoints {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly settings: WebhookSettings,
    private readonly delivery: WebhookDelivery,
  ) {}

  list(centerId: string): WebhookEndpointView[] {
    this.reader.center(centerId);
    return endpointsOfCenter(this.store, centerId);
  }

  /** A new endpoint of the center, receiving the events from now on, and its secret (shown this once). */
  create(centerId: string, req: CreateWebhookRequest, staff: StaffView): WebhookEndpointCreated {
    this.reader.center(centerId);
    const target = checkWebhookUrl(req.url, this.settings.allowHttpHosts);
    if (!target.ok) throw new DomainError(URL_REFUSALS[target.problem]);
    return this.store.transaction(() => {
      if (endpointsOfCenter(this.store, centerId).length >= MAX_ENDPOINTS_PER_CENTER) {
        throw new DomainError('webhook-limit', { max: MAX_ENDPOINTS_PER_CENTER });
      }
      const secret = newWebhookSecret();
      const id = insertEndpoint(this.store, {
        centerId,
        url: target.url,
        secret,
        types: req.eventTypes,
        createdAt: this.clock(),
        createdBy: staff.id,
      });
      return { endpoint: getEndpoint(this.store, id)!, secret };
    });
  }

  /** Disabled, an endpoint gets no new events and nothing is sent to it; enabled again, its backlog goes out. */
  setActive(centerId: string, id: number, active: boolean): WebhookEndpointView {
    this.store.transaction(() => {
      this.own(centerId, id);
      setEndpointActive(this.store, id, active, this.clock());
    });
    if (active) this.delivery.wake();
    return getEndpoint(this.store, id)!;
  }

  remove(centerId: string, id: number): void {
    this.store.transaction(() => {
      this.own(centerId, id);
      deleteEndpoint(this.store, id);
    });
  }

  /** Queues the endpoint's events from `fromEventId` on again (delivered, failed or pending), in their order. */
  replay(centerId: string, id: number, fromEventId: string): { endpoint: WebhookEndpointView; requeued: number } {
    const requeued = this.store.transaction(() => {
      this.own(centerId, id);
      const seq = eventSeqOf(this.store, centerId, fromEventId);
      if (seq === undefined) throw new DomainError('webhook-event-not-found', { days: OUTBOX_KEEP_DAYS });
      return requeueFrom(this.store, id, centerId, seq, this.clock());
    });
    this.delivery.wake();
    return { endpoint: getEndpoint(this.store, id)!, requeued };
  }

  private own(centerId: string, id: number): void {
    if (getEndpoint(this.store, id)?.centerId !== centerId) throw new DomainError('webhook-not-found');
  }
}
