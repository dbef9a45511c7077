// Closed-loop HTTP load: `connections` keep-alive clients, each sending its next request as soon as
// the previous answer arrives, for a fixed time. Throughput counts the answers that arrive after the
// warm-up; latency, the requests sent after it. (The warm-up opens the connections: a connection's
// first request waits for a busy event loop to accept it, which a kiosk holding its connection never
// sees, and timing those made p99 a figure of the start, 1.8–3 s, not of the load.)
import { Pool } from 'undici';
import { percentile } from './stats.js';

export interface LoadOptions {
  baseUrl: string;
  path: string;
  /** A new JSON body for each request. */
  body: () => unknown;
  connections: number;
  warmupMs: number;
  durationMs: number;
  expectStatus: number;
}

export interface LoadResult {
  perSecond: number;
  ok: number;
  failed: number;
  /** The first unexpected answer, to show why requests failed. */
  firstFailure: string | null;
  p50: number;
  p99: number;
}

/** One closed-loop run; summarize() turns one or more into a LoadResult. */
export interface LoadRun {
  ok: number;
  failed: number;
  firstFailure: string | null;
  seconds: number;
  latencies: number[];
}

export function summarize(runs: readonly LoadRun[]): LoadResult {
  const ok = runs.reduce((n, r) => n + r.ok, 0);
  const latencies = runs.flatMap((r) => r.latencies);
  return {
    perSecond: ok / runs.reduce((s, r) => s + r.seconds, 0),
    ok,
    failed: runs.reduce((n, r) => n + r.failed, 0),
    firstFailure: runs.find((r) => r.firstFailure)?.firstFailure ?? null,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
  };
}

export async function closedLoop(o: LoadOptions): Promise<LoadRun> {
  const pool = new Pool(o.baseUrl, { connections: o.connections, pipelining: 1 });
  const start = performance.now();
  const measureFrom = start + o.warmupMs;
  const end = measureFrom + o.durationMs;
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  let firstFailure: string | null = null;

  const client = async () => {
    while (performance.now() < end) {
      const sent = performance.now();
      const res = await pool.request({
        method: 'POST',
        path: o.path,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(o.body()),
      });
      const text = await res.body.text();
      const done = performance.now();
      if (done < measureFrom || done > end) continue;
      if (res.statusCode === o.expectStatus) {
        ok++;
        if (sent >= measureFrom) latencies.push(done - sent);
      } else {
        failed++;
        firstFailure ??= `${res.statusCode} ${text.slice(0, 200)}`;
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, client));
  await pool.close();
  return { ok, failed, firstFailure, seconds: o.durationMs / 1000, latencies };
}
