import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../ui/components/mc-qr-code.js';
import { LangController, plural, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { bookingStyles } from './booking-styles.js';
import './mc-booking-summary.js';
import type { BookingSummary } from './mc-booking-summary.js';

/**
 * The booking made: its code (huge) and QR, when and where to come.
 *
 * @fires mc-book-again - the citizen wants another booking
 */
@customElement('mc-booking-confirmation')
export class McBookingConfirmation extends LitElement {
  @property() code = '';
  @property({ attribute: false }) summary: BookingSummary | null = null;
  /** Minutes late after which the booking becomes a normal ticket. */
  @property({ type: Number }) lateMinutes = 0;

  static override styles = [
    bookingStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 20px;
      }
      .done {
        margin: 0;
        padding: 12px 16px;
        font-size: 1.3rem;
        font-weight: 800;
        color: #fff;
        background: var(--mc-ok);
        border-radius: var(--mc-radius);
      }
      .card {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 8px;
        padding: 20px 12px;
        border: 4px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
      .label {
        font-size: 1.15rem;
        font-weight: 700;
      }
      .code {
        font-size: clamp(2.8rem, 16vw, 4.5rem);
        font-weight: 800;
        line-height: 1;
        letter-spacing: 0.12em;
        font-variant-numeric: tabular-nums;
        color: var(--mc-primary);
      }
      .hint,
      .arrive {
        margin: 0;
        font-size: 1.1rem;
        line-height: 1.4;
      }
      .arrive {
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <p class="done" role="status">✓ ${t('booking.done')}</p>
      <div class="card">
        <span class="label">${t('booking.codeLabel')}</span>
        <span class="code" data-testid="booking-code">${this.code}</span>
        <mc-qr-code data-testid="booking-qr" .value=${this.code} .label=${t('booking.qrAlt', { code: this.code })}></mc-qr-code>
      </div>
      <mc-booking-summary .summary=${this.summary}></mc-booking-summary>
      <p class="hint">${t('booking.codeHint')}</p>
      <p class="arrive">${plural('booking.arrive', this.lateMinutes)}</p>
      <button type="button" class="secondary wide" @click=${() => fire(this, 'mc-book-again')}>${t('booking.again')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-confirmation': McBookingConfirmation;
  }
  interface HTMLElementEventMap {
    'mc-book-again': CustomEvent<null>;
  }
}
