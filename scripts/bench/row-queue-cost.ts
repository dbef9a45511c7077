// Row 4: Call next with a short and a very long queue. Call next must read only the queues' heads,
// so its median time should hardly change. The queue is written straight into the database before
// the server starts; each call is replaced by a new ticket so the queue keeps its length.
import { CounterClerk } from './api.js';
import { thousands, type RowContext } from './row-context.js';
import { startMotcua } from './servers.js';
import { median, ms, percentile } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_RATIO = 1.5;
const WARMUP_CALLS = 10;

export async function queueCostRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const small = await callNextTimes(counts.smallQueue, counts.queueCalls, cpuProfileDir);
  const large = await callNextTimes(counts.largeQueue, counts.queueCalls, cpuProfileDir);
  const ratio = median(large) / median(small);
  return {
    name: `Call next: ${thousands(counts.smallQueue)} vs ${thousands(counts.largeQueue)} waiting`,
    figure: `median ${ms(median(large))} ms at ${thousands(counts.largeQueue)} (ratio ${ratio.toFixed(2)})`,
    target: `median ratio ≤ ${TARGET_RATIO}`,
    baseline: `median ${ms(median(small))} ms at ${thousands(counts.smallQueue)}`,
    pass: ratio <= TARGET_RATIO,
    data: {
      calls: counts.queueCalls,
      small: { waiting: counts.smallQueue, median: median(small), p99: percentile(small, 99) },
      large: { waiting: counts.largeQueue, median: median(large), p99: percentile(large, 99) },
      ratio,
    },
  };
}

/** Milliseconds of each Call next round trip (serving and re-issuing between calls are not timed). */
async function callNextTimes(waiting: number, calls: number, cpuProfileDir: string | undefined): Promise<number[]> {
  const server = await startMotcua(`queue of ${waiting}`, { waiting, cpuProfileDir });
  try {
    const clerk = await CounterClerk.open(server.baseUrl, 1);
    try {
      const times: number[] = [];
      for (let i = 0; i < calls + WARMUP_CALLS; i++) {
        const sent = performance.now();
        const ticket = await clerk.callNext();
        if (i >= WARMUP_CALLS) times.push(performance.now() - sent);
        await clerk.serve(ticket);
        await clerk.api.issue(ticket.procedures[0]!.procedureId);
      }
      return times;
    } finally {
      await clerk.close();
    }
  } finally {
    await server.stop();
  }
}
