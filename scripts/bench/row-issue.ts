// Row 1: tickets issued over HTTP by 64 keep-alive kiosks at once, against a bare express route that
// inserts one row with better-sqlite3.
import { Api } from './api.js';
import { closedLoop, summarize, type LoadRun } from './http-load.js';
import type { RowContext } from './row-context.js';
import { thousands } from './row-context.js';
import { startExpressSqliteBaseline, startMotcua, type BenchServer } from './servers.js';
import { CENTER_ID } from './settings.js';
import { ms } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_PER_SECOND = 2000;
const TARGET_SHARE = 0.5;

export async function ticketIssueRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  // Both servers run side by side and take turns, each half the time twice (bare, motcua, bare,
  // motcua): a machine whose speed drifts over the minutes weighs on both alike.
  const turnMs = (counts.issueSeconds * 1000) / 2;
  const load = { connections: counts.issueConnections, warmupMs: 1000, durationMs: turnMs, expectStatus: 201 };
  const bare = await startExpressSqliteBaseline();
  let server: BenchServer | undefined;
  const bareRuns: LoadRun[] = [];
  const motcuaRuns: LoadRun[] = [];
  try {
    server = await startMotcua('ticket issue', { cpuProfileDir });
    const api = new Api(server.baseUrl);
    const procedureIds = (await api.catalog()).procedures.map((p) => p.id);
    await api.close();
    let next = 0;
    // Kiosk tickets over every procedure of the center, so every field's queue grows.
    const body = () => ({ procedureIds: [procedureIds[next++ % procedureIds.length]], priority: null });
    for (let turn = 0; turn < 2; turn++) {
      bareRuns.push(
        await closedLoop({ ...load, baseUrl: bare.baseUrl, path: '/tickets', body: () => ({ procedureIds: [1], priority: null }) }),
      );
      motcuaRuns.push(await closedLoop({ ...load, baseUrl: server.baseUrl, path: `/api/centers/${CENTER_ID}/tickets`, body }));
    }
  } finally {
    await Promise.all([bare.stop(), server?.stop()]);
  }
  const baseline = summarize(bareRuns);
  const result = summarize(motcuaRuns);

  const share = result.perSecond / baseline.perSecond;
  return {
    name: `Ticket issue, ${load.connections} keep-alive clients`,
    figure: `${thousands(result.perSecond)} tickets/s (${Math.round(share * 100)}% of baseline; p99 ${ms(result.p99)} ms)`,
    target: `≥ ${thousands(TARGET_PER_SECOND)}/s and ≥ ${TARGET_SHARE * 100}% of baseline`,
    baseline: `${thousands(baseline.perSecond)}/s (p99 ${ms(baseline.p99)} ms)`,
    pass: result.failed === 0 && result.perSecond >= TARGET_PER_SECOND && share >= TARGET_SHARE,
    data: { motcua: result, baseline, seconds: counts.issueSeconds },
    ...(result.failed ? { note: `${result.failed} requests failed, first: ${result.firstFailure}` } : {}),
  };
}
