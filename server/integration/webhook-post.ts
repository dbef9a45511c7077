// One webhook request: a POST over node:http(s) that never follows a redirect (a 3xx is an answer,
// and not a 2xx), gives up after a timeout, and — unless the host is allow-listed — connects only to
// public addresses: the name is resolved by the very lookup the connection uses, so a name that
// resolves to the internal network (even one that changes its answer between two lookups) is refused.
import { lookup, type LookupAddress } from 'node:dns';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPublicAddress } from '../../shared/rules/webhook-url.js';

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  /** Connect to private and loopback addresses too (the host is on the operator's allow-list). */
  privateAllowed: boolean;
  timeoutMs: number;
  /** Aborts the request (the server is stopping). */
  signal: AbortSignal;
}

/** Resolves like dns.lookup, refusing any answer that is not a public address. */
const publicLookup: LookupFunction = (hostname, options, callback) => {
  lookup(hostname, { ...options, all: true }, (err, addresses: LookupAddress[]) => {
    if (err) return callback(err, []);
    const inside = addresses.find((a) => !isPublicAddress(a.address));
    if (inside) return callback(Object.assign(new Error(`${hostname} resolves to a private address`), { code: 'EPRIVATE' }), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0]?.address ?? '', addresses[0]?.family);
  });
};

/** Why an attempt failed, in a few words for the admin (never the body, never the secret). */
export function describeFailure(err: unknown, timeoutMs: number): string {
  const e = err as { code?: string; name?: string; message?: string };
  if (e.name === 'TimeoutError' || e.code === 'ETIMEDOUT') return `no answer within ${timeoutMs / 1000} s`;
  if (e.code === 'ECONNREFUSED') return 'connection refused';
  if (e.code === 'ENOTFOUND' || e.code === 'EAI_AGAIN') return 'host not found';
  if (e.code === 'EPRIVATE') return e.message ?? 'private address';
  if (e.code === 'ECONNRESET') return 'connection reset';
  if (e.code === 'EPROTO' || e.code?.startsWith('ERR_SSL')) return 'TLS handshake failed';
  if (e.code?.includes('CERT')) return `certificate not trusted (${e.code})`;
  return e.code ?? e.message ?? 'request failed';
}

/** Sends the request; resolves with the answer's status once its headers arrive (the body is drained, unread). */
export function postWebhook(r: WebhookRequest): Promise<number> {
  const url = new URL(r.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'POST',
      headers: { ...r.headers, 'content-length': String(Buffer.byteLength(r.body)) },
      lookup: r.privateAllowed ? undefined : publicLookup,
      signal: AbortSignal.any([r.signal, AbortSignal.timeout(r.timeoutMs)]),
    });
    req.once('response', (res) => {
      res.resume();
      res.once('error', () => undefined);
      resolve(res.statusCode ?? 0);
    });
    req.once('error', (err) => reject(err.cause instanceof Error && err.name === 'AbortError' ? err.cause : err));
    req.end(r.body);
  });
}
