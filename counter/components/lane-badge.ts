// A ticket's lane where staff see tickets: the fast lane, or a booking with its slot's time (it is
// not called before then). Walk-ins, the usual case, carry no badge.
import { css, html, nothing } from 'lit';
import type { TicketView } from '../../shared/types.js';
import { formatTime } from '../../ui/format.js';
import { t } from '../../ui/i18n/lang.js';

export const laneBadgeStyles = css`
  .lane {
    display: inline-block;
    padding: 2px 10px;
    font-weight: 700;
    white-space: nowrap;
    color: #fff;
    border-radius: 8px;
  }
  .lane.fast {
    background: #5b2a86;
  }
  .lane.booking {
    background: #00695c;
  }
`;

export function laneBadge(ticket: TicketView, timeZone: string, testid?: string) {
  if (ticket.lane === 'walk-in') return nothing;
  const text =
    ticket.lane === 'fast'
      ? t('counter.lane.fast')
      : ticket.notBefore !== null
        ? t('counter.lane.booking', { time: formatTime(ticket.notBefore, timeZone) })
        : t('counter.lane.bookingAnyTime');
  return html`<span class="lane ${ticket.lane}" data-testid=${testid ?? nothing}>${text}</span>`;
}
