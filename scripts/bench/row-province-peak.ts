// Row 7: a province's peak hour on one box. 100 commune centers are seeded (prepare-province.ts),
// each with its six counters (a clerk and a counter screen), two wall displays and 100 citizens'
// phones connected; the day simulator's busiest hour for all of them at once is played against one
// server, with /metrics scraped as Prometheus would. The load steps up in "centers' worth": the
// server's clock runs `worth / centers` times fast, so 100 centers at 10× send the tickets, calls
// and broadcasts of 1,000 centers' peak hour (each phone still hears at most one place update a
// second) while holding 100 centers' sockets. Each step plays `playSeconds` of real time: a slice of
// the hour at 1×, the whole hour at 30×. The load comes from separate generator processes
// (peak-generator.ts); a step where a generator's own event-loop delay passes 50 ms (p99) measures
// the generator, not the server, and is discarded. Steps go up until p99 Call next → wall passes
// 200 ms, a generator saturates, or the row's time runs out.
import { execFileSync, fork, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { addDays, weekdayOf } from '../../shared/rules/sessions.js';
import { publicHolidays } from '../../server/domain/holiday-defaults.js';
import { REPO_ROOT, startChild, type ChildServer } from './child-process.js';
import type { FromGenerator, GeneratorReady, GeneratorResult, PeakPlan, ToGenerator } from './peak-plan.js';
import { thousands, type RowContext } from './row-context.js';
import { NO_RATE_LIMITS } from './servers.js';
import { ms, percentile } from './stats.js';
import type { BenchRow } from './table.js';

const TZ = 'Asia/Ho_Chi_Minh';
const TARGET_WALL_P99_MS = 200;
const GENERATOR_LAG_LIMIT_MS = 50;
const WALLS = 2;
const COUNTERS = 6;
const PHONES = 100;
const QUEUE = 100;
const PEAK_MINUTES = 60;
const HTTP_CONNECTIONS = 64;
const SCRAPE_EVERY_MS = 15_000;
const QUIET_CORES = 0.3;

/** The next Monday after today in Hà Nội that is not a public holiday, at 08:00 local: the morning session. */
function nextWorkingMonday(now: number = Date.now()): string {
  let date = addDays(localDate(now, TZ), 1);
  while (weekdayOf(date) !== 1) date = addDays(date, 1);
  const closed = (d: string) => publicHolidays(Number(d.slice(0, 4))).some((h) => h.date === d);
  while (closed(date)) date = addDays(date, 7);
  return new Date(localInstant(date, 8 * 60, TZ)).toISOString();
}

interface Step {
  /** Centers' worth of load: centers × speed. */
  worth: number;
  speed: number;
  centers: number;
  phonesPerCenter: number;
  sockets: { counters: number; walls: number; phones: number };
  /** Server minutes of the busiest hour played, and that hour (local time). */
  minutes: number;
  window: string;
  /** Citizens arriving in that hour, all centers together (the simulator's day: 200 a center). */
  arrivalsInHour: number;
  wall: { p50: number; p99: number; n: number; missing: number };
  phone: { p50: number; p99: number; n: number; missing: number };
  issue: { p50: number; p99: number; n: number };
  calls: number;
  serverRssMb: number;
  /** CPU used, in cores (1 = one core busy all the time; the box has two). */
  serverCpu: number;
  generatorCpu: number;
  generatorLagP99: number;
  generatorLagMax: number;
  /** Cores used during the play by processes outside this row (others sharing the box), and stolen by the hypervisor. */
  otherCpu: number;
  stealCpu: number;
  /** Seconds waited for the box to be quiet before the step. */
  quietWaitSeconds: number;
  slipP99: number;
  dropped: number;
  phonesOpened: number;
  errors: Record<string, number>;
  firstError: string | null;
  metrics: Record<string, number>;
  scrapeMs: number;
  setupSeconds: number;
  playSeconds: number;
  saturated: boolean;
}

export async function provincePeakRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const settings = counts.provincePeak;
  const { centers, worth, limitSeconds } = settings;
  const clockAt = nextWorkingMonday();
  const deadline = performance.now() + limitSeconds * 1000;
  const done: Step[] = [];
  let limit = `none up to ${thousands(worth.at(-1)!)} centers' worth`;
  let failure: string | null = null;
  const template = mkdtempSync(join(tmpdir(), 'motcua-peak-'));
  try {
    await prepare(template, centers, clockAt);
    for (const w of worth) {
      const left = (deadline - performance.now()) / 1000;
      if (left < estimateSeconds(settings)) {
        limit = `time: ${thousands(w)} centers' worth would not finish within the row's ${limitSeconds} s`;
        break;
      }
      process.stderr.write(`\n  ${thousands(w)} centers' worth…`);
      let step: Step;
      try {
        step = await runStep(template, w, { ...settings, clockAt, cpuProfileDir });
      } catch (err) {
        failure = (err as Error).message.split('\n')[0];
        limit = `error at ${thousands(w)} centers' worth: ${failure}`;
        break;
      }
      done.push(step);
      process.stderr.write(` ${describe(step)}`);
      if (step.saturated) {
        limit = `generator saturated at ${thousands(w)} centers' worth (event-loop p99 ${ms(step.generatorLagP99)} ms > ${GENERATOR_LAG_LIMIT_MS} ms)`;
        break;
      }
      if (step.wall.p99 > TARGET_WALL_P99_MS) {
        limit = `server: p99 Call next → wall ${ms(step.wall.p99)} ms > ${TARGET_WALL_P99_MS} ms at ${thousands(w)} centers' worth`;
        break;
      }
    }
  } finally {
    rmSync(template, { recursive: true, force: true });
  }
  process.stderr.write('\n');
  const first = done.at(0);
  const measured = first && !first.saturated ? first : undefined;
  const held = done.filter((s) => !s.saturated && s.wall.p99 <= TARGET_WALL_P99_MS).at(-1);
  return {
    name: `Province peak: ${thousands(centers)} centers, ${worth.map((n) => thousands(n)).join(' → ')} centers' worth`,
    figure: measured
      ? `${thousands(measured.worth)} centers' worth: Call next → wall p50 ${ms(measured.wall.p50)} / p99 ${ms(measured.wall.p99)} ms, ` +
        `→ phone p99 ${ms(measured.phone.p99)} ms, issue p99 ${ms(measured.issue.p99)} ms; RSS ${Math.round(measured.serverRssMb)} MB, ` +
        `CPU ${pct(measured.serverCpu)} of a core; held up to ${held ? thousands(held.worth) : 'none'}; first limit: ${limit}`
      : failure
        ? `error: ${failure}`
        : `not measured: ${limit}`,
    target: `p99 Call next → wall ≤ ${TARGET_WALL_P99_MS} ms at ${thousands(worth[0])} centers' worth`,
    baseline: `generators' event-loop p99 ≤ ${GENERATOR_LAG_LIMIT_MS} ms, else discarded`,
    pass: measured ? measured.wall.p99 <= TARGET_WALL_P99_MS && measured.wall.missing === 0 : failure ? false : null,
    data: { clockAt, ...settings, limit, steps: done },
    note: [`Clock from ${clockAt}; first limit reached: ${limit}.`, ...done.map((s) => `    ${describe(s)}`)].join('\n'),
  };
}

const pct = (share: number) => `${Math.round(share * 100)} %`;

function describe(s: Step): string {
  const head =
    `${thousands(s.worth)} centers' worth (${thousands(s.centers)} centers at ${s.speed}×, ${s.minutes.toFixed(0)} min of ${s.window}; ` +
    `${thousands(s.sockets.counters)} counters, ${thousands(s.sockets.walls)} walls, ${thousands(s.sockets.phones)} phones): `;
  const box = `others on the box ${pct(s.otherCpu)} of a core, steal ${pct(s.stealCpu)}`;
  if (s.saturated)
    return `${head}DISCARDED, generator saturated (event-loop p99 ${ms(s.generatorLagP99)} ms, max ${ms(s.generatorLagMax)} ms; ${box})`;
  const errors = Object.entries(s.errors)
    .map(([k, v]) => `${k} ×${v}`)
    .join(', ');
  return (
    head +
    `wall p50 ${ms(s.wall.p50)} / p99 ${ms(s.wall.p99)} ms (${thousands(s.wall.n)}); phone p50 ${ms(s.phone.p50)} / p99 ${ms(s.phone.p99)} ms ` +
    `(${thousands(s.phone.n)}); issue p50 ${ms(s.issue.p50)} / p99 ${ms(s.issue.p99)} ms (${thousands(s.issue.n)}); ${thousands(s.calls)} calls; ` +
    `server RSS ${Math.round(s.serverRssMb)} MB, CPU ${pct(s.serverCpu)} of a core, event-loop p99 ${ms((s.metrics.lagP99 ?? Number.NaN) * 1000)} ms; ` +
    `generators CPU ${pct(s.generatorCpu)}, lag p99 ${ms(s.generatorLagP99)} / max ${ms(s.generatorLagMax)} ms; ` +
    `${box}; ` +
    `${s.wall.missing} wall and ${s.phone.missing} phone arrivals missing, ${s.dropped} sockets dropped` +
    (errors ? `; errors: ${errors}` : '')
  );
}

type PeakSettings = RowContext['counts']['provincePeak'];

/** Seconds a step takes, roughly: a quiet box, the server and generators, connecting the sockets, the play, stopping. */
function estimateSeconds(o: PeakSettings): number {
  const sockets = o.centers * (COUNTERS + WALLS) + Math.min(socketBudget(), o.centers * PHONES);
  return o.quietWait + 25 + 0.002 * sockets + o.playSeconds;
}

/**
 * Sockets one server process may hold here: its open-files limit (Node raises the soft limit to the
 * hard one) and the loopback's ephemeral ports, each less a margin for HTTP connections and files.
 */
function socketBudget(): number {
  const files = Number(/Max open files\s+\S+\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? 65536);
  const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  return Math.min(files - 1000, high - low - 6000);
}

interface StepOptions extends PeakSettings {
  clockAt: string;
  cpuProfileDir: string | undefined;
}

/** One step on a copy of the prepared database (`template`): a fresh server whose clock runs `worth / centers` times fast. */
async function runStep(template: string, worth: number, o: StepOptions): Promise<Step> {
  const { centers } = o;
  const speed = worth / centers;
  const minutes = Math.min(PEAK_MINUTES, (o.playSeconds * speed) / 60);
  const dir = mkdtempSync(join(tmpdir(), 'motcua-peak-'));
  const children: ChildProcess[] = [];
  let server: ChildServer | undefined;
  try {
    const quietWaitSeconds = await quietBox(o.quietWait);
    const setupBegan = performance.now();
    for (const file of ['motcua.sqlite', 'plan.json']) copyFileSync(join(template, file), join(dir, file));
    const plan = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8')) as PeakPlan;
    const token = randomBytes(24).toString('base64url');
    server = await startChild({
      label: `motcua (province peak, ${centers} centers)`,
      script: 'server/main.ts',
      cpuProfileDir: o.cpuProfileDir,
      env: {
        DATA_DIR: dir,
        PORT: '0',
        HOST: '127.0.0.1',
        MOTCUA_CLOCK: o.clockAt,
        MOTCUA_CLOCK_SPEED: String(speed),
        MOTCUA_DIST_DIR: join(dir, 'no-dist'),
        MOTCUA_METRICS_TOKEN: token,
        // The clock may run fast: an hour of idle timeout would be two minutes at 30×.
        MOTCUA_IDLE_MINUTES: '600',
        ...NO_RATE_LIMITS,
      },
    });
    const phonesPerCenter = Math.max(0, Math.min(PHONES, Math.floor(socketBudget() / centers) - COUNTERS - WALLS));
    for (let g = 0; g < o.generators; g++) {
      children.push(
        fork(join(REPO_ROOT, 'scripts/bench/peak-generator.ts'), [], {
          cwd: REPO_ROOT,
          execArgv: ['--import', 'tsx'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
        }),
      );
    }
    const readyIn = 60_000 + 10 * centers * (COUNTERS + WALLS + phonesPerCenter);
    const ready = await Promise.all(
      children.map((child, index) => {
        const answer = next<GeneratorReady>(child, 'ready', readyIn);
        tell(child, {
          type: 'setup',
          baseUrl: server!.baseUrl,
          planFile: join(dir, 'plan.json'),
          index,
          of: o.generators,
          wallsPerCenter: WALLS,
          phonesPerCenter,
          speed,
          httpConnections: HTTP_CONNECTIONS,
        });
        return answer;
      }),
    );
    const setupSeconds = (performance.now() - setupBegan) / 1000;

    // The peak hour (or its first minutes), with Prometheus scraping and the server's memory read every second.
    const playMs = (minutes * 60_000) / speed;
    const results = Promise.all(children.map((child) => next<GeneratorResult>(child, 'result', playMs + 120_000)));
    const cpuBefore = cpuSeconds(server.pid);
    const boxBefore = boxCpu();
    const ownBefore = process.cpuUsage();
    const began = performance.now();
    for (const child of children) tell(child, { type: 'start', minutes });
    let rss = server.rssMb();
    const rssTimer = setInterval(() => (rss = Math.max(rss, server!.rssMb())), 1000);
    let metrics: Record<string, number> = {};
    let scrapeMs = 0;
    const scrapeOnce = async () => {
      const t = performance.now();
      metrics = await scrape(server!.baseUrl, token);
      scrapeMs = Math.max(scrapeMs, performance.now() - t);
    };
    const scrapeTimer = setInterval(() => void scrapeOnce().catch(() => undefined), SCRAPE_EVERY_MS);
    let out: GeneratorResult[];
    try {
      out = await results;
    } finally {
      clearInterval(rssTimer);
      clearInterval(scrapeTimer);
    }
    const playSeconds = (performance.now() - began) / 1000;
    const serverCpu = (cpuSeconds(server.pid) - cpuBefore) / playSeconds;
    const box = boxCpu();
    const own = process.cpuUsage(ownBefore);
    const generatorCpu = out.reduce((n, r) => n + r.cpuSeconds, 0) / playSeconds;
    const otherCpu = (box.busy - boxBefore.busy) / playSeconds - serverCpu - generatorCpu - (own.user + own.system) / 1e6 / playSeconds;
    await scrapeOnce();

    const flat = (pick: (r: GeneratorResult) => number[]) => out.flatMap(pick);
    const stats = (samples: number[]) => ({ p50: percentile(samples, 50), p99: percentile(samples, 99), n: samples.length });
    const errors: Record<string, number> = {};
    for (const r of out) for (const [k, v] of Object.entries(r.errors)) errors[k] = (errors[k] ?? 0) + v;
    const lagP99 = Math.max(...out.map((r) => r.lagP99));
    return {
      worth,
      speed,
      centers,
      minutes,
      phonesPerCenter,
      sockets: {
        counters: ready.reduce((n, r) => n + r.counters, 0),
        walls: ready.reduce((n, r) => n + r.walls, 0),
        phones: ready.reduce((n, r) => n + r.phones, 0),
      },
      window: `${plan.window.from}–${plan.window.to}`,
      arrivalsInHour: plan.arrivalsInWindow,
      wall: { ...stats(flat((r) => r.wall)), missing: out.reduce((n, r) => n + r.wallMissing, 0) },
      phone: { ...stats(flat((r) => r.phone)), missing: out.reduce((n, r) => n + r.phoneMissing, 0) },
      issue: stats(flat((r) => r.issue)),
      calls: out.reduce((n, r) => n + r.calls, 0),
      serverRssMb: rss,
      serverCpu,
      generatorCpu,
      otherCpu: Math.max(0, otherCpu),
      stealCpu: (box.steal - boxBefore.steal) / playSeconds,
      quietWaitSeconds,
      generatorLagP99: lagP99,
      generatorLagMax: Math.max(...out.map((r) => r.lagMax)),
      slipP99: Math.max(...out.map((r) => r.slipP99)),
      dropped: out.reduce((n, r) => n + r.dropped, 0),
      phonesOpened: out.reduce((n, r) => n + r.phonesOpened, 0),
      errors,
      firstError: out.find((r) => r.firstError)?.firstError ?? null,
      metrics,
      scrapeMs,
      setupSeconds,
      playSeconds,
      saturated: lagP99 > GENERATOR_LAG_LIMIT_MS,
    };
  } finally {
    for (const child of children) if (child.connected) tell(child, { type: 'stop' });
    await Promise.all(children.map((child) => exited(child, 10_000)));
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

function prepare(dir: string, centers: number, clockAt: string): Promise<void> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/bench/prepare-province.ts', dir, String(centers), String(QUEUE), clockAt],
    {
      cwd: REPO_ROOT,
      // A cheap password hash for the seeded clerks (nobody signs in with it; the sessions are made here).
      env: { ...process.env, MOTCUA_SCRYPT_N: '16' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`prepare-province exited with ${code}`));
    });
  });
}

function tell(child: ChildProcess, message: ToGenerator): void {
  child.send(message);
}

/** The generator's next message of this type; its failure, its exit or the timeout rejects. */
function next<T extends FromGenerator>(child: ChildProcess, type: T['type'], timeoutMs: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const finish = (fn: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      fn();
    };
    const onMessage = (message: FromGenerator) => {
      if (message.type === type) finish(() => resolve(message as T));
      else if (message.type === 'failed') finish(() => reject(new Error(`load generator: ${message.message}`)));
    };
    const onExit = (code: number | null) => finish(() => reject(new Error(`load generator exited with ${code}`)));
    const timer = setTimeout(() => finish(() => reject(new Error(`load generator: no '${type}' within ${timeoutMs / 1000} s`))), timeoutMs);
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function exited(child: ChildProcess, timeoutMs: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  await gone;
  clearTimeout(timer);
}

const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds the whole box has been busy (every core), and stolen by the hypervisor, from /proc/stat. */
function boxCpu(): { busy: number; steal: number } {
  const [user, nice, system, , , irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
    .split('\n')[0]
    .trim()
    .split(/\s+/)
    .slice(1)
    .map(Number);
  return { busy: (user + nice + system + irq + softirq) / CLOCK_TICKS, steal: steal / CLOCK_TICKS };
}

/**
 * Others share this box (their builds and tests): waits, at most `seconds`, until they use less than
 * QUIET_CORES for a 2-second sample, so a step measures the server rather than a crowded machine.
 * Returns how long it waited.
 */
async function quietBox(seconds: number): Promise<number> {
  const began = performance.now();
  while (performance.now() - began < seconds * 1000) {
    const before = boxCpu().busy;
    await new Promise((resolve) => setTimeout(resolve, 2000));
    if ((boxCpu().busy - before) / 2 < QUIET_CORES) break;
  }
  return (performance.now() - began) / 1000;
}

/** CPU seconds (user + system) a process has used, from /proc/<pid>/stat. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
}

/** A Prometheus scrape of /metrics (bearer token); the few series the row reports. */
async function scrape(baseUrl: string, token: string): Promise<Record<string, number>> {
  const res = await request(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  const text = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`/metrics → ${res.statusCode}`);
  const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}"]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN);
  let waiting = 0;
  for (const m of text.matchAll(/^motcua_queue_waiting\{[^}]*\} (\S+)$/gm)) waiting += Number(m[1]);
  return {
    lagP99: value('motcua_nodejs_eventloop_lag_p99_seconds'),
    phones: value('motcua_sockets_connected{kind="phone"}'),
    displays: value('motcua_sockets_connected{kind="display"}'),
    staff: value('motcua_sockets_connected{kind="staff"}'),
    waiting,
    bytes: text.length,
  };
}
