import { LitElement, css, html } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { BookingView, CatalogView, SlotView } from '../../shared/types.js';
import { book, listSlots } from '../../ui/data/bookings.js';
import { LangController, localName, plural, t } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * "Đặt lịch hẹn" for a citizen at the desk (or on the phone): procedure, day, a slot with room
 * left, name and phone; the answer is the six-digit code the citizen types at the kiosk that day.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-reception-booking')
export class McReceptionBooking extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @state() private _procedureId = 0;
  @state() private _date = '';
  @state() private _slots: SlotView[] = [];
  @state() private _slotStart: number | null = null;
  @state() private _name = '';
  @state() private _phone = '';
  @state() private _booked: BookingView | null = null;
  private _busy = false;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        padding: 12px 14px;
        background: var(--mc-surface);
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      h2 {
        margin: 0 0 8px;
        font-size: 1.3rem;
      }
      form {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 8px 12px;
      }
      label {
        display: grid;
        gap: 4px;
        font-weight: 700;
      }
      .wide {
        grid-column: 1 / -1;
      }
      select,
      input {
        width: 100%;
      }
      .none {
        margin: 0;
        color: var(--mc-muted);
      }
      .submit {
        grid-column: 1 / -1;
        justify-self: end;
        min-height: 60px;
        font-size: 1.2rem;
      }
      .booked {
        margin-top: 10px;
        padding: 10px 14px;
        font-size: 1.15rem;
        background: #fff;
        border: 3px solid var(--mc-ok);
        border-radius: 10px;
      }
      .code {
        font-size: 2.6rem;
        font-weight: 800;
        letter-spacing: 6px;
        color: var(--mc-primary);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async choose(change: { procedureId?: number; date?: string }): Promise<void> {
    this._procedureId = change.procedureId ?? this._procedureId;
    this._date = change.date ?? this._date;
    this._slots = [];
    this._slotStart = null;
    if (!this.catalog || !this._procedureId || !this._date) return;
    const res = await listSlots(this.catalog.center.id, this._date, this._procedureId);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._slots = res.slots;
    this._slotStart = res.slots.find((s) => s.available)?.start ?? null;
  }

  private async submit(e: Event): Promise<void> {
    e.preventDefault();
    const catalog = this.catalog;
    const citizenName = this._name.trim();
    const phone = this._phone.trim();
    if (!catalog || this._busy) return;
    if (!this._procedureId || !this._date || this._slotStart === null || !citizenName) {
      return reportError(this, t('reception.booking.missing'));
    }
    this._busy = true;
    const res = await book(catalog.center.id, {
      procedureId: this._procedureId,
      date: this._date,
      slotStart: this._slotStart,
      citizenName,
      ...(phone ? { phone } : {}),
    });
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._booked = res;
    this._name = '';
    this._phone = '';
    await this.choose({});
  }

  private slotLabel(slot: SlotView): string {
    const times = `${formatMinutes(slot.start)}–${formatMinutes(slot.end)}`;
    const left = Math.min(slot.capacity - slot.booked, slot.procedureCapacity - slot.procedureBooked);
    return slot.available ? plural('reception.booking.slotLeft', left, { times }) : t('reception.booking.slotFull', { times });
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    const booked = this._booked;
    const bookedProcedure = booked ? catalog.procedures.find((p) => p.id === booked.procedureId) : undefined;
    return html`
      <h2>${t('reception.booking.title')}</h2>
      <form novalidate @submit=${(e: Event) => void this.submit(e)}>
        <label class="wide">
          ${t('reception.booking.procedure')}
          <select
            data-testid="reception-book-procedure"
            @change=${(e: Event) => void this.choose({ procedureId: Number((e.target as HTMLSelectElement).value) })}
          >
            <option value="0" ?selected=${this._procedureId === 0}>${t('reception.booking.chooseProcedure')}</option>
            ${[...catalog.fields]
              .sort((a, b) => a.sort - b.sort)
              .map(
                (f) =>
                  html`<optgroup label="${f.prefix} · ${localName(f)}">
                    ${catalog.procedures
                      .filter((p) => p.fieldId === f.id)
                      .map((p) => html`<option value=${p.id} ?selected=${p.id === this._procedureId}>${localName(p)}</option>`)}
                  </optgroup>`,
              )}
          </select>
        </label>
        <label>
          ${t('reception.booking.date')}
          <input
            type="date"
            data-testid="reception-book-date"
            min=${localDate(serverNow(), catalog.center.timezone)}
            .value=${this._date}
            @change=${(e: Event) => void this.choose({ date: (e.target as HTMLInputElement).value })}
          />
        </label>
        <label>
          ${t('reception.booking.slot')}
          ${
            this._procedureId && this._date && this._slots.length === 0
              ? html`<p class="none">${t('reception.booking.noSlots')}</p>`
              : html`<select
                  data-testid="reception-book-slot"
                  ?disabled=${this._slots.length === 0}
                  @change=${(e: Event) => (this._slotStart = Number((e.target as HTMLSelectElement).value))}
                >
                  ${this._slots.map(
                    (s) =>
                      html`<option value=${s.start} ?disabled=${!s.available} ?selected=${s.start === this._slotStart}>
                        ${this.slotLabel(s)}
                      </option>`,
                  )}
                </select>`
          }
        </label>
        <label>
          ${t('reception.booking.name')}
          <input
            data-testid="reception-book-name"
            autocomplete="off"
            maxlength="100"
            .value=${this._name}
            @input=${(e: Event) => (this._name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label>
          ${t('reception.booking.phone')}
          <input
            type="tel"
            data-testid="reception-book-phone"
            autocomplete="off"
            maxlength="15"
            .value=${this._phone}
            @input=${(e: Event) => (this._phone = (e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit" class="primary submit" data-testid="reception-book-submit">${t('reception.booking.submit')}</button>
      </form>
      ${
        booked
          ? html`<div class="booked" role="status">
              ${t('reception.booking.done', { name: booked.citizenName })}
              <div>${t('reception.booking.code')}: <span class="code" data-testid="reception-booking-code">${booked.code}</span></div>
              <div>
                ${bookedProcedure ? localName(bookedProcedure) : ''} · ${formatDay(booked.date, { weekday: true })},
                ${formatMinutes(booked.slotStart)}–${formatMinutes(booked.slotEnd)}
              </div>
              <div>${t('reception.booking.hint')}</div>
            </div>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-reception-booking': McReceptionBooking;
  }
}
