// Sign-in limits that hold under parallel guesses without handing strangers a way to lock clerks out.
// - Each attempt is counted before its slow password check, so guesses sent at once see each other.
// - Failures lock the (username, address) pair and the address, longer with each further failure
//   (429 'login-locked' with Retry-After); a username alone is never locked, only slowed down once it
//   has many recent failures from anywhere, so guesses from the guest Wi-Fi cannot keep a clerk out.
// - A token bucket per address, and at most `checksInFlight` password checks at once (each an scrypt
//   on Node's small thread pool), taken in turn from a short queue per address.
// - An address is its addressKey (shared/rules/address-key.ts): an IPv6 client is its /64.
// In memory and in real time: a restart forgets, which only ever lets a clerk in sooner.
import { addressKey } from '../../shared/rules/address-key.js';
import { DomainError } from '../domain/domain-error.js';
import type { Limits } from '../limits.js';
import { FairQueue } from './fair-queue.js';
import { TokenBuckets } from './rate-limit.js';

interface Failures {
  count: number;
  lockedUntil: number;
  last: number;
}

/** Failures older than this are forgotten. */
const FORGET_MS = 3600_000;
/** The longest lock, however many failures. */
const MAX_LOCK_MS = 3600_000;
/** The longest a much-guessed username's check is held back. */
const MAX_SLOW_MS = 8_000;
/** Kept before stale entries are swept. */
const MAX_KEYS = 10_000;

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();
  private readonly pending = new Map<string, number>();
  private readonly perIp: TokenBuckets;
  private readonly checks: FairQueue;

  constructor(
    private readonly limits: Limits['login'],
    private readonly now: () => number = Date.now,
    private readonly sleep: Sleep = realSleep,
  ) {
    this.perIp = new TokenBuckets(limits.perIp, now);
    this.checks = new FairQueue(limits.checksInFlight, limits.queuePerIp);
  }

  /** Runs the password check `check` for `username` from `ip` within the limits (counted by its addressKey). */
  async attempt<T>(username: string, ip: string, check: () => Promise<T>): Promise<T> {
    const client = addressKey(ip);
    const user = `user:${username.trim().toLowerCase()}`;
    const pair = `pair:${client}\n${user}`;
    const address = `ip:${client}`;
    const { maxFailuresPerUser, maxFailuresPerIp } = this.limits;
    this.assertUnlocked(pair);
    this.assertUnlocked(address);
    const wait = this.perIp.take(client);
    if (wait > 0) throw new DomainError('rate-limited', { seconds: wait });
    // Counted now: the attempts still being checked take their place in the count.
    this.assertRoom(pair, maxFailuresPerUser);
    this.assertRoom(address, maxFailuresPerIp);
    this.adjustPending(pair, 1);
    this.adjustPending(address, 1);
    try {
      const slow = this.slowdownMs(user);
      if (slow > 0) await this.sleep(slow);
      const result = await this.checks.run(client, check);
      // The account's mistakes at this address are forgiven; the address keeps one fewer.
      this.failures.delete(pair);
      const atAddress = this.failures.get(address);
      if (atAddress && atAddress.count > 0) atAddress.count -= 1;
      return result;
    } catch (err) {
      if (err instanceof DomainError && err.code === 'invalid-credentials') {
        const now = this.now();
        this.count(pair, maxFailuresPerUser, now);
        this.count(address, maxFailuresPerIp, now);
        this.count(user, Infinity, now);
        this.sweep(now);
      }
      throw err;
    } finally {
      this.adjustPending(pair, -1);
      this.adjustPending(address, -1);
    }
  }

  private assertUnlocked(key: string): void {
    const f = this.failures.get(key);
    const now = this.now();
    if (f && f.lockedUntil > now) throw new DomainError('login-locked', { seconds: Math.ceil((f.lockedUntil - now) / 1000) });
  }

  /**
   * Below the limit, the failures and the checks in flight together may not reach it. Once a lock
   * has run out (assertUnlocked passed), one attempt at a time: a failure locks again, twice as long.
   */
  private assertRoom(key: string, max: number): void {
    const count = this.live(key, this.now())?.count ?? 0;
    const pending = this.pending.get(key) ?? 0;
    if (count >= max ? pending > 0 : count + pending >= max) {
      throw new DomainError('login-locked', { seconds: Math.max(1, this.limits.lockSeconds) });
    }
  }

  private adjustPending(key: string, by: number): void {
    const n = (this.pending.get(key) ?? 0) + by;
    if (n > 0) this.pending.set(key, n);
    else this.pending.delete(key);
  }

  /** 0 until the username has `slowAfterFailures` recent failures, then doubling up to MAX_SLOW_MS. */
  private slowdownMs(user: string): number {
    const count = this.live(user, this.now())?.count ?? 0;
    const over = count - this.limits.slowAfterFailures;
    return over < 0 ? 0 : Math.min(MAX_SLOW_MS, 250 * 2 ** over);
  }

  private live(key: string, now: number): Failures | undefined {
    const f = this.failures.get(key);
    return f && now - f.last < FORGET_MS ? f : undefined;
  }

  private count(key: string, max: number, now: number): void {
    const f = this.live(key, now) ?? { count: 0, lockedUntil: 0, last: now };
    f.count += 1;
    f.last = now;
    if (f.count >= max) f.lockedUntil = now + Math.min(MAX_LOCK_MS, this.limits.lockSeconds * 1000 * 2 ** (f.count - max));
    this.failures.set(key, f);
  }

  private sweep(now: number): void {
    if (this.failures.size <= MAX_KEYS) return;
    for (const [key, f] of this.failures) if (now - f.last > FORGET_MS && f.lockedUntil <= now) this.failures.delete(key);
  }
}
