// The status page's side of the call-back notifications: whether its ticket has a subscription, the
// citizen opting in (one subscription per ticket, a new one replacing the old) and out. Only a
// waiting ticket of today takes one; it ends with the ticket (migration 0010's trigger) or the day.
import { createECDH } from 'node:crypto';
import { isNearFront, minutesToCall } from '../../shared/rules/near-front.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { PushSubscribeRequest } from '../../shared/schemas.js';
import type { PushState, TicketStatus } from '../../shared/types.js';
import type { Clock } from '../domain/clock.js';
import { DomainError } from '../domain/domain-error.js';
import type { QueueReader } from '../domain/queue-reader.js';
import type { TicketStatusReader } from '../domain/ticket-status.js';
import type { Store } from '../store/database.js';
import { deleteSubscription, subscriptionOf, upsertSubscription } from '../store/push-queries.js';
import { getTicketRow } from '../store/ticket-queries.js';
import type { PushServices } from './push-services.js';

/** A point of P-256, as web-push will need it to encrypt: the schema checked its form only. */
function assertPublicKey(p256dh: string): void {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  try {
    ecdh.computeSecret(Buffer.from(p256dh, 'base64url'));
  } catch {
    throw new DomainError('bad-request', { detail: 'subscription.keys.p256dh' });
  }
}

export class PushSubscriptions {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly statuses: TicketStatusReader,
    private readonly services: PushServices,
    private readonly publicKey: string,
  ) {}

  state(token: string): PushState {
    return this.stateOf(this.statuses.byToken(token));
  }

  async subscribe(token: string, req: PushSubscribeRequest): Promise<PushState> {
    const before = this.statuses.byToken(token);
    this.assertWaiting(before.id);
    assertPublicKey(req.subscription.keys.p256dh);
    await this.services.check(req.subscription.endpoint);
    // The ticket may have moved while the endpoint's name was resolved.
    const status = this.statuses.status(before.id);
    const center = this.reader.center(status.centerId);
    const nearNow = isNearFront(
      { by: center.nearNoticeBy, at: center.nearNoticeAt },
      { ahead: status.ahead, minutesToCall: minutesToCall(status, this.clock()) },
    );
    this.store.transaction(() => {
      const row = this.assertWaiting(status.id);
      upsertSubscription(
        this.store,
        {
          ticketId: row.id,
          centerId: row.center_id,
          localDate: row.local_date,
          endpoint: req.subscription.endpoint,
          p256dh: req.subscription.keys.p256dh,
          auth: req.subscription.keys.auth,
          lang: req.lang,
          nearSent: nearNow,
        },
        this.clock(),
      );
    });
    return this.stateOf(status);
  }

  unsubscribe(token: string): PushState {
    const status = this.statuses.byToken(token);
    deleteSubscription(this.store, status.id);
    return this.stateOf(status);
  }

  /** Only a ticket still waiting, on its own day, takes a subscription. */
  private assertWaiting(ticketId: number) {
    const row = getTicketRow(this.store, ticketId)!;
    const today = localDate(this.clock(), this.reader.center(row.center_id).timezone);
    if (row.state !== 'waiting' || row.local_date < today) throw new DomainError('push-ticket-ended');
    return row;
  }

  private stateOf(status: TicketStatus): PushState {
    const center = this.reader.center(status.centerId);
    return {
      publicKey: this.publicKey,
      subscribed: subscriptionOf(this.store, status.id) !== undefined,
      nearNotice: { by: center.nearNoticeBy, at: center.nearNoticeAt },
    };
  }
}
