// Where staff see a ticket that waits again elsewhere: sent on by staff (a transfer), or the next part
// of a visit over several fields (shared/rules/visit-route.ts). Both are called as transfers are.
import { html, nothing } from 'lit';
import { partlyDone } from '../../shared/rules/visit-route.js';
import type { TicketView } from '../../shared/types.js';
import { t } from '../../ui/i18n/lang.js';

/** Uses the screen's `.transferred` style. */
export function sentOnBadge(ticket: TicketView) {
  if (!ticket.transferred) return nothing;
  return html`<span class="transferred">${partlyDone(ticket) ? t('visit.movedOn') : t('counter.current.transferred')}</span>`;
}
