// `npm run bench [-- --quick] [-- --profile] [-- --rows=1,4]`: starts real servers on temporary
// databases, measures each row against its target and the bare stack's baseline, prints one table
// and writes it as JSON under bench-results/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './child-process.js';
import { liveLatencyRow } from './row-live-latency.js';
import { estimateRow } from './row-estimate.js';
import { reportRow } from './row-report.js';
import { provincePeakRow } from './row-province-peak.js';
import { queueCostRow } from './row-queue-cost.js';
import type { RowContext } from './row-context.js';
import { socketsHeldRow } from './row-sockets-held.js';
import { ticketIssueRow } from './row-issue.js';
import { FULL, QUICK } from './settings.js';
import { printTable, writeJson, type BenchRow } from './table.js';

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const only = args
  .find((a) => a.startsWith('--rows='))
  ?.slice('--rows='.length)
  .split(',')
  .map(Number);
const startedAt = new Date();
const ctx: RowContext = {
  counts: quick ? QUICK : FULL,
  cpuProfileDir: args.includes('--profile')
    ? join(REPO_ROOT, 'bench-results', 'profiles', startedAt.toISOString().replace(/[:.]/g, '-'))
    : undefined,
};
if (ctx.cpuProfileDir) mkdirSync(ctx.cpuProfileDir, { recursive: true });

// A stuck run ends by itself; child-process.ts kills the servers on exit. Row 7 brings its own
// time limit (it stops stepping up by itself before it), added when it runs.
const PEAK_ROW = 7;
const peakLimitMs = !only || only.includes(PEAK_ROW) ? (ctx.counts.provincePeak.limitSeconds + 60) * 1000 : 0;
setTimeout(
  () => {
    console.error('bench: gave up (time limit reached)');
    process.exit(2);
  },
  (only && only.every((n) => n === PEAK_ROW) ? 0 : quick ? 3 * 60_000 : 20 * 60_000) + peakLimitMs,
).unref();

const ROWS: { name: string; run: (ctx: RowContext) => Promise<BenchRow> | BenchRow }[] = [
  { name: 'Ticket issue', run: ticketIssueRow },
  { name: 'Live update', run: liveLatencyRow },
  { name: 'Sockets held', run: socketsHeldRow },
  { name: 'Call next vs queue length', run: queueCostRow },
  { name: 'Month report', run: reportRow },
  { name: 'Wait-time estimate', run: estimateRow },
  { name: 'Province peak', run: provincePeakRow },
];

const rows: BenchRow[] = [];
for (const [i, row] of ROWS.entries()) {
  if (only && !only.includes(i + 1)) continue;
  const began = performance.now();
  process.stderr.write(`bench: ${i + 1}. ${row.name}…`);
  try {
    rows.push({ number: i + 1, ...(await row.run(ctx)) });
  } catch (err) {
    rows.push({
      number: i + 1,
      name: row.name,
      figure: `error: ${(err as Error).message.split('\n')[0]}`,
      target: '',
      baseline: '',
      pass: false,
    });
    console.error(err);
  }
  process.stderr.write(` ${((performance.now() - began) / 1000).toFixed(1)} s\n`);
}

console.log(`\nmotcua bench (${quick ? 'quick' : 'full'} mode), ${startedAt.toISOString()}`);
printTable(rows);
console.log(`\nwritten to ${writeJson(quick ? 'quick' : 'full', rows, startedAt)}`);
if (ctx.cpuProfileDir) console.log(`CPU profiles of the motcua servers: ${ctx.cpuProfileDir}`);
process.exit(rows.some((r) => r.pass === false) ? 1 : 0);
