// Row 5: a month report (by field) over a year of history, as a manager reads it over HTTP. The
// history is written into the database before the server starts. Until the reports route exists,
// the row prints "n/a" with its target.
import { Api } from './api.js';
import { thousands, type RowContext } from './row-context.js';
import { startMotcua } from './servers.js';
import { CENTER_ID, PASSWORDS } from './settings.js';
import { median, ms } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_MS = 500;
const TARGET = `month report over ≈ 250k tickets ≤ ${TARGET_MS} ms`;
const NAME = 'Month report over a year of history';
/** The last full month before the bench clock's day (2026-11-23). */
const MONTH = { from: '2026-10-01', to: '2026-10-31' };

export async function reportRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const server = await startMotcua('reports', { history: counts.historyTickets, cpuProfileDir });
  const times: number[] = [];
  let rows = 0;
  try {
    const api = new Api(server.baseUrl);
    try {
      const path = `/api/centers/${CENTER_ID}/reports?from=${MONTH.from}&to=${MONTH.to}&by=field`;
      // Anything but the generic unknown-route 404 means the route exists.
      const probe = await api.request<{ error?: { code: string } } | null>('GET', path);
      if (probe.status === 404 && probe.body?.error?.code === 'not-found') {
        return { name: NAME, figure: 'n/a (reports not built)', target: TARGET, baseline: 'n/a', pass: null };
      }
      await api.ok('POST', '/api/auth/login', { username: 'quanly', password: PASSWORDS.demo });
      for (let i = 0; i <= counts.reportRequests; i++) {
        const sent = performance.now();
        const report = await api.ok<{ rows: unknown[] }>('GET', path);
        // The first request warms the page cache and the statements.
        if (i > 0) times.push(performance.now() - sent);
        rows = report.rows.length;
      }
    } finally {
      await api.close();
    }
  } finally {
    await server.stop();
  }
  const typical = median(times);
  return {
    name: `Month report over ${thousands(counts.historyTickets)} tickets of history`,
    figure: `median ${ms(typical)} ms, worst ${ms(Math.max(...times))} ms (${rows} field rows)`,
    target: TARGET,
    baseline: 'n/a (no bare equivalent)',
    pass: typical <= TARGET_MS,
    data: { historyTickets: counts.historyTickets, requests: times.length, median: typical, worst: Math.max(...times) },
  };
}
