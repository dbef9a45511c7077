// Feeds the pure wait estimate from the store, at the moment a ticket is issued.
import { defaultServiceMinutes, estimateWaitMinutes } from '../../shared/rules/wait-estimate.js';
import { getProcedure } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { fieldCounters, recentServiceMinutes, setEstimatedWait } from '../store/estimate-queries.js';

/** The last services the median is taken over. */
export const ESTIMATE_HISTORY = 20;

export class WaitEstimator {
  constructor(private readonly store: Store) {}

  /** Estimates and records the wait of a just-issued ticket. Call inside the issuing transaction. */
  record(ticket: { id: number; fieldId: number; firstProcedureId: number }, ahead: number): number {
    const procedure = getProcedure(this.store, ticket.firstProcedureId)!;
    const counters = fieldCounters(this.store, ticket.fieldId);
    const minutes = estimateWaitMinutes({
      ahead,
      recentServiceMinutes: recentServiceMinutes(this.store, procedure.id, ESTIMATE_HISTORY),
      fallbackServiceMinutes: defaultServiceMinutes(procedure.processingDays),
      // Counters call their fields in order: those that call this one next count fully; if every open
      // counter has an earlier field with people waiting, they come to this one now and then (half).
      openCounters: counters.next > 0 ? counters.next : counters.open > 0 ? 0.5 : 0,
      servingCounters: counters.serving,
      busyCounters: counters.nextBusy,
    });
    setEstimatedWait(this.store, ticket.id, minutes);
    return minutes;
  }
}
