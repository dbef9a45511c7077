// One row per measurement, printed as a table and written as JSON under bench-results/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './child-process.js';

export interface BenchRow {
  /** The row's number in the full table (set by the runner; --rows may skip some). */
  number?: number;
  name: string;
  figure: string;
  target: string;
  /** The bare stack measured in the same run, or why there is none. */
  baseline: string;
  /** null: not measured (the feature does not exist yet). */
  pass: boolean | null;
  /** Raw numbers behind the figure, for the JSON file. */
  data?: Record<string, unknown>;
  note?: string;
}

const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');

export function printTable(rows: readonly BenchRow[]): void {
  const header = ['#', 'Row', 'Figure', 'Target', 'Baseline (same run)', 'Result'];
  const lines = rows.map((r, i) => [String(r.number ?? i + 1), r.name, r.figure, r.target, r.baseline, verdict(r.pass)]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => l[c].length)));
  const format = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ');
  console.log(format(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const l of lines) console.log(format(l));
  for (const [i, r] of rows.entries()) if (r.note) console.log(`  ${r.number ?? i + 1}. ${r.note}`);
}

/** Writes the run as JSON; returns the file's path. */
export function writeJson(mode: 'full' | 'quick', rows: readonly BenchRow[], startedAt: Date): string {
  const dir = join(REPO_ROOT, 'bench-results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${mode}-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`);
  const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', node: process.version };
  writeFileSync(file, JSON.stringify({ mode, startedAt: startedAt.toISOString(), machine, rows }, null, 2) + '\n');
  return file;
}
