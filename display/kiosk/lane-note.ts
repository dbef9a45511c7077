// What the result screen says about the lane a ticket landed in. The server decides the lane; the
// kiosk knows what the citizen asked for, so it can say in one line why a hoped-for lane was not given.
import type { CenterInfo, TicketView } from '../../shared/types.js';
import { formatTime } from '../../ui/format.js';
import { t } from '../../ui/i18n/lang.js';
import type { FastTrackAnswers } from './mc-kiosk-checklist.js';

/** How the ticket was asked for. */
export type IssueContext = { kind: 'walk-in' } | { kind: 'fast-track'; answers: FastTrackAnswers } | { kind: 'booking' };

export interface LaneNote {
  title: string;
  /** Why a normal ticket, or from when a booked ticket is called; null when there is nothing to add. */
  detail: string | null;
}

export function laneNote(ticket: TicketView, context: IssueContext, center: CenterInfo): LaneNote {
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
      return { title: t('kiosk.lane.walkIn'), detail: walkInReason(context, center) };
  }
}

function walkInReason(context: IssueContext, center: CenterInfo): string | null {
  switch (context.kind) {
    case 'walk-in':
      return null;
    case 'booking':
      return t('kiosk.lane.late', { minutes: center.bookingLateMinutes });
    case 'fast-track':
      if (!context.answers.dossierComplete) return t('kiosk.lane.incomplete');
      if (context.answers.needsVerification) return t('kiosk.lane.verification');
      return t('kiosk.lane.notToday');
  }
}
