// Percentiles over latency samples (milliseconds).

/** The p-th percentile (0–100) by nearest rank; NaN when there are no samples. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** "1.23" for milliseconds: enough digits to compare runs, no more. */
export function ms(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0);
}
