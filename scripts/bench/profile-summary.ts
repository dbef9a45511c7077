// Reads a V8 .cpuprofile (from `npm run bench -- --profile`) and prints where the time went: self
// time by function, and total time by our own source file.
//   node --import tsx scripts/bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg = '25'] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfMs = new Map<number, number>();
profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
const total = [...selfMs.values()].reduce((a, b) => a + b, 0);

const where = (n: ProfileNode) => {
  const url = n.callFrame.url.replace(/^file:\/\/.*?\/(node_modules|server|shared|scripts)\//, '$1/');
  return `${n.callFrame.functionName || '(anonymous)'} ${url}:${n.callFrame.lineNumber + 1}`;
};
const bump = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

const self = new Map<string, number>();
const inclusiveByFile = new Map<string, number>();
for (const [id, ms] of selfMs) {
  bump(self, where(byId.get(id)!), ms);
  // Each of our files on the stack gets the sample once.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const m = /\/(server|shared)\/.*$/.exec(byId.get(at)!.callFrame.url);
    if (m && !seen.has(m[0])) {
      seen.add(m[0]);
      bump(inclusiveByFile, m[0], ms);
    }
  }
}

const top = Number(topArg);
const pct = (ms: number) => `${((100 * ms) / total).toFixed(1).padStart(5)}%`;
console.log(`total ${Math.round(total)} ms sampled\n\nself time:`);
for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}  ${k}`);
console.log('\ntotal time by our files:');
for (const [k, ms] of [...inclusiveByFile].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(ms)}  ${k}`);
