// Web Push call-back notifications (issue 13), wired over one store: the VAPID key pair, the
// allowed push services, the queue that sends, the status page's subscriptions and the rule of when
// to push. app.ts hands `notices` to the domain's event sink and to TicketWatch's place round.
import type { Clock } from '../domain/clock.js';
import type { Domain } from '../domain/index.js';
import { unrefInterval, type Every } from '../ops/every.js';
import type { Logger } from '../ops/logger.js';
import type { Store } from '../store/database.js';
import { deleteSubscription } from '../store/push-queries.js';
import { CallBackNotices } from './call-back-notices.js';
import { PushSender } from './push-sender.js';
import { PushServices, type Resolve } from './push-services.js';
import { PushSubscriptions } from './push-subscriptions.js';
import { vapidKeys } from './vapid-keys.js';

/** The VAPID contact when MOTCUA_PUSH_CONTACT is unset; Apple's push service wants a real one. */
export const DEFAULT_PUSH_CONTACT = 'mailto:motcua@localhost';

export interface PushSettings {
  /** MOTCUA_PUSH_SERVICES; default: the big browsers' push services (push-services.ts). */
  services?: readonly string[];
  /** MOTCUA_PUSH_CONTACT: the VAPID subject, a mailto: or https: URL push services may write to. */
  contact?: string;
  /** Tests: a stand-in for DNS. */
  resolve?: Resolve;
  /** Tests: the local push receiver's certificate, trusted besides the system's. */
  ca?: string;
}

export class WebPush {
  readonly subscriptions: PushSubscriptions;
  readonly notices: CallBackNotices;
  private readonly services: PushServices;

  constructor(store: Store, clock: Clock, domain: Domain, logger: Logger, settings: PushSettings = {}) {
    const keys = vapidKeys(store, clock);
    this.services = new PushServices(settings);
    const sender = new PushSender({
      vapid: { ...keys, subject: settings.contact ?? DEFAULT_PUSH_CONTACT },
      services: this.services,
      logger,
      onGone: (ticketId, endpoint) => deleteSubscription(store, ticketId, endpoint),
    });
    this.subscriptions = new PushSubscriptions(store, clock, domain.reader, domain.statuses, this.services, keys.publicKey);
    this.notices = new CallBackNotices(store, clock, domain.reader, sender, logger, domain.forecaster);
  }

  /** The once-a-minute round (minutes notices, days gone by); returns the function that stops it. */
  schedule(every: Every = unrefInterval): () => void {
    return every(() => {
      this.notices.minuteRound();
      return Promise.resolve();
    }, 60_000);
  }

  /** Closes the push services' kept-alive connections. */
  close(): void {
    this.services.agent.destroy();
  }
}
