import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { boardAlerts } from '../../shared/rules/board-alerts.js';
import { localInstant } from '../../shared/rules/local-time.js';
import { calendarRules } from '../../shared/rules/session-status.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import type { BoardView, CalendarView, FastTrackDay, RatingsDay, StaffView } from '../../shared/types.js';
import '../../ui/components/mc-connection-status.js';
import { getBoard, ratingsToday } from '../../ui/data/board.js';
import { getCalendar } from '../../ui/data/calendar.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { ClockController } from '../../counter/components/clock-controller.js';
import { CoalescedLoader } from '../../counter/components/coalesced-loader.js';
import { onReportedError } from '../../counter/components/events.js';
import '../../counter/components/mc-error-alert.js';
import '../../counter/components/mc-staff-header.js';
import '../../counter/components/mc-staff-login.js';
import { StaffSession } from '../../counter/components/staff-session.js';
import { staffStyles } from '../../counter/components/staff-styles.js';
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
    onFastTrackUpdated: () => void this.loader.refresh(),
    onCalendarUpdated: () => void this.loadCalendar(),
  });
  private readonly loader = new CoalescedLoader(() => this.load());
  private readonly clock = new ClockController(this, 60_000);
  @state() private _board: BoardView | null = null;
  @state() private _fastTrack: FastTrackDay | null = null;
  @state() private _ratings: RatingsDay | null = null;
  @state() private _calendar: CalendarView | null = null;
  @state() private _tab: 'live' | 'reports' = 'live';
  @state() private _error: string | null = null;
  /** Device time when the board was read: "now" on the server is its serverTime plus the time since. */
  private _readAt = 0;
  private _seenRevision = -1;

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

  constructor() {
    super();
    new LangController(this);
    onReportedError(this, (message) => (this._error = message));
  }

  private async onSignedIn(staff: StaffView): Promise<void> {
    // A province manager may look at a child center's board: the session follows that center.
    const wanted = new URLSearchParams(location.search).get('center');
    await this.session.signedIn(wanted ? { ...staff, centerId: wanted } : staff);
    this._error = this.session.loadError;
    void this.loadCalendar();
  }

  private get centerId(): string {
    return this.session.staff?.centerId ?? '';
  }

  private async load(): Promise<void> {
    if (!this.centerId) return;
    const [board, fastTrack, ratings] = await Promise.all([
      getBoard(this.centerId), fastTrackToday(this.centerId), ratingsToday(this.centerId),
    ]);
    if ('error' in board) {
      this._error = board.error.message;
      return;
    }
    this._board = board;
    this._readAt = Date.now();
    // Panels whose routes refuse (another center's staff, or no ratings feature) are left out.
    this._fastTrack = 'error' in fastTrack ? null : fastTrack;
    this._ratings = 'error' in ratings ? null : ratings;
  }

  private async loadCalendar(): Promise<void> {
    if (!this.centerId) return;
    const res = await getCalendar(this.centerId);
    if (!('error' in res)) this._calendar = res;
  }

  private async signOut(): Promise<void> {
    await this.session.signOut();
    this._board = null;
    this._seenRevision = -1;
  }

  override updated(): void {
    document.title = `${t('board.title')} — ${t('app.name')}`;
    if (this.session.catalog && this.session.revision !== this._seenRevision) {
      this._seenRevision = this.session.revision;
      void this.loader.refresh();
    }
  }

  private now(): number {
    return this._board ? this._board.serverTime + (this.clock.now - this._readAt) : this.clock.now;
  }

  /** When today's last session ends, from the calendar's rules; null on a day without sessions. */
  private lastSessionEnd(): number | null {
    if (!this._calendar || !this._board) return null;
    const last = sessionsOn(calendarRules(this._calendar).calendar, this._board.date).at(-1);
    return last ? localInstant(this._board.date, last.end, this._calendar.timezone) : null;
  }

  override render() {
    const { staff, catalog } = this.session;
    if (!staff) {
      return html`<mc-staff-login permission="reports:read" heading=${t('board.title')} audience=${t('board.audience')}
        @signed-in=${(e: CustomEvent<StaffView>) => void this.onSignedIn(e.detail)}></mc-staff-login>`;
    }
    const board = this._board;
    const now = this.now();
    const snapshot = this.session.feed?.snapshot;
    const waiting = snapshot?.waiting ?? [];
    return html`
      <mc-connection-status ?connected=${this.session.connected}></mc-connection-status>
      <mc-staff-header heading=${t('board.title')}
        subheading=${catalog ? localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) : ''}
        .staff=${staff} @sign-out=${() => void this.signOut()}></mc-staff-header>
      <mc-error-alert testid="board-error" .message=${this._error} @dismiss=${() => (this._error = null)}></mc-error-alert>
      ${catalog && board
        ? html`<main>
            <div role="tablist">
              ${(['live', 'reports'] as const).map(
                (tab) => html`<button type="button" role="tab" data-testid="tab-${tab}" aria-selected=${this._tab === tab ? 'true' : 'false'}
                  @click=${() => (this._tab = tab)}>${t(`board.tab.${tab}`)}</button>`,
              )}
            </div>
            ${this._tab === 'live'
              ? html`<mc-board-live .board=${board} .fields=${catalog.fields} .counters=${this.session.counters}
                  .waiting=${waiting} .fastTrack=${this._fastTrack} .ratings=${this._ratings}
                  .timezone=${catalog.center.timezone} .now=${now}
                  .alerts=${boardAlerts({ now, board, counters: this.session.counters, waiting, fastTrack: this._fastTrack, lastSessionEnd: this.lastSessionEnd() })}
                ></mc-board-live>`
              : html`<mc-board-reports .centerId=${this.centerId} .today=${board.date}></mc-board-reports>`}
          </main>`
        : html`<p class="loading" role="status">${t('center.loading')}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-app': McBoardApp;
  }
}
