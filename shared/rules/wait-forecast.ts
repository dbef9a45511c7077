// How long each waiting citizen will wait, as a range: the call rule (callOrder) played forward from
// the present, many times over, with service times drawn from the center's recent history and the
// arrivals that the rule would put first (priority citizens, the fast lane, walk-ins of a field a
// counter prefers) drawn as they are expected (arrival-forecast.ts). Pure and seeded: the server
// feeds it (it runs in a worker thread, server/domain/wait-forecaster.ts) and the benchmark plays a
// whole day with it.
//
// One run: every counter that calls is free at some instant (now, when its current citizen is done,
// when it opens); the earliest takes what Call next would give it then, and is busy for a service
// time drawn for that ticket. Counters free at the same instant go in counter-number order, as in the
// replay behind "people ahead" (ahead.ts). A counter with nobody to call waits for the next arrival
// or booking slot. Tickets issued before a session ends are still served after it (clerks finish the
// queue they have); arrivals come only during sessions (the level is zero outside them).
//
// Newcomers: for each kind of ticket that could be issued now (a field, priority or not, its lane), a
// probe rides along in every run. When the rule would call a probe, its instant is noted and it leaves
// without taking the counter's time — so it changes nobody's call, and its instant is exactly when a
// ticket of that kind issued now would be called. The slip and the kiosk read those.
import { recordCall, type NumberedCounter } from './ahead.js';
import { callOrder, type NormalsSincePriority, type PriorityPolicy, type QueueCandidate } from './call-order.js';
import type { ArrivalKind, ArrivalRate } from './arrival-forecast.js';
import { mulberry32 } from './random.js';

/** A ticket as the forward play sees it: what the call rule reads, and how much work it brings. */
export interface ForecastTicket extends QueueCandidate {
  procedureCount: number;
}

/** One finished call of the past: counter minutes from the call to the end, and how many procedures it had (0: a no-show). */
export interface ServiceSample {
  minutes: number;
  procedureCount: number;
}

export interface ServiceHistory {
  /** Recent samples per field, newest first. */
  byField: ReadonlyMap<number, readonly ServiceSample[]>;
  /** Recent samples of the whole center, for a field with too little history. */
  all: readonly ServiceSample[];
  /** Minutes per ticket when the center has no history at all. */
  fallbackMinutes: number;
}

export interface ForecastCounter extends NumberedCounter {
  /** When it starts calling: now for an open counter, a later instant for one expected to open, null for one that will not. */
  callsFrom: number | null;
  /** The citizen it is serving now, if any: their ticket's field and work, and minutes since the call. */
  busy: { fieldId: number; procedureCount: number; elapsedMinutes: number } | null;
}

/** Future arrivals: drawn at a level with a mix of kinds (arrival-forecast.ts), or (the benchmark's bound) known exactly, in issue order. */
export type ArrivalPlan =
  { kind: 'rates'; mix: readonly ArrivalKind[]; level: readonly ArrivalRate[] } | { kind: 'known'; tickets: readonly ForecastTicket[] };

/** A newcomer kind the slip may ask about. */
export interface Probe {
  key: string;
  fieldId: number;
  isPriority: boolean;
  lane: 'walk-in' | 'fast';
}

export interface ForecastInput {
  now: number;
  counters: readonly ForecastCounter[];
  /** The tickets waiting now (a bounded head of the queue is enough: later ones never go first). */
  waiting: readonly ForecastTicket[];
  policy: PriorityPolicy;
  normalsSince: NormalsSincePriority;
  service: ServiceHistory;
  arrivals: ArrivalPlan;
  probes: readonly Probe[];
  /** Forward plays; the range is taken over them. */
  runs: number;
  seed: number;
  /** No run looks further ahead than this. */
  horizonMinutes: number;
}

/** Minutes from the forecast's instant: the 10th, 50th and 90th percentile of the call's instant over the runs. */
export interface WaitRange {
  low: number;
  median: number;
  high: number;
}

export interface ForecastResult {
  /** Per waiting ticket; null when more than one run in ten did not call it within the horizon. */
  tickets: Map<number, WaitRange | null>;
  /** Per probe key, the same for a ticket of that kind issued now. */
  probes: Map<string, WaitRange | null>;
}

/** The share of runs below the range and above it: an 80 % range. */
const TAIL = 0.1;
/** Samples a field needs before its own history is used rather than the center's. */
const FIELD_HISTORY_MIN = 5;

/** What is known of how service times vary before a center has any history: about ±50 % (log-normal). */
const PRIOR_SPREAD = 0.5;
/** Calls the prior spread counts for, against a pool's own. */
const PRIOR_WEIGHT = 5;
const spreads = new WeakMap<readonly ServiceSample[], number>();

/**
 * The kernel width (log scale) a draw from this pool is smoothed by: a bootstrap from a few calls
 * knows only those few durations and would give too narrow a range. Silverman's rule on the pool's
 * log durations per procedure, their spread shrunk towards the prior while the pool is small.
 */
function spreadOf(pool: readonly ServiceSample[]): number {
  let h = spreads.get(pool);
  if (h !== undefined) return h;
  const logs = pool.map((s) => Math.log(Math.max(0.1, s.minutes) / (s.procedureCount + 1)));
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const sd = Math.sqrt(logs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, logs.length - 1));
  const n = logs.length;
  const shrunk = (n * sd + PRIOR_WEIGHT * PRIOR_SPREAD) / (n + PRIOR_WEIGHT);
  h = 1.06 * shrunk * n ** -0.2;
  spreads.set(pool, h);
  return h;
}

/** Calls of one or more procedures a center needs on record before a visit's parts are fitted. */
const FIT_MIN = 20;
/**
 * Until a center has this many calls on record, the calls it lacks are drawn from the fallback: its
 * first call or two (a clerk trying the screen in seconds) would otherwise be every call's length.
 */
const FEW_CALLS = 20;

/** A visit's counter minutes as a fixed part and a part per procedure: fixed + perProcedure × procedures. */
interface ServiceFit {
  fixed: number;
  /** Per field with calls of its own, and for the center as a whole. */
  perProcedure: Map<number | 'all', number>;
}
const serviceFits = new WeakMap<ServiceHistory, ServiceFit | null>();

/**
 * Least squares over the calls served (no-shows left out), each weighed by 1 / its procedures: one
 * fixed part for the center (coming to the desk, sitting down, the greeting) and minutes per procedure
 * per field. With each field's slope solved for a given fixed part, the residuals are linear in it,
 * so it has a closed form. Null while the history cannot tell the two apart (too few calls, or each
 * field's calls all of one count).
 */
function fitOf(history: ServiceHistory): ServiceFit | null {
  const known = serviceFits.get(history);
  if (known !== undefined) return known;
  // A visit's procedures each vary, so its minutes vary about as much as it has procedures: the short
  // visits, which pin the fixed part, count for more than a plain fit gives them.
  const w = (c: ServiceSample) => 1 / c.procedureCount;
  const sums = (calls: readonly ServiceSample[]) => ({
    k: calls.reduce((t, c) => t + w(c) * c.procedureCount, 0),
    kk: calls.reduce((t, c) => t + w(c) * c.procedureCount ** 2, 0),
    km: calls.reduce((t, c) => t + w(c) * c.procedureCount * c.minutes, 0),
  });
  const fields = [...history.byField].map(([fieldId, calls]) => {
    const served = calls.filter((c) => c.procedureCount > 0);
    return { fieldId, served, ...sums(served) };
  });
  const served = fields.flatMap((f) => f.served);
  let uv = 0;
  let vv = 0;
  for (const f of fields)
    for (const c of f.served) {
      // minutes − fixed − slope(fixed) × count = u − fixed × v
      const v = 1 - (c.procedureCount * f.k) / f.kk;
      uv += w(c) * (c.minutes - (c.procedureCount * f.km) / f.kk) * v;
      vv += w(c) * v * v;
    }
  let fit: ServiceFit | null = null;
  if (served.length >= FIT_MIN && vv > 1e-9) {
    const fixed = Math.min(Math.max(0, uv / vv), ...served.map((c) => c.minutes));
    const slope = (s: ReturnType<typeof sums>) => Math.max(0.01, (s.km - fixed * s.k) / s.kk);
    const perProcedure = new Map<number | 'all', number>(fields.filter((f) => f.served.length).map((f) => [f.fieldId, slope(f)]));
    perProcedure.set('all', slope(sums(served)));
    fit = { fixed, perProcedure };
  }
  serviceFits.set(history, fit);
  return fit;
}

/** A standard normal draw (Box–Muller). */
const gaussian = (random: () => number) => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());

/**
 * Minutes a ticket keeps its counter: a past call of its field drawn at random, scaled to this ticket's
 * number of procedures by the visit's parts fitted from history (fitOf: that call's minutes as they
 * stood against the fit), or while they cannot be fitted with the fixed part counted as one procedure;
 * a no-show's, or one for a newcomer whose procedures are not known yet (`procedureCount` null), as it
 * was. The draw is smoothed (spreadOf); with no history at all, the fallback with the prior spread,
 * and with fewer than FEW_CALLS calls, as many of the draws as calls are missing.
 */
export function drawService(history: ServiceHistory, fieldId: number, procedureCount: number | null, random: () => number): number {
  const own = history.byField.get(fieldId) ?? [];
  const pool = own.length >= FIELD_HISTORY_MIN ? own : history.all.length ? history.all : own;
  const fromFallback = !pool.length || (history.all.length < FEW_CALLS && random() * FEW_CALLS >= history.all.length);
  if (fromFallback) return history.fallbackMinutes * Math.exp(PRIOR_SPREAD * gaussian(random));
  const s = pool[Math.floor(random() * pool.length)];
  const noise = Math.exp(spreadOf(pool) * gaussian(random));
  if (s.procedureCount === 0 || procedureCount === null) return s.minutes * noise;
  const fit = fitOf(history);
  const perProcedure = fit && (fit.perProcedure.get(pool === own ? fieldId : 'all') ?? fit.perProcedure.get('all')!);
  const expected = (n: number) => (fit && perProcedure ? fit.fixed + perProcedure * n : n + 1);
  return ((s.minutes * expected(procedureCount)) / expected(s.procedureCount)) * noise;
}

/** What is left of a service already `elapsed` minutes long: a draw that lasts longer than that, less it. */
function drawRemaining(history: ServiceHistory, busy: NonNullable<ForecastCounter['busy']>, random: () => number): number {
  for (let i = 0; i < 20; i++) {
    const total = drawService(history, busy.fieldId, busy.procedureCount, random);
    if (total > busy.elapsedMinutes) return total - busy.elapsedMinutes;
  }
  // Longer than nearly every service on record: it should end soon.
  return 1;
}

/**
 * No run draws more arrivals than this — about a busy province center's whole day: past it, the run
 * ends (tickets not called by then are past its horizon), so a burst no center has (a bench issuing
 * hundreds a second) costs the worker little.
 */
const MAX_ARRIVALS = 1000;

/**
 * The arrivals of one run, in order, drawn only as the play reaches them — a Poisson stream at the
 * level, each arrival's kind drawn by its share — so a queue that clears soon never pays for the
 * hours after; and a level no center could have (a burst of thousands in minutes) ends the run at
 * MAX_ARRIVALS instead of filling the worker's memory.
 */
class Arrivals {
  private segment = 0;
  private t = -Infinity;
  private drawn = 0;
  private head: ForecastTicket | undefined;
  /** The run's horizon: the forecast's, or the instant the arrivals ran out. */
  until: number;

  constructor(
    private readonly input: ForecastInput,
    private readonly random: () => number,
    until: number,
  ) {
    this.until = until;
    this.head = this.draw();
  }

  /** The instant of the next arrival; Infinity when no more come. */
  get nextAt(): number {
    return this.head?.issuedAt ?? Infinity;
  }

  take(): ForecastTicket {
    const head = this.head!;
    this.head = this.draw();
    return head;
  }

  private draw(): ForecastTicket | undefined {
    const plan = this.input.arrivals;
    if (plan.kind === 'known') return plan.tickets[this.drawn++];
    if (!plan.mix.length) return undefined;
    if (this.drawn >= MAX_ARRIVALS) {
      this.until = Math.min(this.until, this.t);
      return undefined;
    }
    for (; this.segment < plan.level.length; this.segment++) {
      const rate = plan.level[this.segment];
      if (rate.perMinute <= 0) continue;
      const end = Math.min(rate.to, this.until);
      const t = Math.max(this.t, rate.from, this.input.now) - Math.log(1 - this.random()) * (60_000 / rate.perMinute);
      // Past the segment: the stream starts again at its end (a Poisson stream has no memory).
      if (t >= end) {
        this.t = Math.max(this.t, end);
        continue;
      }
      this.t = t;
      // The kind: the first whose cumulative share passes a uniform draw.
      let u = this.random();
      let i = 0;
      while (i < plan.mix.length - 1 && (u -= plan.mix[i].share) > 0) i++;
      const kind = plan.mix[i];
      this.drawn++;
      return {
        id: -this.drawn,
        fieldId: kind.fieldId,
        isPriority: kind.isPriority,
        issuedAt: Math.round(this.t),
        transferredAt: null,
        targetCounterId: null,
        lane: kind.lane,
        notBefore: null,
        procedureCount: 0,
      };
    }
    return undefined;
  }
}

/** Counters by the instant they are next free, then by number: a small binary heap. */
class FreeCounters {
  private readonly items: { at: number; counter: ForecastCounter }[] = [];

  push(at: number, counter: ForecastCounter): void {
    const items = this.items;
    items.push({ at, counter });
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(i, parent)) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): { at: number; counter: ForecastCounter } | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let best = i;
        if (l < items.length && this.before(l, best)) best = l;
        if (r < items.length && this.before(r, best)) best = r;
        if (best === i) break;
        [items[i], items[best]] = [items[best], items[i]];
        i = best;
      }
    }
    return top;
  }

  private before(i: number, j: number): boolean {
    const a = this.items[i];
    const b = this.items[j];
    return a.at < b.at || (a.at === b.at && a.counter.number < b.counter.number);
  }
}

/**
 * The tickets waiting in one run, kept as Call next reads them: the first in an issue-ordered queue
 * is the only one of it the call rule can take next (walk-ins by field and kind, the fast lane by
 * field), so callOrder is given the heads of those queues and every transferred or booked ticket.
 * Its first pick is the same as over everyone, at a fraction of the cost.
 */
export class Waiting {
  private readonly queues = new Map<string, { items: ForecastTicket[]; head: number }>();
  private readonly others: ForecastTicket[] = [];

  private static queueOf(t: ForecastTicket): string | null {
    if (t.transferredAt !== null) return null;
    const lane = t.lane ?? 'walk-in';
    if (lane === 'walk-in') return `w:${t.fieldId}:${t.isPriority ? 'p' : 'n'}`;
    return lane === 'fast' ? `f:${t.fieldId}` : null;
  }

  /** Tickets of one queue must come in issue order: the waiting (read so), then probes and arrivals. */
  add(t: ForecastTicket): void {
    const key = Waiting.queueOf(t);
    if (key === null) {
      this.others.push(t);
      return;
    }
    let queue = this.queues.get(key);
    if (!queue) this.queues.set(key, (queue = { items: [], head: 0 }));
    queue.items.push(t);
  }

  heads(): ForecastTicket[] {
    const heads = [...this.others];
    for (const q of this.queues.values()) if (q.head < q.items.length) heads.push(q.items[q.head]);
    return heads;
  }

  /** Takes a ticket the call rule picked (a queue's head, or a transferred or booked one). */
  remove(t: ForecastTicket): void {
    const key = Waiting.queueOf(t);
    if (key === null) this.others.splice(this.others.indexOf(t), 1);
    else this.queues.get(key)!.head++;
  }

  /** The next booking slot after `at`, if any: a counter with nobody to call waits for it. */
  nextSlot(at: number): number {
    let next = Infinity;
    for (const t of this.others)
      if (t.notBefore !== null && t.notBefore !== undefined && t.notBefore > at) next = Math.min(next, t.notBefore);
    return next;
  }
}

/** One forward play: the instant each waiting ticket and each probe is called (absent: not within the horizon). */
function playOnce(input: ForecastInput, random: () => number): Map<number | string, number> {
  // Arrivals have a stream of their own, so the service draws do not shift them.
  const arrivals = new Arrivals(input, mulberry32(Math.floor(random() * 2 ** 32)), input.now + input.horizonMinutes * 60_000);
  const waiting = new Waiting();
  for (const t of input.waiting) waiting.add(t);
  const probeIds = new Map<number, string>();
  // Probes are tickets issued now, after everyone waiting; ids above every real one keep ties in place.
  const topId = input.waiting.reduce((m, t) => Math.max(m, t.id), 0);
  input.probes.forEach((p, i) => {
    const id = topId + 1 + i;
    probeIds.set(id, p.key);
    waiting.add({
      id,
      fieldId: p.fieldId,
      isPriority: p.isPriority,
      issuedAt: input.now,
      transferredAt: null,
      targetCounterId: null,
      lane: p.lane,
      notBefore: null,
      procedureCount: 0,
    });
  });
  const tracked = new Set(input.waiting.map((t) => t.id));
  const since = new Map(input.normalsSince);
  const called = new Map<number | string, number>();
  let pending = input.waiting.length + input.probes.length;

  const free = new FreeCounters();
  for (const counter of input.counters) {
    if (counter.callsFrom === null) continue;
    const busy = counter.busy ? drawRemaining(input.service, counter.busy, random) * 60_000 : 0;
    free.push(Math.max(counter.callsFrom, input.now + busy), { ...counter, status: 'open' });
  }

  while (pending > 0) {
    const slot = free.pop();
    if (!slot || slot.at > arrivals.until) break;
    const { at, counter } = slot;
    while (arrivals.nextAt <= at) waiting.add(arrivals.take());
    // The arrivals may have run out before this instant: the run ends there.
    if (at > arrivals.until) break;
    let ticket: ForecastTicket | undefined;
    for (;;) {
      ticket = callOrder(counter, waiting.heads(), input.policy, since, at)[0] as ForecastTicket | undefined;
      const probe = ticket && probeIds.get(ticket.id);
      if (!ticket || probe === undefined) break;
      // A probe is seen called and leaves without taking the counter's time.
      called.set(probe, at);
      pending--;
      waiting.remove(ticket);
    }
    if (!ticket) {
      // Nobody to call now: wait for the next arrival or the next booking slot, if any.
      const wake = Math.min(arrivals.nextAt, waiting.nextSlot(at));
      if (Number.isFinite(wake)) free.push(wake, counter);
      continue;
    }
    const known = tracked.has(ticket.id);
    if (known) {
      called.set(ticket.id, at);
      pending--;
    }
    waiting.remove(ticket);
    recordCall(since, ticket);
    // A drawn arrival's procedures are unknown: its work is a past call's as it was.
    const work = known || input.arrivals.kind === 'known' ? ticket.procedureCount : null;
    free.push(at + drawService(input.service, ticket.fieldId, work, random) * 60_000, counter);
  }
  return called;
}

/** The range of one ticket over the runs' instants (Infinity: not called within the horizon). */
function rangeOf(instants: number[], now: number): WaitRange | null {
  instants.sort((a, b) => a - b);
  const at = (q: number) => instants[Math.min(instants.length - 1, Math.floor(q * instants.length))];
  const high = at(1 - TAIL);
  if (!Number.isFinite(high)) return null;
  const minutes = (t: number) => Math.max(0, (t - now) / 60_000);
  return { low: minutes(at(TAIL)), median: minutes(at(0.5)), high: minutes(high) };
}

/** Plays the call rule forward `runs` times and gives each waiting ticket and each probe its range. */
export function forecastWaits(input: ForecastInput): ForecastResult {
  const random = mulberry32(input.seed);
  const keys: (number | string)[] = [...input.waiting.map((t) => t.id), ...input.probes.map((p) => p.key)];
  const instants = new Map<number | string, number[]>(keys.map((k) => [k, []]));
  for (let run = 0; run < input.runs; run++) {
    const called = playOnce(input, random);
    for (const key of keys) instants.get(key)!.push(called.get(key) ?? Infinity);
  }
  const tickets = new Map<number, WaitRange | null>();
  for (const t of input.waiting) tickets.set(t.id, rangeOf(instants.get(t.id)!, input.now));
  const probes = new Map<string, WaitRange | null>();
  for (const p of input.probes) probes.set(p.key, rangeOf(instants.get(p.key)!, input.now));
  return { tickets, probes };
}

/** The probe key of a newcomer kind. */
export const probeKey = (fieldId: number, isPriority: boolean, lane: 'walk-in' | 'fast') => `${lane}:${fieldId}:${isPriority ? 'p' : 'n'}`;
