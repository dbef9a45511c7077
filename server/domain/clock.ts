// Time is injected so tests can put the center at any instant (a Friday, 23:59 local, …).
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock that starts at `startAt` and runs on in real time: demos and browser tests on "a Friday". */
export function clockFrom(startAt: number, now: () => number = Date.now): Clock {
  const offset = startAt - now();
  return () => now() + offset;
}

/**
 * A clock that starts at `startAt` and runs `speed` times faster than real time (60 = an hour a
 * minute): demos and the day simulator play a whole day in minutes.
 */
export function acceleratedClock(startAt: number, speed: number, now: () => number = Date.now): Clock {
  const origin = now();
  return () => startAt + (now() - origin) * speed;
}
