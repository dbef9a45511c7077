// When a subscribed ticket's phone is pushed: once when the ticket nears the front (the center's
// setting, shared/rules/near-front.ts), and at each call and recall. Nothing here runs on a request's
// path: a call is pushed from the domain's event sink after its transaction committed and the
// sockets were told (and even then only queued, on the next turn of the event loop); "near" is
// judged in TicketWatch's place round (the places it computes anyway, also for a center whose
// subscribed phones are all closed) and, for the minutes setting, in a once-a-minute round that also
// ends the subscriptions of days gone by.
import { localDate } from '../../shared/rules/local-time.js';
import { isNearFront, minutesToCall, nearCount, type NearNotice } from '../../shared/rules/near-front.js';
import { statusPath } from '../../shared/status-path.js';
import type { PushMessage } from '../../shared/types.js';
import type { CenterEvent } from '../domain/center-events.js';
import type { Clock } from '../domain/clock.js';
import type { WaitRange } from '../../shared/rules/wait-forecast.js';
import type { LivePlace } from '../domain/ticket-status.js';
import type { WaitForecaster } from '../domain/wait-forecaster.js';
import type { QueueReader } from '../domain/queue-reader.js';
import type { Logger } from '../ops/logger.js';
import type { PlaceListener } from '../realtime/ticket-watch.js';
import type { Store } from '../store/database.js';
import {
  awaitingNear,
  centersWithSubscriptions,
  deleteSubscriptionsBefore,
  hasAwaitingNear,
  markNearSent,
  subscriptionOf,
  type SubscriptionRow,
} from '../store/push-queries.js';
import type { PushSender } from './push-sender.js';

/** A push's own part: what it says besides the ticket's number, language and page. */
type Wording = PushMessage extends infer M ? (M extends PushMessage ? Omit<M, 'number' | 'lang' | 'url'> : never) : never;

export class CallBackNotices implements PlaceListener {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly sender: PushSender,
    private readonly logger: Logger,
    private readonly forecaster: WaitForecaster,
  ) {}

  /** The domain's event sink, after the sockets': a call or recall of a subscribed ticket is pushed. */
  observe(event: CenterEvent): void {
    if (event.name !== 'ticket:called') return;
    const { ticket, call } = event.payload;
    setImmediate(() =>
      this.guarded(() => {
        const sub = subscriptionOf(this.store, ticket.id);
        if (sub) this.push(sub, { kind: 'called', counter: call.counterNumber, recall: call.recall });
      }),
    );
  }

  /** TicketWatch asks before its round whether this center's places are wanted with no phone open. */
  wants(centerId: string): boolean {
    let wanted = false;
    this.guarded(() => (wanted = hasAwaitingNear(this.store, centerId)));
    return wanted;
  }

  /** TicketWatch's round: every waiting ticket's place in the center. */
  placesOf(centerId: string, places: ReadonlyMap<number, LivePlace>): void {
    this.guarded(() => {
      const notice = this.noticeOf(centerId);
      for (const sub of awaitingNear(this.store, centerId)) {
        const place = places.get(sub.ticketId);
        if (place) this.pushIfNear(sub, notice, place.ahead, place.waitRange);
      }
    });
  }

  /** Once a minute: the minutes setting's notices, and the end of the subscriptions of days gone by. */
  minuteRound(): void {
    this.guarded(() => {
      const now = this.clock();
      for (const centerId of centersWithSubscriptions(this.store)) {
        deleteSubscriptionsBefore(this.store, centerId, localDate(now, this.reader.center(centerId).timezone));
        const notice = this.noticeOf(centerId);
        if (notice.by !== 'minutes') continue;
        for (const sub of awaitingNear(this.store, centerId)) {
          if (sub.state === 'waiting') this.pushIfNear(sub, notice, null, this.forecaster.ticket(centerId, sub.ticketId));
        }
      }
    });
  }

  private noticeOf(centerId: string): NearNotice {
    const center = this.reader.center(centerId);
    return { by: center.nearNoticeBy, at: center.nearNoticeAt };
  }

  private pushIfNear(sub: SubscriptionRow, notice: NearNotice, ahead: number | null, waitRange: WaitRange | null): void {
    const nearness = { ahead, minutesToCall: minutesToCall({ ...sub, waitRange }, this.clock()) };
    // Marked first: a notice is sent once, whatever becomes of the push.
    if (!isNearFront(notice, nearness) || !markNearSent(this.store, sub.ticketId)) return;
    this.push(sub, { kind: 'near', by: notice.by, count: nearCount(notice, nearness) });
  }

  private push(sub: SubscriptionRow, wording: Wording): void {
    const message: PushMessage = { ...wording, number: sub.number, lang: sub.lang, url: statusPath(sub.statusToken) };
    this.sender.enqueue({ ticketId: sub.ticketId, endpoint: sub.endpoint, keys: { p256dh: sub.p256dh, auth: sub.auth }, message });
  }

  /**
   * A failure here is logged; it never reaches the place round or the event sink that called it. A
   * round or a call's turn that comes after the store was closed (a drained server) does nothing.
   */
  private guarded(work: () => void): void {
    if (!this.store.raw.open) return;
    try {
      work();
    } catch (err) {
      this.logger.error({ err }, 'call-back notices failed');
    }
  }
}
