// A repeating timer that never keeps a stopping process alive; tests pass their own and tick it by hand.

/** Calls `tick` every `ms`; returns the function that stops it. */
export type Every = (tick: () => Promise<void>, ms: number) => () => void;

export const unrefInterval: Every = (tick, ms) => {
  const timer = setInterval(() => void tick(), ms);
  timer.unref();
  return () => clearInterval(timer);
};
