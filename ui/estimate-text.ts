// A ticket's place and expected wait in words, as the slip, the kiosk and the phone say them. The
// figures are the server's (shared/rules/ahead.ts): "next" and "almost your turn" are said only when
// nobody is ahead; with no open counter that could call the ticket there is no number, and the
// calendar's next session when it knows one; a booking before its slot says from when it is called.
import { localDate } from '../shared/rules/local-time.js';
import { rangeShown } from '../shared/rules/range-shown.js';
import type { WaitRange } from '../shared/rules/wait-forecast.js';
import type { IssuedTicket } from '../shared/types.js';
import { formatTime } from './format.js';
import { t } from './i18n/lang.js';

/** What the words are made of: the slip's figures (IssuedTicket, TicketStatus). */
export type PlaceFigures = Pick<IssuedTicket, 'ahead' | 'aheadReason' | 'callableFrom' | 'waitRange'> & {
  estimatedWaitMinutes: number | null;
};

/** The wait range in plain words: "about 20–35 min"; "almost your turn" only when nobody is ahead. */
export function rangeText(range: WaitRange, ahead: number | null): string {
  const shown = rangeShown(range, ahead);
  switch (shown.kind) {
    case 'soon':
      return t('estimate.soon');
    case 'minutes':
      return t('estimate.minutes', { minutes: shown.minutes });
    case 'range':
      return t('estimate.range', { low: shown.low, high: shown.high });
  }
}

/** An instant as the citizen reads it: the time, and the date too when it is not the ticket's day. */
function when(at: number, timezone: string, issuedAt: number): string {
  return formatTime(at, timezone, localDate(at, timezone) !== localDate(issuedAt, timezone));
}

/** The expected wait: the range when there is one, else "about 12 min"; "almost your turn" only when nobody is ahead. */
export function estimateText(p: PlaceFigures, timezone: string, issuedAt: number): string {
  const minutes = p.estimatedWaitMinutes ?? 0;
  switch (p.aheadReason) {
    case 'no-open-counter':
      return minutes >= 1 ? t('estimate.afterOpening', { minutes }) : t('estimate.whenOpening');
    case 'slot-not-started':
      if (minutes >= 1 || p.callableFrom === null) return t('estimate.minutes', { minutes: Math.max(1, minutes) });
      return t('estimate.fromTime', { time: when(p.callableFrom, timezone, issuedAt) });
    case null:
      if (p.waitRange) return rangeText(p.waitRange, p.ahead);
      if (minutes >= 1) return t('estimate.minutes', { minutes });
      return p.ahead === 0 ? t('estimate.soon') : t('estimate.minutes', { minutes: 1 });
  }
}

/**
 * Why no number of people ahead can be given, and from when the ticket can be called if that is known:
 * one or two sentences, none when a number can be given. `targetCounter`: the counter a transferred
 * ticket waits for.
 */
export function notCalledLines(p: PlaceFigures, timezone: string, issuedAt: number, targetCounter: number | null = null): string[] {
  switch (p.aheadReason) {
    case null:
      return [];
    case 'slot-not-started':
      return p.callableFrom === null ? [] : [t('estimate.fromSlot', { time: when(p.callableFrom, timezone, issuedAt) })];
    case 'no-open-counter': {
      const closed = targetCounter === null ? t('estimate.noCounter') : t('estimate.counterClosed', { counter: targetCounter });
      return p.callableFrom === null ? [closed] : [closed, t('estimate.nextSession', { time: when(p.callableFrom, timezone, issuedAt) })];
    }
  }
}

/** The same in one line (the slip, the kiosk); null when a number can be given. */
export function notCalledText(p: PlaceFigures, timezone: string, issuedAt: number, targetCounter: number | null = null): string | null {
  const lines = notCalledLines(p, timezone, issuedAt, targetCounter);
  return lines.length ? lines.join('. ') : null;
}
