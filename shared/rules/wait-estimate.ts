// How long a new ticket will wait, told to the citizen on the slip and the kiosk. Pure: the server
// feeds it recent service times, the counters open for the field and who is ahead.

/** Minutes a counter spends on a ticket when its first procedure has no history yet. */
export function defaultServiceMinutes(processingDays: number): number {
  // A result handed over at once means the whole work happens at the counter; otherwise only the intake.
  return processingDays === 0 ? 12 : 8;
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export interface WaitEstimateInput {
  /**
   * Tickets the counters that can call this one will call before it (shared/rules/ahead.ts); for a
   * ticket that cannot be called yet, its place once it can.
   */
  ahead: number;
  /** Recent service times (minutes) of tickets with the same first procedure, e.g. the last 20. */
  recentServiceMinutes: readonly number[];
  /** Used when there is no history. */
  fallbackServiceMinutes: number;
  /** Open counters that can call the ticket: `ahead` counts their calls, so they share it. */
  openCounters: number;
  /** Counters that can call it at all: they are expected to open when none is open yet. */
  servingCounters: number;
  /** Of the open ones, those busy with a citizen now: the first in line waits for one to finish. */
  busyCounters: number;
  /** A booking whose slot has not started: it is not called before this many minutes (default 0). */
  callableInMinutes?: number;
}

/**
 * Expected whole minutes until the call: the tickets ahead shared among the counters, each taking the
 * median recent service time; when every counter is busy, half a service more (the current citizens
 * are on average half way through); never before a booking's slot.
 */
export function estimateWaitMinutes(input: WaitEstimateInput): number {
  const service = median(input.recentServiceMinutes) ?? input.fallbackServiceMinutes;
  const counters = input.openCounters > 0 ? input.openCounters : Math.max(1, input.servingCounters);
  const allBusy = input.openCounters > 0 && input.busyCounters >= input.openCounters;
  const rounds = input.ahead / counters + (allBusy ? 0.5 : 0);
  return Math.max(0, input.callableInMinutes ?? 0, Math.round(rounds * service));
}

/** Mean absolute error in minutes of estimates against actual waits; null for none. */
export function meanAbsoluteError(pairs: readonly { estimated: number; actual: number }[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.reduce((sum, p) => sum + Math.abs(p.estimated - p.actual), 0) / pairs.length;
}
