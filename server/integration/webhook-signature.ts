// The headers that let a receiver trust a webhook request: the event's id (its idempotency key), the
// time it was signed, and v1 = hex HMAC-SHA256(secret, timestamp + "." + body) over the exact body sent.
import { createHmac, randomBytes } from 'node:crypto';

/** A new endpoint's secret: 256 random bits, shown to the admin once. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export function signedHeaders(eventId: string, secret: string, body: string, nowMs: number): Record<string, string> {
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    'content-type': 'application/json',
    'user-agent': 'motcua-webhooks/1',
    'x-motcua-event-id': eventId,
    'x-motcua-timestamp': timestamp,
    'x-motcua-signature': `v1=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`,
  };
}
