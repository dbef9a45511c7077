// Row 4: Call next with a short and a very long queue. Call next must read only the queues' heads,
// so its median time should hardly change. The queues are written straight into the databases before
// the two servers start; each call is replaced by a new ticket so the queue keeps its length.
import { CounterClerk } from './api.js';
import { thousands, type RowContext } from './row-context.js';
import { startMotcua, type BenchServer } from './servers.js';
import { median, ms, percentile } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_RATIO = 1.5;
const WARMUP_CALLS = 10;

export async function queueCostRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const { small, large } = await alternatingCalls(counts.smallQueue, counts.largeQueue, counts.queueCalls, cpuProfileDir);
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

/**
 * Milliseconds of each Call next round trip on the short and on the long queue's server, taking turns
 * call by call, so a machine whose speed drifts weighs on both alike (serving and re-issuing between
 * calls are not timed).
 */
async function alternatingCalls(
  smallQueue: number,
  largeQueue: number,
  calls: number,
  cpuProfileDir: string | undefined,
): Promise<{ small: number[]; large: number[] }> {
  const servers: BenchServer[] = [];
  const clerks: CounterClerk[] = [];
  try {
    for (const waiting of [smallQueue, largeQueue]) {
      const server = await startMotcua(`queue of ${waiting}`, { waiting, cpuProfileDir });
      servers.push(server);
      clerks.push(await CounterClerk.open(server.baseUrl, 1));
    }
    const times: [number[], number[]] = [[], []];
    for (let i = 0; i < calls + WARMUP_CALLS; i++) {
      for (const [k, clerk] of clerks.entries()) {
        const sent = performance.now();
        const ticket = await clerk.callNext();
        if (i >= WARMUP_CALLS) times[k as 0 | 1].push(performance.now() - sent);
        await clerk.serve(ticket);
        await clerk.api.issue(ticket.procedures[0].procedureId);
      }
    }
    return { small: times[0], large: times[1] };
  } finally {
    await Promise.all(clerks.map((c) => c.close()));
    await Promise.all(servers.map((s) => s.stop()));
  }
}
