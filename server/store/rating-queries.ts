// SQL for satisfaction ratings: one row per ticket.
import type { RatingReason, RatingScore } from '../../shared/types.js';
import type { Store } from './database.js';

export interface NewRating {
  ticketId: number;
  localDate: string;
  score: RatingScore;
  reasons: RatingReason[];
  source: 'phone' | 'counter';
  ratedAt: number;
}

/**
 * Stores a rating with the ticket's center, counter and the staff member who served it (served_by);
 * false when the ticket was rated already (the primary key keeps it to one, even under a race).
 */
export function insertRating(store: Store, r: NewRating): boolean {
  return (
    store.run(
      `INSERT INTO ratings (ticket_id, center_id, local_date, counter_id, staff_id, score, reasons, source, rated_at)
       SELECT t.id, t.center_id, ?, t.counter_id, t.served_by, ?, ?, ?, ? FROM tickets t WHERE t.id = ?
       ON CONFLICT (ticket_id) DO NOTHING`,
      r.localDate,
      r.score,
      JSON.stringify(r.reasons),
      r.source,
      r.ratedAt,
      r.ticketId,
    ).changes > 0
  );
}

export function isRated(store: Store, ticketId: number): boolean {
  return store.first('SELECT 1 FROM ratings WHERE ticket_id = ?', ticketId) !== undefined;
}

/** Scores and reasons of a center's ratings on one local day. */
export function ratingsOfDay(store: Store, centerId: string, localDate: string): { score: RatingScore; reasons: RatingReason[] }[] {
  return store
    .all<{ score: RatingScore; reasons: string }>(
      'SELECT score, reasons FROM ratings WHERE center_id = ? AND local_date = ?',
      centerId,
      localDate,
    )
    .map((r) => ({ score: r.score, reasons: JSON.parse(r.reasons) as RatingReason[] }));
}
