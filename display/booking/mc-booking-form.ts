import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BookingRequest } from '../../shared/schemas.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { bookingStyles } from './booking-styles.js';
import './mc-booking-summary.js';
import type { BookingSummary } from './mc-booking-summary.js';

export type BookingPerson = Pick<BookingRequest, 'citizenName' | 'phone'>;

/**
 * The chosen visit, then name and (optional) phone.
 *
 * @fires mc-person-submit - the name and the phone, if given
 */
@customElement('mc-booking-form')
export class McBookingForm extends LitElement {
  @property({ attribute: false }) summary: BookingSummary | null = null;
  @property({ type: Boolean }) busy = false;
  @state() private _name = '';
  @state() private _phone = '';
  @state() private _missingName = false;

  static override styles = [
    bookingStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 20px;
      }
      mc-booking-summary {
        padding: 16px;
        background: var(--mc-surface);
        border-radius: var(--mc-radius);
      }
      form {
        display: flex;
        flex-direction: column;
        gap: 18px;
      }
      .error {
        margin: 6px 0 0;
        font-size: 1.05rem;
        font-weight: 700;
        color: var(--mc-accent);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private submit(e: Event) {
    e.preventDefault();
    const citizenName = this._name.trim();
    this._missingName = citizenName === '';
    if (this._missingName || this.busy) return;
    const phone = this._phone.trim();
    fire(this, 'mc-person-submit', phone ? { citizenName, phone } : { citizenName });
  }

  override render() {
    return html`
      <mc-booking-summary .summary=${this.summary}></mc-booking-summary>
      <form novalidate @submit=${(e: Event) => this.submit(e)}>
        <div>
          <label for="name">${t('booking.name')}</label>
          <input
            id="name"
            data-testid="booking-name"
            autocomplete="name"
            maxlength="100"
            aria-invalid=${this._missingName ? 'true' : 'false'}
            .value=${this._name}
            @input=${(e: InputEvent) => {
              this._name = (e.target as HTMLInputElement).value;
              this._missingName = false;
            }}
          />
          ${this._missingName ? html`<p class="error">${t('booking.nameMissing')}</p>` : ''}
        </div>
        <div>
          <label for="phone">${t('booking.phone')}</label>
          <input
            id="phone"
            type="tel"
            inputmode="tel"
            data-testid="booking-phone"
            autocomplete="tel"
            maxlength="15"
            .value=${this._phone}
            @input=${(e: InputEvent) => (this._phone = (e.target as HTMLInputElement).value)}
          />
        </div>
        <button type="submit" class="primary wide" data-testid="booking-submit" ?disabled=${this.busy}>
          ${this.busy ? t('booking.submitting') : t('booking.submit')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-form': McBookingForm;
  }
  interface HTMLElementEventMap {
    'mc-person-submit': CustomEvent<BookingPerson>;
  }
}
