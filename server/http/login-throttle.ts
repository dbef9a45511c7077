// Failed sign-ins lock the username and the client IP for a while, longer with each further failure
// (429 'login-locked' with Retry-After). A success clears both. In memory and in real time.
import { DomainError } from '../domain/domain-error.js';
import type { Limits } from '../limits.js';

interface Failures {
  count: number;
  lockedUntil: number;
  last: number;
}

/** Failures older than this are forgotten. */
const FORGET_MS = 3600_000;
/** The longest lock, however many failures. */
const MAX_LOCK_MS = 3600_000;

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly limits: Limits['login'],
    private readonly now: () => number = Date.now,
  ) {}

  /** Throws 'login-locked' while the username or the IP is locked. */
  assertAllowed(username: string, ip: string): void {
    const now = this.now();
    for (const key of this.keys(username, ip)) {
      const f = this.failures.get(key);
      if (f && f.lockedUntil > now) throw new DomainError('login-locked', { seconds: Math.ceil((f.lockedUntil - now) / 1000) });
    }
  }

  failed(username: string, ip: string): void {
    const now = this.now();
    const [userKey, ipKey] = this.keys(username, ip);
    this.count(userKey, this.limits.maxFailuresPerUser, now);
    this.count(ipKey, this.limits.maxFailuresPerIp, now);
    if (this.failures.size > 10_000) {
      for (const [key, f] of this.failures) if (now - f.last > FORGET_MS && f.lockedUntil <= now) this.failures.delete(key);
    }
  }

  succeeded(username: string, ip: string): void {
    for (const key of this.keys(username, ip)) this.failures.delete(key);
  }

  private keys(username: string, ip: string): [string, string] {
    return [`user:${username.trim().toLowerCase()}`, `ip:${ip}`];
  }

  private count(key: string, max: number, now: number): void {
    const prev = this.failures.get(key);
    const f = prev && now - prev.last < FORGET_MS ? prev : { count: 0, lockedUntil: 0, last: now };
    f.count += 1;
    f.last = now;
    if (f.count >= max) {
      f.lockedUntil = now + Math.min(MAX_LOCK_MS, this.limits.lockSeconds * 1000 * 2 ** (f.count - max));
    }
    this.failures.set(key, f);
  }
}
