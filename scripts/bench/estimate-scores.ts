// How well a day's waits were foretold (bench row 6), for each predictor and at two moments: on the
// slip, and on the phone 30 minutes before the call (the latest forecast by then, for citizens who
// waited that long). Three figures each: the mean absolute error of the middle figure, the share of
// actual waits inside the range told, and the share called more than 10 minutes after its upper end.
import type { WaitRange } from '../../shared/rules/wait-forecast.js';
import type { Told } from './virtual-day.js';

const MIN = 60_000;
const BEFORE_CALL_MS = 30 * MIN;
const LATE_MINUTES = 10;

export type Predictor = 'today' | 'range' | 'bound';
export type Moment = 'slip' | 'before';

export interface Score {
  /** Citizens scored. */
  n: number;
  mae: number;
  /** Share of actual waits within [low, high]. */
  coverage: number;
  /** Share called more than 10 minutes after the upper end. */
  late: number;
}

/** One prediction against the wait it foretold (both in minutes from the moment it was told). */
interface Pair {
  told: WaitRange;
  actual: number;
}

function score(pairs: readonly Pair[]): Score {
  const n = pairs.length;
  if (!n) return { n, mae: NaN, coverage: NaN, late: NaN };
  let abs = 0;
  let inside = 0;
  let late = 0;
  for (const { told, actual } of pairs) {
    abs += Math.abs(told.median - actual);
    if (actual >= told.low && actual <= told.high) inside++;
    if (actual > told.high + LATE_MINUTES) late++;
  }
  return { n, mae: abs / n, coverage: inside / n, late: late / n };
}

/** Today's predictor is one figure, told at issue and repeated: a range of width zero. */
const point = (minutes: number): WaitRange => ({ low: minutes, median: minutes, high: minutes });

/**
 * What a citizen was shown by a predictor at one moment: the range when there is one, else the
 * estimate made at issue (the screens fall back to it), counted from that moment.
 */
function shown(t: Told, predictor: Predictor, at: number, range: WaitRange | null): WaitRange {
  const fromIssue = Math.max(0, t.estimate - (at - t.issuedAt) / MIN);
  if (predictor === 'today' || !range) return point(fromIssue);
  return range;
}

export function scoreDay(told: readonly Told[], predictor: Predictor, moment: Moment): Score {
  const pairs: Pair[] = [];
  for (const t of told) {
    if (t.calledAt === null) continue;
    if (moment === 'slip') {
      const range = predictor === 'bound' ? t.slip.bound : t.slip.range;
      pairs.push({ told: shown(t, predictor, t.issuedAt, range), actual: (t.calledAt - t.issuedAt) / MIN });
      continue;
    }
    const by = t.calledAt - BEFORE_CALL_MS;
    if (t.issuedAt > by) continue;
    // The bound is played every few minutes: its latest play by then.
    const last = t.forecasts.findLast((f) => f.at <= by && (predictor !== 'bound' || f.bound !== undefined));
    if (!last) continue;
    const range = predictor === 'bound' ? (last.bound ?? null) : last.range;
    pairs.push({ told: shown(t, predictor, last.at, range), actual: (t.calledAt - last.at) / MIN });
  }
  return score(pairs);
}

/** The plain mean of several days' MAEs, each day with anyone scored counting once (the issue's "mean of seeds"). */
export function meanOfDays(scores: readonly Score[]): number {
  const days = scores.filter((x) => x.n > 0);
  return days.reduce((s, x) => s + x.mae, 0) / days.length;
}

/** The mean of several days' scores, each figure weighted by its day's citizens (every citizen counted once). */
export function meanScore(scores: readonly Score[]): Score {
  const n = scores.reduce((s, x) => s + x.n, 0);
  const weighted = (k: 'mae' | 'coverage' | 'late') => scores.reduce((s, x) => s + (x.n ? x[k] * x.n : 0), 0) / n;
  return { n, mae: weighted('mae'), coverage: weighted('coverage'), late: weighted('late') };
}
