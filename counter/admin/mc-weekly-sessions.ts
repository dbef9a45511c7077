import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatMinutes } from '../../shared/rules/sessions.js';
import type { WeeklySessionsRequest } from '../../shared/schemas.js';
import type { CalendarView, WeeklySessionView } from '../../shared/types.js';
import { saveWeeklySessions } from '../../ui/data/calendar.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';
import { WEEK_ORDER, parseMinutes } from './calendar-model.js';

const dayName = (weekday: number) => t(`admin.weekday.long.${weekday as (typeof WEEK_ORDER)[number]}`);

interface Row {
  /** Stable across edits, for the list's keys and focus. */
  key: number;
  weekday: number;
  start: string;
  end: string;
  kind: WeeklySessionView['kind'];
}

/**
 * The weekly sessions, one line per session under its weekday: start, end, office hours or an
 * extra session. Edits stay local until Save, which replaces the whole week (`mc-calendar-changed`).
 *
 * @fires mc-calendar-changed - the calendar as saved
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-weekly-sessions')
export class McWeeklySessions extends LitElement {
  @property({ attribute: false }) calendar: CalendarView | null = null;
  @property() centerId = '';
  @state() private _rows: Row[] = [];
  @state() private _dirty = false;
  @state() private _saved = false;
  private _nextKey = 0;

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      fieldset {
        margin: 0 0 6px;
        padding: 4px 8px 8px;
        background: #fff;
        border: 1px solid #9aa5b1;
        border-radius: 8px;
      }
      legend {
        padding: 0 4px;
        font-weight: 800;
      }
      /* Each field as wide as what it shows: the times in full, the select's longest option. */
      .session {
        display: grid;
        grid-template-columns: repeat(5, auto);
        justify-content: start;
        align-items: center;
        gap: 6px;
        margin-bottom: 6px;
        font-size: 0.9rem;
      }
      .session input,
      .session select {
        width: auto;
        padding: 4px 6px;
      }
      .session button {
        min-width: 44px;
        padding: 4px 8px;
      }
      .add {
        min-height: 44px;
        padding: 2px 12px;
        font-size: 0.95rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Someone else's save reloads the calendar; it replaces the rows unless this editor has unsaved changes.
    if (changed.has('calendar') && this.calendar && !this._dirty) {
      this._rows = this.calendar.weekly.map((s) => ({
        key: this._nextKey++,
        weekday: s.weekday,
        start: formatMinutes(s.start),
        end: formatMinutes(s.end),
        kind: s.kind,
      }));
    }
  }

  private edit(rows: Row[]): void {
    this._rows = rows;
    this._dirty = true;
    this._saved = false;
  }

  private changeRow(key: number, change: Partial<Row>): void {
    this.edit(this._rows.map((r) => (r.key === key ? { ...r, ...change } : r)));
  }

  private add(weekday: number): void {
    const last = this._rows.filter((r) => r.weekday === weekday).at(-1);
    const row: Row = last
      ? { key: this._nextKey++, weekday, start: last.end, end: last.end, kind: 'extra' }
      : { key: this._nextKey++, weekday, start: '07:30', end: '11:30', kind: 'regular' };
    this.edit([...this._rows, row]);
  }

  private async save(): Promise<void> {
    const sessions: WeeklySessionsRequest['sessions'] = [];
    for (const r of this._rows) {
      const start = parseMinutes(r.start);
      const end = parseMinutes(r.end);
      if (start === null || end === null || end <= start) {
        reportError(this, t('admin.weekly.invalid', { day: dayName(r.weekday) }));
        return;
      }
      sessions.push({ weekday: r.weekday, start, end, kind: r.kind });
    }
    const res = await saveWeeklySessions(this.centerId, { sessions });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._dirty = false;
    this._saved = true;
    fire(this, 'mc-calendar-changed', res);
  }

  override render() {
    return html`
      <h2>${t('admin.weekly.title')}</h2>
      ${WEEK_ORDER.map((weekday) => {
        const rows = this._rows.filter((r) => r.weekday === weekday);
        const day = dayName(weekday);
        return html`<fieldset data-testid="weekly-${weekday}">
          <legend>${day}</legend>
          ${rows.length === 0 ? html`<p class="muted">${t('admin.weekly.none')}</p>` : ''}
          ${rows.map(
            (r) =>
              html`<div class="session">
                <input
                  type="time"
                  step="300"
                  .value=${r.start}
                  aria-label="${day}: ${t('admin.weekly.start')}"
                  @change=${(e: Event) => this.changeRow(r.key, { start: (e.target as HTMLInputElement).value })}
                />
                <span aria-hidden="true">–</span>
                <input
                  type="time"
                  step="300"
                  .value=${r.end}
                  aria-label="${day}: ${t('admin.weekly.end')}"
                  @change=${(e: Event) => this.changeRow(r.key, { end: (e.target as HTMLInputElement).value })}
                />
                <select
                  aria-label="${day}: ${t('admin.weekly.kind')}"
                  @change=${(e: Event) => this.changeRow(r.key, { kind: (e.target as HTMLSelectElement).value as Row['kind'] })}
                >
                  <option value="regular" ?selected=${r.kind === 'regular'}>${t('admin.kind.regularShort')}</option>
                  <option value="extra" ?selected=${r.kind === 'extra'}>${t('admin.kind.extraShort')}</option>
                </select>
                <button
                  type="button"
                  class="danger"
                  aria-label=${t('admin.weekly.remove', { day, start: r.start, end: r.end })}
                  @click=${() => this.edit(this._rows.filter((x) => x.key !== r.key))}
                >
                  ✕
                </button>
              </div>`,
          )}
          <button type="button" class="add" data-testid="weekly-add-${weekday}" @click=${() => this.add(weekday)}>
            ${t('admin.weekly.add')}
          </button>
        </fieldset>`;
      })}
      <div class="save">
        <span class="saved" role="status">${this._saved ? t('admin.saved') : this._dirty ? t('admin.unsaved') : ''}</span>
        <button type="button" class="primary" data-testid="weekly-save" @click=${() => void this.save()}>${t('admin.weekly.save')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-weekly-sessions': McWeeklySessions;
  }
  interface HTMLElementEventMap {
    'mc-calendar-changed': CustomEvent<CalendarView>;
  }
}
