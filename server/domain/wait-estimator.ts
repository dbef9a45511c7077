// Feeds the pure wait estimate from the store, at the moment a ticket is issued.
import { defaultServiceMinutes, estimateWaitMinutes } from '../../shared/rules/wait-estimate.js';
import { getProcedure } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { recentServiceMinutes, setEstimatedWait } from '../store/estimate-queries.js';
import type { EstimateBasis } from './queue-places.js';

/** The last services the median is taken over. */
export const ESTIMATE_HISTORY = 20;

export class WaitEstimator {
  constructor(private readonly store: Store) {}

  /**
   * Estimates and records the wait of a just-issued ticket from its place (QueuePlaces.atIssue: who
   * is ahead, the counters that can call it). Call inside the issuing transaction.
   */
  record(ticket: { id: number; firstProcedureId: number }, basis: EstimateBasis): number {
    const procedure = getProcedure(this.store, ticket.firstProcedureId)!;
    const minutes = estimateWaitMinutes({
      ...basis,
      recentServiceMinutes: recentServiceMinutes(this.store, procedure.id, ESTIMATE_HISTORY),
      fallbackServiceMinutes: defaultServiceMinutes(procedure.processingDays),
    });
    setEstimatedWait(this.store, ticket.id, minutes);
    return minutes;
  }
}
