// The definitions the reports use, in one place: the server computes them in SQL over a year of
// tickets, and these pure versions state (and test) exactly what the SQL must give.
import type { DurationStats } from '../types.js';

/** 1-based nearest rank of the p-th percentile (0 < p ≤ 100) among n sorted values: ⌈p·n/100⌉. */
export function nearestRank(n: number, p: number): number {
  return Math.max(1, Math.ceil((p * n) / 100));
}

/** The nearest-rank percentile of values; null for none. The median is p = 50. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[nearestRank(sorted.length, p) - 1];
}

/** part / whole, or null when there is nothing to divide by. */
export function rate(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}

/** Milliseconds as minutes with one decimal, as reports show them. */
export function msToMinutes(ms: number | null): number | null {
  return ms === null ? null : Math.round(ms / 6_000) / 10;
}

/** Durations counted per bucket of a tenth of a minute: `b` = round(ms / 6000); `total` = their exact sum in ms. */
export interface DurationBucket {
  b: number;
  n: number;
  total: number;
}

/**
 * Count, average and nearest-rank median and 90th percentile from buckets sorted by `b`: the same
 * figures as `percentile` over the durations rounded to a tenth of a minute (rounding keeps the order).
 */
export function bucketStats(buckets: readonly DurationBucket[]): DurationStats {
  const count = buckets.reduce((s, x) => s + x.n, 0);
  if (count === 0) return { count: 0, average: null, median: null, p90: null };
  const at = (p: number) => {
    const rank = nearestRank(count, p);
    let seen = 0;
    for (const x of buckets) {
      seen += x.n;
      if (seen >= rank) return x.b / 10;
    }
    return buckets.at(-1)!.b / 10;
  };
  const total = buckets.reduce((s, x) => s + x.total, 0);
  return { count, average: msToMinutes(total / count), median: at(50), p90: at(90) };
}

/** Buckets of several groups merged into one sorted list (for a report's total row). */
export function mergeBuckets(groups: readonly (readonly DurationBucket[])[]): DurationBucket[] {
  const byB = new Map<number, DurationBucket>();
  for (const x of groups.flat()) {
    const m = byB.get(x.b);
    byB.set(x.b, m ? { b: x.b, n: m.n + x.n, total: m.total + x.total } : { ...x });
  }
  return [...byB.values()].sort((a, b) => a.b - b.b);
}
