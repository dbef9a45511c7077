import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CenterCalendar } from '../../shared/rules/sessions.js';
import type { BookingView, CatalogView } from '../../shared/types.js';
import { formatMinutes } from '../../shared/rules/sessions.js';
import '../../ui/components/mc-confirm-dialog.js';
import { cancelBooking, getBooking } from '../../ui/data/bookings.js';
import { formatDay } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { bookingStyles } from './booking-styles.js';
import './mc-booking-summary.js';
import { summarize } from './summarize.js';

/** The code's shape, checked here only to word a typo kindly; the server decides. */
const CODE = /^\d{6}$/;

/** "Tra cứu / hủy lịch": find a booking by its code, and cancel it (once confirmed) while it is still booked. */
@customElement('mc-booking-lookup')
export class McBookingLookup extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @property({ attribute: false }) calendar: CenterCalendar | null = null;
  @state() private _code = '';
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _booking: BookingView | null = null;
  @state() private _cancelled = false;
  @state() private _confirming = false;

  static override styles = [
    bookingStyles,
    css`
      :host {
        display: block;
      }
      .hint {
        margin: 0 0 14px;
        font-size: 1.05rem;
        line-height: 1.4;
      }
      form {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 10px;
        align-items: end;
        margin-bottom: 16px;
      }
      form label {
        grid-column: 1 / -1;
        margin: 0;
      }
      input {
        font-size: 1.6rem;
        letter-spacing: 0.12em;
        font-variant-numeric: tabular-nums;
      }
      .found {
        display: flex;
        flex-direction: column;
        gap: 16px;
        padding: 16px;
        background: var(--mc-surface);
        border-radius: var(--mc-radius);
      }
      .cancel {
        color: #fff;
        background: var(--mc-accent);
        border: 3px solid var(--mc-accent);
      }
      .note {
        margin: 0;
        font-size: 1.1rem;
        font-weight: 700;
        color: var(--mc-ok);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async lookup(e: Event) {
    e.preventDefault();
    const code = this._code.trim();
    this._booking = null;
    this._cancelled = false;
    if (!CODE.test(code)) {
      this._error = t('booking.codeInvalid');
      return;
    }
    this._busy = true;
    const res = await getBooking(code);
    this._busy = false;
    this._error = 'error' in res ? res.error.message : '';
    this._booking = 'error' in res ? null : res;
  }

  private async cancel(code: string) {
    this._confirming = false;
    this._busy = true;
    const res = await cancelBooking(code);
    this._busy = false;
    if ('error' in res) {
      this._error = res.error.message;
      return;
    }
    this._error = '';
    this._booking = res;
    this._cancelled = true;
  }

  private cancelQuestion(booking: BookingView): string {
    const { catalog, calendar } = this;
    const procedure = catalog && calendar ? summarize(booking, catalog, calendar).procedure : '';
    return t('booking.cancelAsk', {
      code: booking.code,
      procedure,
      time: `${formatMinutes(booking.slotStart)}–${formatMinutes(booking.slotEnd)}`,
      date: formatDay(booking.date, { weekday: true }),
    });
  }

  private renderFound(booking: BookingView) {
    const { catalog, calendar } = this;
    if (!catalog || !calendar) return '';
    return html`<div class="found">
      <mc-booking-summary
        .summary=${{ ...summarize(booking, catalog, calendar), citizenName: booking.citizenName, state: booking.state }}
      ></mc-booking-summary>
      ${this._cancelled ? html`<p class="note" role="status">${t('booking.cancelled')}</p>` : ''}
      ${
        booking.state === 'booked'
          ? html`<button
              type="button"
              class="cancel wide"
              data-testid="booking-cancel"
              ?disabled=${this._busy}
              @click=${() => (this._confirming = true)}
            >
              ${this._busy ? t('booking.cancelling') : t('booking.cancel')}
            </button>`
          : ''
      }
      <mc-confirm-dialog
        ?open=${this._confirming}
        danger
        .heading=${t('booking.cancelAsk.title')}
        .message=${this.cancelQuestion(booking)}
        .confirmLabel=${t('booking.cancelAsk.yes')}
        .cancelLabel=${t('booking.cancelAsk.no')}
        @mc-confirm=${() => void this.cancel(booking.code)}
        @mc-confirm-cancel=${() => (this._confirming = false)}
      ></mc-confirm-dialog>
    </div>`;
  }

  override render() {
    return html`
      <h2>${t('booking.lookupTitle')}</h2>
      <p class="hint">${t('booking.lookupHint')}</p>
      <form novalidate @submit=${(e: Event) => void this.lookup(e)}>
        <label for="code">${t('booking.lookupCode')}</label>
        <input
          id="code"
          inputmode="numeric"
          autocomplete="off"
          maxlength="6"
          data-testid="booking-lookup-code"
          .value=${this._code}
          @input=${(e: InputEvent) => (this._code = (e.target as HTMLInputElement).value)}
        />
        <button type="submit" class="primary" data-testid="booking-lookup" ?disabled=${this._busy}>
          ${this._busy && !this._booking ? t('booking.lookingUp') : t('booking.lookup')}
        </button>
      </form>
      ${this._error ? html`<p role="alert" data-testid="booking-error">${this._error}</p>` : ''}
      ${this._booking ? this.renderFound(this._booking) : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-lookup': McBookingLookup;
  }
}
