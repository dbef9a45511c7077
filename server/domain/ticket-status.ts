// What a citizen's phone sees of one ticket: the printed slip's figures, kept current. Its place
// ("ahead", or why there is none) comes from TicketIssuer.slip, the same as the printed ticket's.
import type { TicketStatus } from '../../shared/types.js';
import { getCounterRow } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { isRated } from '../store/rating-queries.js';
import { getTicketRowByToken } from '../store/ticket-queries.js';
import { DomainError } from './domain-error.js';
import type { PlaceView } from './queue-places.js';
import type { TicketIssuer } from './ticket-issuer.js';

/** Where a waiting ticket stands and how long it will wait, as its phone is told. */
export type LivePlace = PlaceView & Pick<TicketStatus, 'waitRange'>;

export class TicketStatusReader {
  constructor(
    private readonly store: Store,
    private readonly issuer: TicketIssuer,
  ) {}

  /** By the unguessable token printed in the QR code; an unknown token is simply not found. */
  byToken(token: string): TicketStatus {
    const row = getTicketRowByToken(this.store, token);
    if (!row) throw new DomainError('ticket-not-found');
    return this.status(row.id);
  }

  /** The place and range of every waiting ticket of a center, as `status()` would give them, from one read of its queues. */
  placesOf(centerId: string): Map<number, LivePlace> {
    const live = new Map<number, LivePlace>();
    for (const [id, place] of this.issuer.places.all(centerId)) {
      live.set(id, { ...place, waitRange: this.issuer.rangeOf({ id, center_id: centerId, state: 'waiting' }, place) });
    }
    return live;
  }

  status(ticketId: number): TicketStatus {
    const { ticket, ahead, aheadReason, callableFrom, waitRange, counterNumbers, servedAt } = this.issuer.slip(ticketId);
    const target = ticket.targetCounterId === null ? null : (getCounterRow(this.store, ticket.targetCounterId)?.number ?? null);
    return {
      ...ticket,
      ahead,
      aheadReason,
      callableFrom,
      waitRange,
      // A ticket sent to one counter waits for that counter only.
      counterNumbers: target === null ? counterNumbers : [target],
      targetCounterNumber: target,
      servedAt,
      rated: isRated(this.store, ticketId),
    };
  }
}
