// What the result screen says about the lane a ticket landed in. The server decides the lane and,
// for the fast lane, says why it was not given (the rule's own reason); the kiosk puts it in words.
import type { FastTrackRefusal } from '../../shared/rules/fast-track.js';
import type { CenterInfo, IssuedTicket } from '../../shared/types.js';
import { formatTime } from '../../ui/format.js';
import { plural, t } from '../../ui/i18n/lang.js';
import type { FastTrackAnswers } from './mc-kiosk-checklist.js';

/** How the ticket was asked for. */
export type IssueContext = { kind: 'walk-in' } | { kind: 'fast-track'; answers: FastTrackAnswers } | { kind: 'booking' };

export interface LaneNote {
  title: string;
  /** Why a normal ticket, or from when a booked ticket is called; null when there is nothing to add. */
  detail: string | null;
}

export function laneNote({ ticket, fastTrackRefusal }: IssuedTicket, context: IssueContext, center: CenterInfo): LaneNote {
  switch (ticket.lane) {
    case 'fast':
      return { title: t('kiosk.lane.fast'), detail: null };
    case 'booking':
      return {
        title: t('kiosk.lane.booking'),
        // An early arrival waits for the slot; both instants are the server's.
        detail:
          ticket.notBefore !== null && ticket.notBefore > ticket.issuedAt
            ? t('kiosk.lane.notBefore', { time: formatTime(ticket.notBefore, center.timezone) })
            : null,
      };
    case 'walk-in':
      // A priority citizen's ticket is a priority ticket, whatever the lane.
      return {
        title: t(ticket.priority ? 'kiosk.lane.priority' : 'kiosk.lane.walkIn'),
        detail: walkInReason(context, center, fastTrackRefusal),
      };
  }
}

const REFUSAL_KEY = {
  'dossier-incomplete': 'kiosk.lane.incomplete',
  'procedure-not-listed': 'kiosk.lane.notListed',
  'not-fast-track-day': 'kiosk.lane.notToday',
  'outside-session': 'kiosk.lane.notToday',
} as const satisfies Record<FastTrackRefusal, string>;

function walkInReason(context: IssueContext, center: CenterInfo, refusal: FastTrackRefusal | null): string | null {
  if (context.kind === 'booking') return plural('kiosk.lane.late', center.bookingLateMinutes);
  return refusal ? t(REFUSAL_KEY[refusal]) : null;
}
