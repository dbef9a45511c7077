// What a wait range looks like to the citizen, before it is put in words (ui/estimate-text.ts says
// it in the screen's language): the figures the phone, the slip and the kiosk show. The server reads
// the same value to tell a phone only when these figures change (server/realtime/ticket-watch.ts),
// not when a new forecast moves the range by a fraction nobody sees.
import type { WaitRange } from './wait-forecast.js';

/** "almost your turn", "about 7 min", or "about 20–35 min". */
export type RangeShown = { kind: 'soon' } | { kind: 'minutes'; minutes: number } | { kind: 'range'; low: number; high: number };

/** Past this many minutes the ends of a range are said in fives: nobody plans to the minute an hour ahead. */
const FIVES_FROM = 20;
/** A range narrower than this many minutes is said as its median. */
const NARROW = 3;

/** Whole minutes, the low end down and the high end up; "soon" only when nobody is ahead. */
export function rangeShown(range: WaitRange, ahead: number | null): RangeShown {
  let low = Math.floor(range.low);
  let high = Math.ceil(range.high);
  if (high <= 1) return ahead === 0 ? { kind: 'soon' } : { kind: 'minutes', minutes: 1 };
  // A range this narrow is said as one figure.
  if (high - low < NARROW) return { kind: 'minutes', minutes: Math.max(1, Math.round(range.median)) };
  if (high >= FIVES_FROM) {
    low = Math.floor(low / 5) * 5;
    high = Math.ceil(high / 5) * 5;
  }
  return { kind: 'range', low, high };
}

/** Whether two tickets' ranges (null: none shown) look the same, each with its own `ahead`. */
export function sameRangeShown(a: WaitRange | null, aheadA: number | null, b: WaitRange | null, aheadB: number | null): boolean {
  if (!a || !b) return a === b;
  const x = rangeShown(a, aheadA);
  const y = rangeShown(b, aheadB);
  switch (x.kind) {
    case 'soon':
      return y.kind === 'soon';
    case 'minutes':
      return y.kind === 'minutes' && x.minutes === y.minutes;
    case 'range':
      return y.kind === 'range' && x.low === y.low && x.high === y.high;
  }
}
