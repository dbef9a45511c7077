import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { formatMinutes, sessionsOn, weekdayOf, type SessionSlot } from '../../shared/rules/sessions.js';
import type { CalendarView } from '../../shared/types.js';
import { formatMonth } from '../../ui/format.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { calendarRules } from '../../shared/rules/session-status.js';
import { WEEK_ORDER, monthWeeks, shiftMonth } from './calendar-model.js';

/**
 * A month of the center's calendar, weeks from Monday: per day its holiday, its sessions (extra
 * and outreach ones marked, outreach with its place) and the fast-track marker.
 *
 * @fires mc-month-change - the month to show next, YYYY-MM
 * @fires mc-day-pick - a day pressed, YYYY-MM-DD
 */
@customElement('mc-month-calendar')
export class McMonthCalendar extends LitElement {
  @property({ attribute: false }) calendar: CalendarView | null = null;
  /** YYYY-MM */
  @property() month = '';
  /** The center's today, YYYY-MM-DD. */
  @property() today = '';
  /** The day whose holiday form is open. */
  @property() selected: string | null = null;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
        min-height: 0;
      }
      .bar {
        display: flex;
        align-items: center;
        gap: 12px;
      }
      h2 {
        flex: 1;
        margin: 0;
        font-size: 1.6rem;
        text-align: center;
      }
      .bar button {
        min-width: 64px;
        font-size: 1.3rem;
      }
      .grid {
        flex: 1;
        display: grid;
        grid-template-columns: repeat(7, minmax(0, 1fr));
        grid-auto-rows: minmax(0, 1fr);
        gap: 4px;
        min-height: 0;
      }
      .weekdays {
        display: grid;
        grid-template-columns: repeat(7, minmax(0, 1fr));
        gap: 4px;
        font-weight: 700;
        text-align: center;
      }
      .weekdays .weekend {
        color: var(--mc-accent);
      }
      .day {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        gap: 2px;
        min-height: 0;
        overflow: hidden;
        padding: 3px 5px;
        font-size: 0.76rem;
        line-height: 1.2;
        font-weight: 400;
        text-align: left;
        color: var(--mc-fg);
        border: 1px solid #9aa5b1;
        border-radius: 8px;
      }
      .day.other {
        color: #5f6b77;
        background: #f6f7f9;
      }
      .day.holiday {
        background: #fdecea;
        border-color: var(--mc-accent);
      }
      .day.today {
        border: 3px solid var(--mc-primary);
      }
      .day[aria-pressed='true'] {
        outline: 4px solid var(--mc-focus);
      }
      .top {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 4px;
      }
      .date {
        font-size: 1rem;
        font-weight: 800;
      }
      .fast {
        padding: 0 4px;
        font-size: 0.62rem;
        white-space: nowrap;
        font-weight: 700;
        color: #fff;
        background: #5b2a86;
        border-radius: 6px;
      }
      .holiday-name {
        font-weight: 700;
        color: var(--mc-accent);
      }
      .session,
      .place {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
      }
      .session.extra {
        font-weight: 700;
        color: var(--mc-warn);
      }
      .session.outreach,
      .place {
        font-weight: 700;
        color: #00695c;
      }
      .legend {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
        margin: 0;
        font-size: 0.85rem;
      }
      .closed {
        color: #5f6b77;
        font-style: italic;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private monthTitle(): string {
    return formatMonth(this.month);
  }

  override render() {
    const view = this.calendar;
    if (!view || !this.month) return html``;
    const { calendar } = calendarRules(view);
    return html`
      <div class="bar">
        <button
          type="button"
          data-testid="month-prev"
          aria-label=${t('admin.month.prev')}
          @click=${() => fire(this, 'mc-month-change', shiftMonth(this.month, -1))}
        >
          ‹
        </button>
        <h2 aria-live="polite">${this.monthTitle()}</h2>
        <button
          type="button"
          data-testid="month-next"
          aria-label=${t('admin.month.next')}
          @click=${() => fire(this, 'mc-month-change', shiftMonth(this.month, 1))}
        >
          ›
        </button>
      </div>
      <div class="weekdays" aria-hidden="true">
        ${WEEK_ORDER.map((w) => html`<span class=${w === 0 || w === 6 ? 'weekend' : ''}>${t(`admin.weekday.short.${w}`)}</span>`)}
      </div>
      <div class="grid" data-testid="month-grid">
        ${monthWeeks(this.month)
          .flat()
          .map((date) => this.renderDay(date, sessionsOn(calendar, date), view))}
      </div>
      <p class="legend">
        <span><span class="fast">${t('admin.day.fastTrack')}</span> ${t('admin.legend.fastTrack')}</span>
        <span class="session extra">+ ${t('admin.kind.extra')}</span>
        <span class="session outreach">${t('admin.legend.outreach')}</span>
        <span class="holiday-name">${t('admin.legend.holiday')}</span>
      </p>
    `;
  }

  private renderDay(date: string, sessions: SessionSlot[], view: CalendarView) {
    const holiday = view.holidays.find((h) => h.date === date);
    const fastTrack = !holiday && sessions.length > 0 && view.fastTrack.days.includes(weekdayOf(date));
    const classes = [
      'day',
      date.slice(0, 7) === this.month ? '' : 'other',
      holiday ? 'holiday' : '',
      date === this.today ? 'today' : '',
    ].join(' ');
    const [, , day] = date.split('-');
    return html`<button
      type="button"
      class=${classes}
      data-testid="day-${date}"
      aria-pressed=${date === this.selected ? 'true' : 'false'}
      aria-current=${date === this.today ? 'date' : 'false'}
      @click=${() => fire(this, 'mc-day-pick', date)}
    >
      <span class="top">
        <span class="date">${Number(day)}</span>
        ${fastTrack ? html`<span class="fast" title=${t('admin.day.fastTrackHint')}>${t('admin.day.fastTrack')}</span>` : ''}
      </span>
      ${holiday ? html`<span class="holiday-name">${localName(holiday)}</span>` : ''} ${sessions.map((s) => this.renderSession(s))}
      ${!holiday && sessions.length === 0 ? html`<span class="closed">${t('admin.day.closed')}</span>` : ''}
    </button>`;
  }

  private renderSession(s: SessionSlot) {
    const times = `${formatMinutes(s.start)}–${formatMinutes(s.end)}`;
    if (s.outreach) {
      const place = localName({ nameVi: s.outreach.placeVi, nameEn: s.outreach.placeEn });
      const where = t('admin.day.outreach', { place });
      return html`<span class="session outreach">${times}</span><span class="place" title=${where}>${where}</span>`;
    }
    return s.kind === 'extra'
      ? html`<span class="session extra" title=${t('admin.kind.extra')}>+ ${times}</span>`
      : html`<span class="session">${times}</span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-month-calendar': McMonthCalendar;
  }
  interface HTMLElementEventMap {
    'mc-month-change': CustomEvent<string>;
    'mc-day-pick': CustomEvent<string>;
  }
}
