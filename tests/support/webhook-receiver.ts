// A real receiver of motcua's webhooks (node:http on 127.0.0.1), standing in for an outside system:
// it checks every request's signature as docs/api.md tells a receiver to (its own HMAC, not the
// server's code), records what it accepted, and can be down (connection refused), answer 503,
// answer 503 to every other request, or hold its answers until the test releases them.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WebhookEnvelope } from '../../shared/types.js';

export interface Delivery {
  eventId: string;
  body: WebhookEnvelope;
  /** The signature matched the secret over `timestamp.body`, and the timestamp is within 5 minutes of now. */
  signed: boolean;
}

export type ReceiverMode = 'accept' | 'unavailable' | 'flaky' | 'hold';

/** What a receiver does: v1 = hex HMAC-SHA256(secret, timestamp + "." + raw body), compared in constant time. */
function verify(secret: string, req: IncomingMessage, raw: string): boolean {
  const timestamp = String(req.headers['x-motcua-timestamp'] ?? '');
  const signature = String(req.headers['x-motcua-signature'] ?? '');
  const expected = `v1=${createHmac('sha256', secret).update(`${timestamp}.${raw}`).digest('hex')}`;
  const fresh = Math.abs(Date.now() / 1000 - Number(timestamp)) < 300;
  return fresh && signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

export class WebhookReceiver {
  mode: ReceiverMode = 'accept';
  /** Set once the endpoint is created (the secret is shown once). */
  secret = '';
  /** Every request that reached it, answered or not, in order of arrival. */
  readonly requests: Delivery[] = [];
  /** The requests it answered 2xx, in order of arrival (duplicates included). */
  readonly accepted: Delivery[] = [];
  /** TCP connections it accepted, requests or not. */
  connections = 0;
  /** Requests held in 'hold' mode, waiting for release(). */
  readonly held: Delivery[] = [];
  private readonly waiting: ((status: number) => void)[] = [];
  private flip = false;
  private server: Server | null = null;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}/motcua-events`;
  }

  /** Listens (again on the same port after stop(): the endpoint's URL stays). */
  async start(): Promise<void> {
    const server = createServer((req, res) => void this.handle(req, res));
    server.on('connection', () => this.connections++);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Goes away: connections are refused until start(). Held requests are answered 503 first. */
  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = null;
    this.release(503);
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Answers every held request (200 by default: they count as accepted). */
  release(status = 200): void {
    for (const answer of this.waiting.splice(0)) answer(status);
    this.held.splice(0);
  }

  /** The accepted events with repeats of an id dropped, in order of first arrival. */
  unique(): Delivery[] {
    const seen = new Set<string>();
    return this.accepted.filter((d) => !seen.has(d.eventId) && seen.add(d.eventId));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = '';
    for await (const chunk of req) raw += String(chunk);
    const delivery: Delivery = {
      eventId: String(req.headers['x-motcua-event-id'] ?? ''),
      body: JSON.parse(raw) as WebhookEnvelope,
      signed: req.headers['content-type'] === 'application/json' && verify(this.secret, req, raw),
    };
    this.requests.push(delivery);
    const answer = (status: number) => {
      if (status < 300) this.accepted.push(delivery);
      res.writeHead(status, { 'content-type': 'text/plain' }).end(status < 300 ? 'ok' : 'unavailable');
    };
    if (this.mode === 'hold') {
      this.held.push(delivery);
      this.waiting.push(answer);
      return;
    }
    this.flip = !this.flip;
    answer(this.mode === 'unavailable' || (this.mode === 'flaky' && this.flip) ? 503 : 200);
  }
}
