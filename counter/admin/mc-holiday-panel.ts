import { LitElement, css, html, type PropertyValues } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import type { CalendarView } from '../../shared/types.js';
import { addHoliday, deleteHoliday } from '../../ui/data/calendar.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';

/**
 * Days the center is closed, the coming ones listed: add one (a date and its name in both languages; the same date again
 * renames it), or remove one. A day picked in the month fills the form.
 *
 * @fires mc-calendar-changed - the calendar as saved
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-holiday-panel')
export class McHolidayPanel extends LitElement {
  @property({ attribute: false }) calendar: CalendarView | null = null;
  @property() centerId = '';
  /** The center's today: past holidays are not listed (the month view still shows them). */
  @property() today = '';
  /** The day picked in the month view, or null. */
  @property() selected: string | null = null;
  @state() private _date = '';
  @state() private _nameVi = '';
  @state() private _nameEn = '';
  @state() private _done: { key: 'admin.holiday.added' | 'admin.holiday.removed'; date: string } | null = null;

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .items {
        max-height: 220px;
        overflow-y: auto;
      }
      .when {
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('selected')) {
      const holiday = this.calendar?.holidays.find((h) => h.date === this.selected);
      this._date = this.selected ?? '';
      this._nameVi = holiday?.nameVi ?? '';
      this._nameEn = holiday?.nameEn ?? '';
    }
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('selected') && this.selected) {
      this.scrollIntoView({ block: 'nearest' });
      this.renderRoot.querySelector<HTMLInputElement>('[data-testid=holiday-name-vi]')?.focus();
    }
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const req = { date: this._date, nameVi: this._nameVi.trim(), nameEn: this._nameEn.trim() };
    if (!req.date || !req.nameVi || !req.nameEn) return reportError(this, t('admin.holiday.missing'));
    const res = await addHoliday(this.centerId, req);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = { key: 'admin.holiday.added', date: req.date };
    this._date = this._nameVi = this._nameEn = '';
    fire(this, 'mc-calendar-changed', res);
  }

  private async removeHoliday(date: string): Promise<void> {
    const res = await deleteHoliday(this.centerId, date);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = { key: 'admin.holiday.removed', date };
    fire(this, 'mc-calendar-changed', res);
  }

  override render() {
    const all = this.calendar?.holidays ?? [];
    const holidays = all.filter((h) => h.date >= this.today).sort((a, b) => a.date.localeCompare(b.date));
    const exists = all.some((h) => h.date === this._date);
    return html`
      <h2>${t('admin.holiday.title')}</h2>
      <p class="saved" role="status">${this._done ? t(this._done.key, { date: formatDay(this._done.date, { weekday: true }) }) : ''}</p>
      ${holidays.length === 0 ? html`<p class="muted">${t('admin.holiday.none')}</p>` : ''}
      <ul class="items">
        ${holidays.map(
          (h) =>
            html`<li>
              <span class="grow"><span class="when">${formatDay(h.date, { weekday: true })}</span><br />${localName(h)}</span>
              <button
                type="button"
                class="danger"
                data-testid="holiday-remove-${h.date}"
                aria-label=${t('admin.holiday.removeLabel', { date: formatDay(h.date, { weekday: true }) })}
                @click=${() => void this.removeHoliday(h.date)}
              >
                ${t('admin.remove')}
              </button>
            </li>`,
        )}
      </ul>
      <form class="form" novalidate @submit=${(e: Event) => void this.add(e)}>
        <h3>${exists ? t('admin.holiday.renameTitle') : t('admin.holiday.addTitle')}</h3>
        <label
          >${t('admin.holiday.date')}
          <input
            type="date"
            data-testid="holiday-date"
            .value=${this._date}
            @input=${(e: Event) => (this._date = (e.target as HTMLInputElement).value)}
          />
        </label>
        <div class="pair">
          <label
            >${t('admin.nameVi')}
            <input
              data-testid="holiday-name-vi"
              maxlength="120"
              .value=${this._nameVi}
              @input=${(e: Event) => (this._nameVi = (e.target as HTMLInputElement).value)}
            />
          </label>
          <label
            >${t('admin.nameEn')}
            <input
              data-testid="holiday-name-en"
              maxlength="120"
              .value=${this._nameEn}
              @input=${(e: Event) => (this._nameEn = (e.target as HTMLInputElement).value)}
            />
          </label>
        </div>
        <div class="save">
          <button type="submit" class="primary" data-testid="holiday-add">
            ${exists ? t('admin.holiday.rename') : t('admin.holiday.add')}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-holiday-panel': McHolidayPanel;
  }
  interface HTMLElementEventMap {
    'mc-calendar-changed': CustomEvent<CalendarView>;
  }
}
