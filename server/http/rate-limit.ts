// In-memory token buckets, one per key (a client IP, a center, or everyone), in real time: a flood
// is refused with 429 'rate-limited' and a Retry-After, however the business clock is set.
import type { Request, RequestHandler } from 'express';
import { DomainError } from '../domain/domain-error.js';
import type { BucketRate } from '../limits.js';

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets kept before full (idle) ones are forgotten. */
const MAX_KEYS = 10_000;

export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rate: BucketRate,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`: 0 when granted, else the whole seconds until one is available. */
  take(key: string): number {
    if (this.rate.burst === Infinity) return 0;
    const now = this.now();
    const perMs = this.rate.perMinute / 60_000;
    const b = this.buckets.get(key) ?? { tokens: this.rate.burst, at: now };
    b.tokens = Math.min(this.rate.burst, b.tokens + (now - b.at) * perMs);
    b.at = now;
    if (!this.buckets.has(key)) {
      if (this.buckets.size >= MAX_KEYS) this.forgetFull(now, perMs);
      this.buckets.set(key, b);
    }
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / perMs / 1000));
  }

  private forgetFull(now: number, perMs: number): void {
    for (const [key, b] of this.buckets) {
      if (b.tokens + (now - b.at) * perMs >= this.rate.burst) this.buckets.delete(key);
    }
  }
}

/** Refuses the request when any of the buckets (each with its own key) is empty. */
export function rateLimit(...limits: { buckets: TokenBuckets; key: (req: Request) => string | null }[]): RequestHandler {
  return (req, _res, next) => {
    for (const { buckets, key } of limits) {
      const k = key(req);
      if (k === null) continue;
      const wait = buckets.take(k);
      if (wait > 0) throw new DomainError('rate-limited', { seconds: wait });
    }
    next();
  };
}
