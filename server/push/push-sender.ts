// Sends the pushes, off every request's path: a job is queued and returns at once; at most
// `concurrency` pushes are in flight, a few thousand wait behind them (more are dropped, with a warning),
// and each waits at most 10 s for its push service. web-push encrypts each payload for its
// subscription (RFC 8291, aes128gcm) and signs the request with the server's VAPID key (RFC 8292).
// A push service answering 404 or 410 says the subscription is gone: it is dropped. Failures are
// logged by push service host and status only: an endpoint identifies a phone.
import webpush from 'web-push';
import type { PushMessage } from '../../shared/types.js';
import type { Logger } from '../ops/logger.js';
import type { VapidKeyPair } from '../store/push-queries.js';
import type { PushServices } from './push-services.js';

export interface PushJob {
  ticketId: number;
  endpoint: string;
  keys: { p256dh: string; auth: string };
  message: PushMessage;
}

export interface PushSenderOptions {
  vapid: VapidKeyPair & { subject: string };
  services: PushServices;
  logger: Logger;
  /** The push service says this subscription is gone, or its service is no longer on the list. */
  onGone: (ticketId: number, endpoint: string) => void;
  concurrency?: number;
  maxPending?: number;
}

/** How long a push service keeps a push the phone has not fetched: a call-back later than that is no use. */
const TTL_SECONDS = 600;
const TIMEOUT_MS = 10_000;

export class PushSender {
  private readonly queue: PushJob[] = [];
  private running = 0;
  private scheduled = false;
  private readonly concurrency: number;
  private readonly maxPending: number;

  constructor(private readonly options: PushSenderOptions) {
    this.concurrency = options.concurrency ?? 4;
    this.maxPending = options.maxPending ?? 5000;
  }

  /** Queues a push; never throws, never waits (the encryption runs later too). */
  enqueue(job: PushJob): void {
    if (this.queue.length >= this.maxPending) {
      this.options.logger.warn({ pending: this.queue.length }, 'push queue full: a push was dropped');
      return;
    }
    this.queue.push(job);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    while (this.running < this.concurrency && this.queue.length > 0) {
      const job = this.queue.shift()!;
      this.running++;
      void this.send(job).finally(() => {
        this.running--;
        this.pump();
      });
    }
  }

  private async send(job: PushJob): Promise<void> {
    const { vapid, services, logger, onGone } = this.options;
    const url = new URL(job.endpoint);
    const log = { service: url.host, kind: job.message.kind };
    // The operator may have taken the service off the list since the phone subscribed.
    if (services.listing(url) === null) {
      logger.info(log, 'push service no longer listed: subscription dropped');
      return onGone(job.ticketId, job.endpoint);
    }
    try {
      await webpush.sendNotification({ endpoint: job.endpoint, keys: job.keys }, JSON.stringify(job.message), {
        vapidDetails: vapid,
        TTL: TTL_SECONDS,
        urgency: 'high',
        // A push not yet delivered is replaced by the next one about the same ticket (near, then called).
        topic: `ticket${job.ticketId}`,
        agent: services.agent,
        timeout: TIMEOUT_MS,
      });
    } catch (err) {
      const status = err instanceof webpush.WebPushError ? err.statusCode : null;
      if (status === 404 || status === 410) {
        logger.info({ ...log, status }, 'push subscription expired: dropped');
        return onGone(job.ticketId, job.endpoint);
      }
      const code = (err as { code?: unknown } | null)?.code;
      logger.warn({ ...log, status, code: typeof code === 'string' ? code : null }, 'push failed');
    }
  }
}
