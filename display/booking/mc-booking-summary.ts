import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { BookingState } from '../../shared/types.js';
import { formatDay } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';

/** What a booking is for, when and where; before booking, on the confirmation and when looked up. */
export interface BookingSummary {
  procedure: string;
  date: string;
  start: number;
  end: number;
  place: string;
  citizenName?: string;
  state?: BookingState;
}

@customElement('mc-booking-summary')
export class McBookingSummary extends LitElement {
  @property({ attribute: false }) summary: BookingSummary | null = null;

  static override styles = css`
    dl {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px 16px;
      margin: 0;
      font-size: 1.15rem;
    }
    dt {
      color: var(--mc-muted);
    }
    dd {
      margin: 0;
      font-weight: 700;
    }
    .when {
      font-size: 1.3rem;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const s = this.summary;
    if (!s) return html``;
    return html`<dl>
      <dt>${t('booking.procedure')}</dt>
      <dd>${s.procedure}</dd>
      <dt>${t('booking.date')}</dt>
      <dd class="when">${formatDay(s.date, { weekday: true })}</dd>
      <dt>${t('booking.time')}</dt>
      <dd class="when">${t('booking.slotTime', { start: formatMinutes(s.start), end: formatMinutes(s.end) })}</dd>
      <dt>${t('booking.place')}</dt>
      <dd>${s.place}</dd>
      ${
        s.citizenName
          ? html`<dt>${t('booking.citizen')}</dt>
              <dd>${s.citizenName}</dd>`
          : ''
      }
      ${
        s.state
          ? html`<dt>${t('booking.stateLabel')}</dt>
              <dd data-testid="booking-state">${t(`booking.state.${s.state}`)}</dd>`
          : ''
      }
    </dl>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-summary': McBookingSummary;
  }
}
