// The citizen's side: the phone status page and satisfaction ratings.
import type { NotCalledReason } from '../rules/ahead.js';
import type { WaitRange } from '../rules/wait-forecast.js';
import type { Lang, LineServedAt, NearNoticeBy, TicketView } from './queue.js';

/**
 * What the citizen's phone shows for one ticket (by its status token): the ticket and where it stands.
 * Its estimatedWaitMinutes (from TicketView) is shown only when the server has one.
 */
export interface TicketStatus extends TicketView {
  /** As on the slip (IssuedTicket), kept current: tickets that will be called before this one, or null (0 once called). */
  ahead: number | null;
  aheadReason: NotCalledReason | null;
  callableFrom: number | null;
  /** As on the slip (IssuedTicket), kept current: the wait as a range of minutes from now. */
  waitRange: WaitRange | null;
  /** Counter numbers that serve the ticket where it waits now (its field, or the fast-track desks). */
  counterNumbers: number[];
  /** After a transfer to one counter: that counter's number. */
  targetCounterNumber: number | null;
  /** As on the slip: where each procedure of the visit is served. */
  servedAt: LineServedAt[];
  /** Whether the citizen has rated the service already. */
  rated: boolean;
}

/**
 * What a place round tells a waiting ticket's phone ('ticket:place'): only the fields of its status
 * that move while it waits, merged into the status the phone holds (shared/ticket-place.ts).
 */
export type TicketPlace = Pick<TicketStatus, 'id' | 'ahead' | 'aheadReason' | 'callableFrom' | 'waitRange'>;

export const RATING_SCORES = ['very-satisfied', 'satisfied', 'unsatisfied'] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/** Why a citizen was not satisfied (the province's survey reasons). */
export const RATING_REASONS = ['waiting-time', 'staff-attitude', 'guidance'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

/** A stored rating, as the rating screen and the phone are told. */
export interface RatingView {
  ticketId: number;
  score: RatingScore;
  reasons: RatingReason[];
  ratedAt: number;
}

/** A center's ratings of one local day. */
export interface RatingsDay {
  date: string;
  rated: number;
  counts: Record<RatingScore, number>;
  reasons: Record<RatingReason, number>;
  /** (rated − unsatisfied) / rated, the province's KPI; null when nobody rated. */
  satisfactionRatio: number | null;
}

/** A ticket's call-back notifications as its status page sees them (GET /api/tickets/status/:token/push). */
export interface PushState {
  /** The server's VAPID public key (base64url), the applicationServerKey of a subscription. */
  publicKey: string;
  /** This ticket has a subscription: the citizen opted in (from this phone or another). */
  subscribed: boolean;
  /** The center's "near the front" setting, for the page to say when the phone will be told. */
  nearNotice: { by: NearNoticeBy; at: number };
}

/**
 * What one push carries, encrypted for the subscription (RFC 8291): the service worker of the status
 * page words it in the ticket's language (display/status/push-notice.ts). `url` opens the status page.
 */
export type PushMessage =
  | { kind: 'near'; number: string; lang: Lang; url: string; by: NearNoticeBy; count: number }
  | { kind: 'called'; number: string; lang: Lang; url: string; counter: number; recall: boolean };
