// When a failed webhook delivery is tried again: exponential backoff with full jitter (a random wait
// below a ceiling that doubles with each failure, so many failed deliveries never retry in step),
// capped, and given up only once a day has passed since the first attempt.

/** The ceiling of the wait after the first failure. */
const RETRY_BASE_MS = 10_000;
/** The longest wait between two attempts. */
export const RETRY_CAP_MS = 30 * 60_000;
/** The shortest: no attempt comes straight after the one that failed. */
const RETRY_FLOOR_MS = 1000;
/** A delivery still failing this long after its first attempt is given up (an admin can replay it). */
export const GIVE_UP_AFTER_MS = 24 * 3600_000;

/**
 * After the `attempts`-th attempt failed at `now`: when to try again, or null to give up. `random`
 * draws from [0, 1).
 */
export function nextAttemptAt(failure: { firstAttemptAt: number; attempts: number; now: number }, random: () => number): number | null {
  if (failure.now - failure.firstAttemptAt >= GIVE_UP_AFTER_MS) return null;
  const ceiling = Math.min(RETRY_CAP_MS, RETRY_BASE_MS * 2 ** Math.min(failure.attempts - 1, 30));
  return failure.now + Math.round(RETRY_FLOOR_MS + random() * (ceiling - RETRY_FLOOR_MS));
}
