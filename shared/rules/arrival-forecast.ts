// Who is expected to arrive for the rest of today, as the wait range's forward play draws them
// (wait-forecast.ts): a level — arrivals per minute of every kind together, in steps of the local day —
// and a mix — each kind's share. With past days on record the level follows their time of day (a
// center is busiest at the same hours most days: arrivals per minute the center was open then, so an
// evening session held twice a week counts only those evenings), scaled by how today's recent
// arrivals compare with what those days had then; at an hour no past day was open, and with no past
// day at all, today's recent level holds. Pure.

import { probeKey } from './wait-forecast.js';

/** A kind of ticket that keeps arriving, and its share of the arrivals. */
export interface ArrivalKind {
  fieldId: number;
  isPriority: boolean;
  lane: 'walk-in' | 'fast';
  share: number;
}

/** Arrivals per minute of every kind together, from `from` to `to` (instants). */
export interface ArrivalRate {
  from: number;
  to: number;
  perMinute: number;
}

/** Arrivals of one kind, counted. */
export interface ArrivalCount {
  fieldId: number;
  isPriority: boolean;
  lane: 'walk-in' | 'fast';
  count: number;
}

/** The time of day is read in steps this long: a few days' arrivals per step are enough to say how many come then. */
export const PROFILE_STEP_MINUTES = 15;

/** The center's past days of arrivals. */
export interface PastArrivals {
  /** Their arrivals, all kinds together, per step of the local day (PROFILE_STEP_MINUTES). */
  bySteps: ReadonlyMap<number, number>;
  /** Per step, the minutes those days were open in it, all days together (sessions, not holidays). */
  openMinutes: ReadonlyMap<number, number>;
  /** The days like today (a fast-track day, or not): how many, and their arrivals by kind. */
  alike: { days: number; counts: readonly ArrivalCount[] };
}

/** How many arrivals the scale of today against the past days is shrunk by towards "like them". */
const SCALE_PRIOR = 30;
/** Today's level is measured over no less session time than this. */
const MIN_WINDOW_MINUTES = 10;

type Span = { start: number; end: number };

/** Counts one arrival under its kind (keyed as probeKey). */
export function countArrival(counts: Map<string, ArrivalCount>, a: Omit<ArrivalCount, 'count'>): void {
  const key = probeKey(a.fieldId, a.isPriority, a.lane);
  const kind = counts.get(key) ?? { fieldId: a.fieldId, isPriority: a.isPriority, lane: a.lane, count: 0 };
  kind.count++;
  counts.set(key, kind);
}

/** Each kind's share: today's arrivals, and an average day like today's (which weighs as much as today once today is as full). */
export function arrivalMix(today: readonly ArrivalCount[], past: PastArrivals | null): ArrivalKind[] {
  const weights = new Map<string, ArrivalKind>();
  const add = (c: ArrivalCount, weight: number) => {
    const key = probeKey(c.fieldId, c.isPriority, c.lane);
    const kind = weights.get(key) ?? { fieldId: c.fieldId, isPriority: c.isPriority, lane: c.lane, share: 0 };
    kind.share += weight;
    weights.set(key, kind);
  };
  for (const c of today) add(c, c.count);
  if (past && past.alike.days > 0) for (const c of past.alike.counts) add(c, c.count / past.alike.days);
  // In one order whatever order the counts came in: a kind's draws then depend on the shares alone.
  const kinds = [...weights.values()].sort(
    (a, b) => a.fieldId - b.fieldId || +a.isPriority - +b.isPriority || a.lane.localeCompare(b.lane),
  );
  const total = kinds.reduce((t, k) => t + k.share, 0);
  return total > 0 ? kinds.filter((k) => k.share > 0).map((k) => ({ ...k, share: k.share / total })) : [];
}

/**
 * The level for the spans still to come today (`ahead`, session time from now on). `recent`: today's
 * latest session time and the arrivals in it; `dayStart`: the instant the local day began.
 */
export function arrivalLevel(o: {
  ahead: readonly Span[];
  recent: { spans: readonly Span[]; count: number };
  dayStart: number;
  past: PastArrivals | null;
}): ArrivalRate[] {
  const stepMs = PROFILE_STEP_MINUTES * 60_000;
  const minutes = (s: Span) => (s.end - s.start) / 60_000;
  const window = Math.max(
    MIN_WINDOW_MINUTES,
    o.recent.spans.reduce((t, s) => t + minutes(s), 0),
  );
  const recentLevel = o.recent.count / window;
  const past = o.past;
  if (!past || !past.openMinutes.size) return o.ahead.map((s) => ({ from: s.start, to: s.end, perMinute: recentLevel }));
  // The past days' arrivals per open minute of one step (null: no past day was open then), and the spans cut at the steps' edges.
  const rateOf = (step: number) => {
    const open = past.openMinutes.get(step) ?? 0;
    return open > 0 ? (past.bySteps.get(step) ?? 0) / open : null;
  };
  const pieces = (s: Span) => {
    const out: { step: number; start: number; end: number }[] = [];
    for (let start = s.start; start < s.end;) {
      const step = Math.floor((start - o.dayStart) / stepMs);
      const end = Math.min(s.end, o.dayStart + (step + 1) * stepMs);
      out.push({ step, start, end });
      start = end;
    }
    return out;
  };
  const expected = o.recent.spans.flatMap(pieces).reduce((t, p) => t + (rateOf(p.step) ?? recentLevel) * minutes(p), 0);
  const scale = (o.recent.count + SCALE_PRIOR) / (expected + SCALE_PRIOR);
  return o.ahead.flatMap(pieces).map((p) => {
    const rate = rateOf(p.step);
    return { from: p.start, to: p.end, perMinute: rate === null ? recentLevel : rate * scale };
  });
}
