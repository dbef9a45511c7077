import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { boardAlerts } from '../../shared/rules/board-alerts.js';
import { localInstant } from '../../shared/rules/local-time.js';
import { calendarRules } from '../../shared/rules/session-status.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import type { BoardView, CalendarView, FastTrackDay, IndicatorsView, RatingsDay } from '../../shared/types.js';
import { getBoard, ratingsToday } from '../../ui/data/board.js';
import { getCalendar } from '../../ui/data/calendar.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { recentIndicators } from '../../ui/data/indicators.js';
import { t } from '../../ui/i18n/lang.js';
import { ClockController } from '../../ui/staff/clock-controller.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-board-live.js';
import './mc-board-reports.js';

/**
 * The manager's board: today's queue live (every socket event re-reads the board's figures from one
 * endpoint, no polling; a one-minute timer only re-counts "waiting for N minutes"), and a reports tab.
 * A province manager opens a child center's board with ?center=<id>.
 */
@customElement('mc-board-app')
export class McBoardApp extends LitElement {
  private readonly session = new StaffSession(this, {
    onFastTrackUpdated: () => void this.shell.reload(),
    onCalendarUpdated: () => void this.loadCalendar(),
    // A wall's sound blocked or back: the board's list of silent walls is read again.
    onWallSound: () => void this.shell.reload(),
  });
  private readonly shell = new StaffShell(this, {
    permission: 'reports:read',
    heading: () => t('board.title'),
    audience: () => t('board.audience'),
    errorTestid: 'board-error',
    session: this.session,
    // A province manager may look at a child center's board: the session follows that center.
    followCenter: () => new URLSearchParams(location.search).get('center'),
    load: (centerId) => this.load(centerId),
    reloadOnTicketEvents: true,
    signedIn: () => void this.loadCalendar(),
    signedOut: () => (this._board = null),
  });
  private readonly clock = new ClockController(this, 60_000);
  @state() private _board: BoardView | null = null;
  @state() private _fastTrack: FastTrackDay | null = null;
  @state() private _ratings: RatingsDay | null = null;
  @state() private _indicators: IndicatorsView | null = null;
  @state() private _calendar: CalendarView | null = null;
  @state() private _tab: 'live' | 'reports' = 'live';

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        background: var(--mc-bg);
      }
      main {
        padding: 8px 16px 16px;
      }
      [role='tablist'] {
        display: flex;
        gap: 8px;
        margin-bottom: 8px;
      }
      [role='tab'][aria-selected='true'] {
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      .loading {
        padding: 24px;
        font-size: 1.3rem;
      }
    `,
  ];

  private async load(centerId: string): Promise<void> {
    const [board, fastTrack, ratings] = await Promise.all([getBoard(centerId), fastTrackToday(centerId), ratingsToday(centerId)]);
    if ('error' in board) {
      this.shell.error = board.error.message;
      return;
    }
    this._board = board;
    // Panels whose routes refuse (another center's staff, or no ratings feature) are left out.
    this._fastTrack = 'error' in fastTrack ? null : fastTrack;
    this._ratings = 'error' in ratings ? null : ratings;
    const indicators = await recentIndicators(centerId, board.date);
    this._indicators = 'error' in indicators ? null : indicators;
  }

  private async loadCalendar(): Promise<void> {
    const { centerId } = this.shell;
    if (!centerId) return;
    const res = await getCalendar(centerId);
    if (!('error' in res)) this._calendar = res;
  }

  /** When today's last session ends, from the calendar's rules; null on a day without sessions. */
  private lastSessionEnd(): number | null {
    if (!this._calendar || !this._board) return null;
    const last = sessionsOn(calendarRules(this._calendar).calendar, this._board.date).at(-1);
    return last ? localInstant(this._board.date, last.end, this._calendar.timezone) : null;
  }

  override render() {
    return this.shell.render(() => this.renderMain());
  }

  private renderMain() {
    const { catalog } = this.session;
    const board = this._board;
    const now = this.clock.now;
    const snapshot = this.session.feed?.snapshot;
    const waiting = snapshot?.waiting ?? [];
    return catalog && board
      ? html`<main>
          <div role="tablist">
            ${(['live', 'reports'] as const).map(
              (tab) =>
                html`<button
                  type="button"
                  role="tab"
                  data-testid="tab-${tab}"
                  aria-selected=${this._tab === tab ? 'true' : 'false'}
                  @click=${() => (this._tab = tab)}
                >
                  ${t(`board.tab.${tab}`)}
                </button>`,
            )}
          </div>
          ${
            this._tab === 'live'
              ? html`<mc-board-live
                  .board=${board}
                  .fields=${catalog.fields}
                  .counters=${this.session.counters}
                  .waiting=${waiting}
                  .fastTrack=${this._fastTrack}
                  .ratings=${this._ratings}
                  .indicators=${this._indicators}
                  .timezone=${catalog.center.timezone}
                  .now=${now}
                  .alerts=${boardAlerts({ now, board, counters: this.session.counters, waiting, fastTrack: this._fastTrack, lastSessionEnd: this.lastSessionEnd() })}
                ></mc-board-live>`
              : html`<mc-board-reports .centerId=${this.shell.centerId} .today=${board.date}></mc-board-reports>`
          }
        </main>`
      : html`<p class="loading" role="status">${t('center.loading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-app': McBoardApp;
  }
}
