// Today's walk-ins and fast-lane tickets of each center, by kind, as the wait range's arrival rates
// read them (forecast-inputs.ts). Each ticket is read once, at the first forecast after its issue:
// a forecast's cost must not grow with the day (counting a 10,000-ticket day afresh took 11 ms of
// the thread that answers Call next, at every forecast). A ticket counts as the kind it was issued
// as (a later transfer to another field does not move it).
import { probeKey } from '../../shared/rules/wait-forecast.js';
import type { ArrivalCount } from '../../shared/rules/arrival-forecast.js';
import type { Store } from '../store/database.js';
import { arrivalsAfter } from '../store/forecast-queries.js';

interface Day {
  localDate: string;
  lastId: number;
  byKind: Map<string, ArrivalCount>;
  issuedAt: number[];
}

export class TodaysArrivals {
  private readonly days = new Map<string, Day>();

  constructor(private readonly store: Store) {}

  /** The center's arrivals on `localDate` by kind, and how many of all kinds were issued after `since`. */
  read(centerId: string, localDate: string, since: number): { counts: ArrivalCount[]; recent: number } {
    let day = this.days.get(centerId);
    if (day?.localDate !== localDate) this.days.set(centerId, (day = { localDate, lastId: 0, byKind: new Map(), issuedAt: [] }));
    for (const a of arrivalsAfter(this.store, centerId, localDate, day.lastId)) {
      day.lastId = Math.max(day.lastId, a.id);
      day.issuedAt.push(a.issuedAt);
      const key = probeKey(a.fieldId, a.isPriority, a.lane);
      const kind = day.byKind.get(key) ?? { fieldId: a.fieldId, isPriority: a.isPriority, lane: a.lane, count: 0 };
      kind.count++;
      day.byKind.set(key, kind);
    }
    let recent = 0;
    for (const at of day.issuedAt) if (at > since) recent++;
    return { counts: [...day.byKind.values()], recent };
  }
}
