// Today's walk-ins and fast-lane tickets of each center, by kind as issued, as the wait range's
// arrival rates read them (forecast-inputs.ts). Each ticket row is read once, at the first forecast
// after its issue: counting a 10,000-ticket day afresh took 11 ms of the thread that answers Call
// next, at every forecast.
import { countArrival, type ArrivalCount } from '../../shared/rules/arrival-forecast.js';
import type { Store } from '../store/database.js';
import { arrivalsBetween, lastTicketId } from '../store/forecast-queries.js';

interface Day {
  localDate: string;
  /** Rows up to this id have been read. */
  readTo: number;
  byKind: Map<string, ArrivalCount>;
  /** Issue instants, in order. */
  issuedAt: number[];
}

export class TodaysArrivals {
  private readonly days = new Map<string, Day>();

  constructor(private readonly store: Store) {}

  /** The center's arrivals on `localDate` by kind, and how many of all kinds were issued after `since`. */
  read(centerId: string, localDate: string, since: number): { counts: ArrivalCount[]; recent: number } {
    let day = this.days.get(centerId);
    if (day?.localDate !== localDate) this.days.set(centerId, (day = { localDate, readTo: 0, byKind: new Map(), issuedAt: [] }));
    // Up to the newest row of any center: a center with no arrival for hours does not walk them again.
    const upTo = lastTicketId(this.store);
    const before = day.issuedAt.length;
    for (const a of arrivalsBetween(this.store, centerId, localDate, day.readTo, upTo)) {
      day.issuedAt.push(a.issuedAt);
      countArrival(day.byKind, a);
    }
    day.readTo = upTo;
    // The first read of a day comes in the index's order, later ones nearly in time order.
    if (!inOrder(day.issuedAt, before)) day.issuedAt.sort((a, b) => a - b);
    return { counts: [...day.byKind.values()], recent: day.issuedAt.length - countUpTo(day.issuedAt, since) };
  }
}

/** Whether a list is in order from index `from` on, the one before it included (those before it already are). */
function inOrder(list: readonly number[], from: number): boolean {
  for (let i = Math.max(1, from); i < list.length; i++) if (list[i - 1] > list[i]) return false;
  return true;
}

/** How many instants of a sorted list are at or before `at` (binary search). */
function countUpTo(list: readonly number[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
