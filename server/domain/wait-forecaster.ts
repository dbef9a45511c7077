// Keeps every center's latest wait range, worked out off the request path: when a center's queue
// moves, its inputs are read (a few small reads) and the forward plays run in a worker thread, at
// most once a second per center (less often when its plays take long) and one center at a time; a
// queue that stands still is looked at again every minute, so the minutes keep counting down. The slip, the kiosk and the phone read the
// latest result (QueueForecasts.ticket / newcomer), never wait for one.
import { Worker } from 'node:worker_threads';
import { probeKey, type ForecastInput, type ForecastResult, type WaitRange } from '../../shared/rules/wait-forecast.js';
import type { Lane } from '../../shared/types.js';
import type { Clock } from './clock.js';

/** A center's queue is forecast at most this often. */
export const FORECAST_INTERVAL_MS = 1000;
/**
 * And no sooner again than this many times as long as its last forecast took: the worker keeps to
 * a small share of a core (a long queue's plays take longer; on a two-core box every core counts),
 * but never waits longer than MAX_SPACING_MS.
 */
const SPACING_PER_MS = 40;
const MAX_SPACING_MS = 5_000;
/** A queue that has not moved is forecast again after this long. */
export const STANDING_MS = 60_000;

interface Latest {
  at: number;
  result: ForecastResult;
}

/**
 * A range as of `at`, seen from `now`: the minutes already waited since are gone. Whole minutes are
 * the words' to round (rangeShown: the low end down, the high end up); here the ends go outwards to
 * a tenth of a minute only, so the words never start later or end sooner than the forecast, and a
 * status carries no long fractions.
 */
function seenAt(range: WaitRange | null | undefined, at: number, now: number): WaitRange | null {
  if (!range) return null;
  const gone = Math.max(0, now - at) / 60_000;
  const tenths = (m: number, round: (x: number) => number) => Math.max(0, round((m - gone) * 10) / 10);
  return { low: tenths(range.low, Math.floor), median: tenths(range.median, Math.round), high: Math.max(1, tenths(range.high, Math.ceil)) };
}

/** Starts the worker from the compiled JavaScript, or from the TypeScript source through tsx (development, tests). */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./forecast-worker.js', here));
  const tsx = import.meta.resolve('tsx/esm/api');
  const file = new URL('./forecast-worker.ts', here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(file)}, ${JSON.stringify(here)}))`, {
    eval: true,
  });
}

export class WaitForecaster {
  private readonly latest = new Map<string, Latest>();
  /** When each center may be forecast next, for those waiting their turn. */
  private readonly due = new Map<string, number>();
  private readonly lastRun = new Map<string, number>();
  /** Per center, how long after its last forecast the next may start. */
  private readonly spacing = new Map<string, number>();
  private worker: Worker | null = null;
  private running = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** When that timer fires (Date.now()). */
  private timerAt = 0;
  private nextId = 0;
  private readonly replies = new Map<
    number,
    { resolve: (reply: { result: ForecastResult; ms: number }) => void; reject: (err: unknown) => void }
  >();
  private closed = false;
  /** Told after each new forecast of a center (the phones' places are looked at again). */
  onForecast: (centerId: string) => void = () => {};

  /** `auto` false: forecasts run only when refresh() asks (MOTCUA_WAIT_RANGE=off: never; the benchmark's day in virtual time, tests). */
  constructor(
    private readonly read: (centerId: string) => ForecastInput,
    private readonly clock: Clock,
    private readonly onError: (err: unknown) => void,
    private readonly auto = true,
  ) {}

  /** A center's queue moved: forecast it again, within a second. */
  changed(centerId: string): void {
    if (this.closed || !this.auto) return;
    const earliest = (this.lastRun.get(centerId) ?? -Infinity) + (this.spacing.get(centerId) ?? FORECAST_INTERVAL_MS);
    this.due.set(centerId, Math.min(this.due.get(centerId) ?? Infinity, Math.max(Date.now(), earliest)));
    this.schedule();
  }

  /** A waiting ticket's range now, from the center's latest forecast; null when there is none yet. */
  ticket(centerId: string, ticketId: number): WaitRange | null {
    const latest = this.latest.get(centerId);
    return latest ? seenAt(latest.result.tickets.get(ticketId), latest.at, this.clock()) : null;
  }

  /** The range of a ticket of this kind issued now (the slip's and the kiosk's), from the latest forecast. */
  newcomer(centerId: string, kind: { fieldId: number; isPriority: boolean; lane: Lane }): WaitRange | null {
    const latest = this.latest.get(centerId);
    if (!latest || kind.lane === 'booking') return null;
    return seenAt(latest.result.probes.get(probeKey(kind.fieldId, kind.isPriority, kind.lane)), latest.at, this.clock());
  }

  /** Forecasts a center now and waits for it (the benchmark's virtual-time day, tests). */
  async refresh(centerId: string): Promise<void> {
    this.due.delete(centerId);
    await this.run(centerId);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.due.clear();
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }

  private schedule(): void {
    if (this.running || this.closed) return;
    let first: number | undefined;
    for (const at of this.due.values()) first = first === undefined ? at : Math.min(first, at);
    // Every ticket event lands here: a timer already set for that instant or sooner stays.
    if (this.timer && first !== undefined && this.timerAt <= first) return;
    // The timer set for a standing queue's minute gives way to a queue that just moved.
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (first === undefined) return;
    this.timerAt = first;
    // Unref'd: a pending forecast never keeps a stopping server alive.
    this.timer = setTimeout(() => void this.runDue(), Math.max(0, first - Date.now())).unref();
  }

  private async runDue(): Promise<void> {
    this.timer = null;
    const now = Date.now();
    const ready = [...this.due].filter(([, at]) => at <= now).sort((a, b) => a[1] - b[1]);
    for (const [centerId] of ready) {
      if (this.closed) return;
      this.due.delete(centerId);
      await this.run(centerId);
    }
    this.schedule();
  }

  private async run(centerId: string): Promise<void> {
    this.running = true;
    try {
      const input = this.read(centerId);
      this.lastRun.set(centerId, Date.now());
      const { result, ms } = await this.compute(input);
      this.spacing.set(centerId, Math.min(MAX_SPACING_MS, Math.max(FORECAST_INTERVAL_MS, ms * SPACING_PER_MS)));
      if (this.closed) return;
      this.latest.set(centerId, { at: input.now, result });
      if (this.auto && input.waiting.length && !this.due.has(centerId)) this.due.set(centerId, Date.now() + STANDING_MS);
      this.onForecast(centerId);
    } catch (err) {
      if (!this.closed) this.onError(err);
    } finally {
      this.running = false;
    }
  }

  /** The plays' result, and how long they took in the worker. */
  private compute(input: ForecastInput): Promise<{ result: ForecastResult; ms: number }> {
    if (!this.worker) {
      const worker = startWorker();
      worker.unref();
      worker.on('message', ({ id, result, ms }: { id: number; result: ForecastResult; ms: number }) => {
        this.replies.get(id)?.resolve({ result, ms });
        this.replies.delete(id);
      });
      // A worker that failed is replaced at the next forecast; what it had been asked fails with it.
      worker.on('error', (err) => {
        if (this.worker === worker) this.worker = null;
        for (const reply of this.replies.values()) reply.reject(err);
        this.replies.clear();
      });
      this.worker = worker;
    }
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.replies.set(id, { resolve, reject });
      this.worker!.postMessage({ id, input });
    });
  }
}
