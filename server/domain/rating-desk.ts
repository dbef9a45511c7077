// Satisfaction ratings: one per ticket, from the citizen's phone (by the status token) or from the
// rating screen of the counter that has just served the ticket.
import { timingSafeEqual } from 'node:crypto';
import { localDate } from '../../shared/rules/local-time.js';
import type { RatingRequest } from '../../shared/schemas.js';
import { RATING_REASONS, RATING_SCORES, type RatingView, type RatingsDay } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { insertRating, ratingsOfDay } from '../store/rating-queries.js';
import { getTicketRow, type TicketRow } from '../store/ticket-queries.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';
import { recordTicketEvent } from './ticket-outbox.js';

/** How long after the finish a counter's rating screen may rate the ticket without its token. */
export const COUNTER_RATING_MINUTES = 10;

const sameToken = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

export class RatingDesk {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  /** `atCounter`: whether the caller is a screen allowed to rate at that counter (its paired rating screen when pairing is on). */
  rate(ticketId: number, req: RatingRequest, atCounter: (centerId: string, counterId: number | null) => boolean): RatingView {
    return this.store.transaction(() => {
      const now = this.clock();
      const row = getTicketRow(this.store, ticketId);
      if (!row) throw new DomainError('ticket-not-found');
      const source = this.authorise(row, req, now, atCounter);
      const rating: RatingView = { ticketId, score: req.score, reasons: req.reasons ?? [], ratedAt: now };
      const stored = insertRating(this.store, {
        ...rating,
        localDate: localDate(now, this.reader.center(row.center_id).timezone),
        source,
      });
      if (!stored) throw new DomainError('already-rated');
      recordTicketEvent(this.store, 'rating.given', ticketId, now, {
        score: rating.score,
        reasons: rating.reasons,
        counterNumber: row.counter_number,
      });
      return rating;
    });
  }

  /** Only a served ticket is rated: by its token, or at its counter within a few minutes of the finish. */
  private authorise(
    row: TicketRow,
    req: RatingRequest,
    now: number,
    atCounter: (centerId: string, counterId: number | null) => boolean,
  ): 'phone' | 'counter' {
    if (row.state === 'done') {
      if (req.token !== undefined) {
        if (sameToken(req.token, row.status_token)) return 'phone';
      } else if (
        req.counter !== undefined &&
        row.counter_number === req.counter &&
        row.finished_at !== null &&
        now - row.finished_at < COUNTER_RATING_MINUTES * 60_000 &&
        atCounter(row.center_id, row.counter_id)
      ) {
        return 'counter';
      }
    }
    throw new DomainError('rating-not-allowed');
  }

  /** Today's counts and the province's satisfaction ratio: (rated − unsatisfied) / rated. */
  today(centerId: string): RatingsDay {
    const date = localDate(this.clock(), this.reader.center(centerId).timezone);
    const rows = ratingsOfDay(this.store, centerId, date);
    const counts = Object.fromEntries(RATING_SCORES.map((s) => [s, rows.filter((r) => r.score === s).length])) as RatingsDay['counts'];
    const reasons = Object.fromEntries(
      RATING_REASONS.map((reason) => [reason, rows.filter((r) => r.reasons.includes(reason)).length]),
    ) as RatingsDay['reasons'];
    return {
      date,
      rated: rows.length,
      counts,
      reasons,
      satisfactionRatio: rows.length === 0 ? null : (rows.length - counts.unsatisfied) / rows.length,
    };
  }
}
