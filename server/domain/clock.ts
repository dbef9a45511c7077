// Time is injected so tests can put the center at any instant (a Friday, 23:59 local, …).
export type Clock = () => number;

export const systemClock: Clock = () => Date.now();
