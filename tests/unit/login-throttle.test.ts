// The sign-in throttle on its own clock: a lock lasts its time and then lets one attempt through,
// doubling on each further failure; a success clears the account's count at that address.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../server/domain/domain-error.js';
import { LoginThrottle } from '../../server/http/login-throttle.js';
import { NO_LIMITS } from '../../server/limits.js';

const limits = { ...NO_LIMITS.login, maxFailuresPerUser: 3, maxFailuresPerIp: 100, lockSeconds: 60 };

function throttleAt() {
  let now = 1_000_000;
  const throttle = new LoginThrottle(
    limits,
    () => now,
    () => Promise.resolve(),
  );
  const wrong = () => Promise.reject(new DomainError('invalid-credentials'));
  const right = () => Promise.resolve('ok');
  const attempt = (check: () => Promise<string>) =>
    throttle.attempt('canbo1', '10.0.0.1', check).then(
      () => 'ok',
      (err: unknown) =>
        err instanceof DomainError ? `${err.code}:${typeof err.params.seconds === 'number' ? err.params.seconds : ''}` : 'other',
    );
  return { attempt, wrong, right, advance: (ms: number) => (now += ms) };
}

describe('the sign-in lock', () => {
  it('lasts its lock time, then lets the right password in', async () => {
    const t = throttleAt();
    for (let i = 0; i < 3; i++) expect(await t.attempt(t.wrong)).toBe('invalid-credentials:');
    expect(await t.attempt(t.right)).toBe('login-locked:60');
    t.advance(61_000);
    expect(await t.attempt(t.right)).toBe('ok');
    // The count was cleared: three more mistakes are allowed again.
    expect(await t.attempt(t.wrong)).toBe('invalid-credentials:');
  });

  it('doubles with each failure after a lock', async () => {
    const t = throttleAt();
    for (let i = 0; i < 3; i++) await t.attempt(t.wrong);
    t.advance(61_000);
    expect(await t.attempt(t.wrong)).toBe('invalid-credentials:');
    expect(await t.attempt(t.right)).toBe('login-locked:120');
    t.advance(121_000);
    expect(await t.attempt(t.right)).toBe('ok');
  });
});
