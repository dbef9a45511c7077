// When a waiting ticket is "near the front", for the call-back notification of a citizen who stepped
// out (issue 13): at most `at` places ahead (the one definition of ahead, shared/rules/ahead.ts), or
// at most `at` minutes before its predicted call, as the center sets it.
import type { NearNoticeBy } from '../types.js';
import type { WaitRange } from './wait-forecast.js';

export interface NearNotice {
  by: NearNoticeBy;
  at: number;
}

/** What a waiting ticket's nearness is read from: its place, and the minutes to its predicted call. */
export interface Nearness {
  ahead: number | null;
  minutesToCall: number | null;
}

/** Places ahead (`ahead` null: no counter can call it now) or minutes to the predicted call, within the setting. */
export function isNearFront(notice: NearNotice, ticket: Nearness): boolean {
  const value = notice.by === 'places' ? ticket.ahead : ticket.minutesToCall;
  return value !== null && value <= notice.at;
}

/**
 * Minutes from `now` to the ticket's predicted call: the middle of its current wait range
 * (wait-forecast.ts) when it has one, else its issue plus the wait it was estimated. The one place the
 * prediction is read for this.
 */
export function minutesToCall(
  ticket: { issuedAt: number; estimatedWaitMinutes: number | null; waitRange?: WaitRange | null },
  now: number,
): number | null {
  if (ticket.waitRange) return ticket.waitRange.median;
  if (ticket.estimatedWaitMinutes === null) return null;
  return (ticket.issuedAt + ticket.estimatedWaitMinutes * 60_000 - now) / 60_000;
}

/** The figure the notice tells: the places ahead, or the minutes left (at least 1) rounded up. */
export function nearCount(notice: NearNotice, ticket: Nearness): number {
  return notice.by === 'places' ? (ticket.ahead ?? 0) : Math.max(1, Math.ceil(ticket.minutesToCall ?? 0));
}
