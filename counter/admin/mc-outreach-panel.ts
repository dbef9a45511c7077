import { LitElement, css, html } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { CalendarView, CounterInfo } from '../../shared/types.js';
import { addOutreach, deleteOutreach } from '../../ui/data/calendar.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';
import { parseMinutes } from './calendar-model.js';

const EMPTY = { from: '', to: '', start: '07:30', end: '11:30', placeVi: '', placeEn: '' };

/**
 * Outreach sessions: over a date range, some counters receive citizens at another place (a
 * residential area's cultural house) instead of the center. Add one, or delete one.
 *
 * @fires mc-calendar-changed - the calendar as saved
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-outreach-panel')
export class McOutreachPanel extends LitElement {
  @property({ attribute: false }) calendar: CalendarView | null = null;
  @property({ attribute: false }) counters: CounterInfo[] = [];
  @property() centerId = '';
  @state() private _form = { ...EMPTY };
  @state() private _counterIds: number[] = [];
  @state() private _done: 'admin.outreach.added' | 'admin.outreach.removed' | null = null;

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .counters {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 16px;
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }
      legend {
        padding: 0;
        font-size: 0.95rem;
        font-weight: 700;
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

  private field(name: keyof typeof EMPTY) {
    return (e: Event) => (this._form = { ...this._form, [name]: (e.target as HTMLInputElement).value });
  }

  private toggleCounter(id: number, on: boolean): void {
    this._counterIds = on ? [...this._counterIds, id] : this._counterIds.filter((x) => x !== id);
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const f = this._form;
    const start = parseMinutes(f.start);
    const end = parseMinutes(f.end);
    if (!f.from || !f.to || start === null || end === null || !f.placeVi.trim() || !f.placeEn.trim()) {
      return reportError(this, t('admin.outreach.missing'));
    }
    const res = await addOutreach(this.centerId, {
      from: f.from,
      to: f.to,
      start,
      end,
      placeVi: f.placeVi.trim(),
      placeEn: f.placeEn.trim(),
      counterIds: this._counterIds,
    });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = 'admin.outreach.added';
    this._form = { ...EMPTY };
    this._counterIds = [];
    if (this.calendar) fire(this, 'mc-calendar-changed', { ...this.calendar, outreach: [...this.calendar.outreach, res] });
  }

  private async removeOutreach(id: number): Promise<void> {
    const res = await deleteOutreach(this.centerId, id);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = 'admin.outreach.removed';
    fire(this, 'mc-calendar-changed', res);
  }

  private counterNumbers(ids: number[]): string {
    return ids.map((id) => this.counters.find((c) => c.id === id)?.number ?? '').join(', ');
  }

  override render() {
    const outreach = [...(this.calendar?.outreach ?? [])].sort((a, b) => a.from.localeCompare(b.from));
    const f = this._form;
    return html`
      <h2>${t('admin.outreach.title')}</h2>
      <p class="saved" role="status">${this._done ? t(this._done) : ''}</p>
      ${outreach.length === 0 ? html`<p class="muted">${t('admin.outreach.none')}</p>` : ''}
      <ul class="items">
        ${outreach.map(
          (o) =>
            html`<li>
              <span class="grow">
                <span class="when"
                  >${t('admin.outreach.range', { from: formatDay(o.from, { weekday: true }), to: formatDay(o.to, { weekday: true }) })}</span
                ><br />
                ${formatMinutes(o.start)}–${formatMinutes(o.end)} · ${localName({ nameVi: o.placeVi, nameEn: o.placeEn })}
                ${o.counterIds.length ? html`<br /><span class="muted">${t('admin.outreach.counters', { numbers: this.counterNumbers(o.counterIds) })}</span>` : ''}
              </span>
              <button type="button" class="danger" data-testid="outreach-delete-${o.id}" @click=${() => void this.removeOutreach(o.id)}>
                ${t('admin.remove')}
              </button>
            </li>`,
        )}
      </ul>
      <form class="form" novalidate @submit=${(e: Event) => void this.add(e)}>
        <h3>${t('admin.outreach.addTitle')}</h3>
        <div class="pair">
          <label
            >${t('admin.outreach.from')}<input type="date" data-testid="outreach-from" .value=${f.from} @input=${this.field('from')}
          /></label>
          <label
            >${t('admin.outreach.to')}<input type="date" data-testid="outreach-to" .value=${f.to} min=${f.from} @input=${this.field('to')}
          /></label>
          <label
            >${t('admin.weekly.start')}<input
              type="time"
              step="300"
              data-testid="outreach-start"
              .value=${f.start}
              @input=${this.field('start')}
          /></label>
          <label
            >${t('admin.weekly.end')}<input type="time" step="300" data-testid="outreach-end" .value=${f.end} @input=${this.field('end')}
          /></label>
        </div>
        <label
          >${t('admin.outreach.placeVi')}<input
            data-testid="outreach-place-vi"
            maxlength="200"
            .value=${f.placeVi}
            @input=${this.field('placeVi')}
        /></label>
        <label
          >${t('admin.outreach.placeEn')}<input
            data-testid="outreach-place-en"
            maxlength="200"
            .value=${f.placeEn}
            @input=${this.field('placeEn')}
        /></label>
        <fieldset>
          <legend>${t('admin.outreach.countersTitle')}</legend>
          <div class="counters">
            ${this.counters.map(
              (c) =>
                html`<label class="check">
                  <input
                    type="checkbox"
                    data-testid="outreach-counter-${c.number}"
                    .checked=${this._counterIds.includes(c.id)}
                    @change=${(e: Event) => this.toggleCounter(c.id, (e.target as HTMLInputElement).checked)}
                  />
                  ${t('ticket.counter', { number: c.number })}
                </label>`,
            )}
          </div>
        </fieldset>
        <div class="save">
          <button type="submit" class="primary" data-testid="outreach-add">${t('admin.outreach.add')}</button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-outreach-panel': McOutreachPanel;
  }
  interface HTMLElementEventMap {
    'mc-calendar-changed': CustomEvent<CalendarView>;
  }
}
