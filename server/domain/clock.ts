// Time is injected so tests can put the center at any instant (a Friday, 23:59 local, …).
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();

/** A clock that starts at `startAt` and runs on in real time: demos and browser tests on "a Friday". */
export function clockFrom(startAt: number, now: () => number = Date.now): Clock {
  const offset = startAt - now();
  return () => now() + offset;
}
