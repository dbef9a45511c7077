// What every row receives from the runner.
import type { BenchCounts } from './settings.js';

export interface RowContext {
  counts: BenchCounts;
  /** Set with --profile: motcua servers write their CPU profiles here. */
  cpuProfileDir: string | undefined;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const thousands = (n: number) => Math.round(n).toLocaleString('en-US');
