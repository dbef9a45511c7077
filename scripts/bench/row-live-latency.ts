// Row 2: from a counter's Call next to 'ticket:called' arriving on every display socket, against a
// bare socket.io broadcast of the same payload.
import { Pool } from 'undici';
import type { TicketCalled } from '../../shared/events.js';
import { CounterClerk } from './api.js';
import { sleep, type RowContext } from './row-context.js';
import { startMotcua, startSocketIoBaseline } from './servers.js';
import { ArrivalRecorder, closeAll, connectDisplays } from './sockets.js';
import { ms, percentile } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_P99_MS = 100;
const TARGET_TIMES_BASELINE = 2;
const WARMUP_CALLS = 2;
const WAIT_MS = 15_000;

interface Latencies {
  samples: number[];
  /** Socket arrivals that never came. */
  missing: number;
}

export async function liveLatencyRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const { latencies, payload } = await measureMotcua(counts.liveSockets, counts.liveCalls, cpuProfileDir);
  const baseline = await measureBareBroadcast(counts.liveSockets, counts.liveCalls, payload);
  const p50 = percentile(latencies.samples, 50);
  const p99 = percentile(latencies.samples, 99);
  const baseP50 = percentile(baseline.samples, 50);
  const baseP99 = percentile(baseline.samples, 99);
  const missing = latencies.missing + baseline.missing;
  return {
    name: `Live update: Call next → ${counts.liveSockets.toLocaleString('en-US')} displays`,
    figure: `p50 ${ms(p50)} ms, p99 ${ms(p99)} ms (${(p99 / baseP99).toFixed(2)}× baseline p99)`,
    target: `p99 ≤ ${TARGET_P99_MS} ms and ≤ ${TARGET_TIMES_BASELINE}× baseline`,
    baseline: `p50 ${ms(baseP50)} ms, p99 ${ms(baseP99)} ms`,
    pass: missing === 0 && p99 <= TARGET_P99_MS && p99 <= TARGET_TIMES_BASELINE * baseP99,
    data: {
      calls: counts.liveCalls,
      sockets: counts.liveSockets,
      p50,
      p99,
      baseP50,
      baseP99,
      missing,
      payloadBytes: JSON.stringify(payload).length,
    },
    ...(missing ? { note: `${latencies.missing} motcua and ${baseline.missing} baseline arrivals missing after ${WAIT_MS} ms` } : {}),
  };
}

async function measureMotcua(sockets: number, calls: number, cpuProfileDir: string | undefined) {
  const server = await startMotcua('live updates', { waiting: 2 * (calls + WARMUP_CALLS) + 20, cpuProfileDir });
  const clerk = await CounterClerk.open(server.baseUrl, 1);
  const displays = await connectDisplays(server.baseUrl, sockets).catch(async (err: unknown) => {
    await Promise.all([clerk.close(), server.stop()]);
    throw err;
  });
  try {
    const called = new ArrivalRecorder<TicketCalled>(displays, 'ticket:called');
    const finished = new ArrivalRecorder<unknown>(displays, 'ticket:finished');
    const latencies: Latencies = { samples: [], missing: 0 };
    for (let i = 0; i < calls + WARMUP_CALLS; i++) {
      called.arm();
      const ticket = await clerk.callNext();
      const times = await called.wait(WAIT_MS);
      if (i >= WARMUP_CALLS) record(latencies, times, displays.length);
      finished.arm();
      await clerk.serve(ticket);
      await finished.wait(WAIT_MS);
      // Let the counter:updated that follows reach every socket before the next call.
      await sleep(50);
    }
    return { latencies, payload: called.lastPayload! };
  } finally {
    closeAll(displays);
    await clerk.close();
    await server.stop();
  }
}

async function measureBareBroadcast(sockets: number, calls: number, payload: TicketCalled): Promise<Latencies> {
  const server = await startSocketIoBaseline();
  const pool = new Pool(server.baseUrl, { connections: 1 });
  const displays = await connectDisplays(server.baseUrl, sockets).catch(async (err: unknown) => {
    await Promise.all([pool.close(), server.stop()]);
    throw err;
  });
  try {
    const called = new ArrivalRecorder<unknown>(displays, 'ticket:called');
    const latencies: Latencies = { samples: [], missing: 0 };
    const body = JSON.stringify(payload);
    for (let i = 0; i < calls + WARMUP_CALLS; i++) {
      called.arm();
      const res = await pool.request({ method: 'POST', path: '/broadcast', body });
      await res.body.dump();
      const times = await called.wait(WAIT_MS);
      if (i >= WARMUP_CALLS) record(latencies, times, displays.length);
      await sleep(50);
    }
    return latencies;
  } finally {
    closeAll(displays);
    await pool.close();
    await server.stop();
  }
}

function record(into: Latencies, times: number[], expected: number): void {
  into.samples.push(...times);
  into.missing += expected - times.length;
}
