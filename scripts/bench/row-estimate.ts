// Row 6: the wait-time estimate's accuracy. The estimate is being built in another issue; until it
// is, the row prints "n/a".
import type { BenchRow } from './table.js';

export function estimateRow(): BenchRow {
  return {
    name: 'Wait-time estimate accuracy',
    figure: 'n/a (estimate not built)',
    target: 'to be set with the estimate',
    baseline: 'n/a',
    pass: null,
  };
}
