// When a failed webhook delivery is tried again: exponential backoff with full jitter, capped, and
// given up only once a day has passed since the first attempt.
import { describe, expect, it } from 'vitest';
import { GIVE_UP_AFTER_MS, nextAttemptAt, RETRY_CAP_MS } from '../../shared/rules/webhook-retry.js';

const HOUR = 3600_000;

describe('nextAttemptAt', () => {
  it('doubles the ceiling of the wait with each failure, up to the cap, and draws the wait below it', () => {
    const most = (attempts: number) => nextAttemptAt({ firstAttemptAt: 0, attempts, now: 0 }, () => 1)! - 0;
    expect([1, 2, 3, 4].map(most)).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(most(30)).toBe(RETRY_CAP_MS);
    expect(most(3000)).toBe(RETRY_CAP_MS);
    // Full jitter: anywhere from a second to the ceiling, so a hall of failures does not retry in step.
    expect(nextAttemptAt({ firstAttemptAt: 0, attempts: 4, now: 0 }, () => 0)).toBe(1000);
    expect(nextAttemptAt({ firstAttemptAt: 0, attempts: 4, now: 0 }, () => 0.5)).toBe(40_500);
  });

  it('keeps trying for a whole day, even with the longest waits, then gives up', () => {
    for (const random of [() => 0.05, () => 0.5, () => 1]) {
      let now = 0;
      let attempts = 1;
      for (;;) {
        const next = nextAttemptAt({ firstAttemptAt: 0, attempts, now }, random);
        if (next === null) break;
        expect(next).toBeGreaterThan(now);
        now = next;
        attempts++;
      }
      // The last attempt was made a day or more after the first.
      expect(now).toBeGreaterThanOrEqual(GIVE_UP_AFTER_MS);
      expect(now).toBeLessThan(GIVE_UP_AFTER_MS + RETRY_CAP_MS + 1);
    }
    expect(GIVE_UP_AFTER_MS).toBeGreaterThanOrEqual(24 * HOUR);
  });
});
