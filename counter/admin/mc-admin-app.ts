import { can } from '../../shared/permissions.js';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { CalendarView } from '../../shared/types.js';
import { getCalendar } from '../../ui/data/calendar.js';
import { syncServerTime } from '../../ui/data/time.js';
import type { McEvent } from '../../ui/events.js';
import { t } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import './mc-backups-panel.js';
import './mc-center-rules.js';
import './mc-devices-panel.js';
import './mc-fast-track-settings.js';
import './mc-holiday-panel.js';
import './mc-month-calendar.js';
import './mc-outreach-panel.js';
import './mc-weekly-sessions.js';

/**
 * The manager's calendar: a month of sessions, holidays and fast-track days, and beside it the
 * editors of each, the center's queue rules and call line, and its paired screens. Every save answers the new calendar; another manager's save arrives as
 * 'calendar:updated' and is fetched.
 */
@customElement('mc-admin-app')
export class McAdminApp extends LitElement {
  private readonly session = new StaffSession(this, {
    onCalendarUpdated: (status) => {
      this._today = this.localDay(status.serverTime);
      void this.shell.reload();
    },
    // A change may have been missed while the link was down.
    onSnapshot: () => void this.shell.reload(),
  });
  private readonly shell = new StaffShell(this, {
    permission: 'center:configure',
    heading: () => t('admin.title'),
    audience: () => t('admin.audience'),
    errorTestid: 'admin-error',
    session: this.session,
    load: (centerId) => this.load(centerId),
    signedIn: () => this.onSignedIn(),
    signedOut: () => {
      this._calendar = null;
      this._selected = null;
    },
  });
  @state() private _calendar: CalendarView | null = null;
  /** The center's today by the server's clock (which a demo may set to another day). */
  @state() private _today = '';
  @state() private _month = '';
  @state() private _selected: string | null = null;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      overflow: hidden;
    }
    main {
      flex: 1;
      display: grid;
      grid-template-columns: minmax(0, 1fr) 500px;
      gap: 14px;
      min-height: 0;
      padding: 10px 16px 12px;
    }
    aside {
      display: grid;
      align-content: start;
      gap: 12px;
      min-height: 0;
      overflow-y: auto;
      padding-right: 4px;
    }
    .loading {
      padding: 24px;
      font-size: 1.3rem;
    }
  `;

  private localDay(at: number): string {
    return this.session.catalog ? localDate(at, this.session.catalog.center.timezone) : '';
  }

  private async onSignedIn(): Promise<void> {
    await syncServerTime();
    this._today = this.localDay(serverNow());
    this._month = this._today.slice(0, 7);
    await this.shell.reload();
  }

  private async load(centerId: string): Promise<void> {
    const res = await getCalendar(centerId);
    if ('error' in res) this.shell.error = res.error.message;
    else this._calendar = res;
  }

  override render() {
    return this.shell.render(() => this.renderMain());
  }

  private renderMain() {
    const { catalog } = this.session;
    const calendar = this._calendar;
    const changed = (e: McEvent<'mc-calendar-changed'>) => (this._calendar = e.detail);
    return catalog && calendar
      ? html`<main @mc-calendar-changed=${changed}>
          <mc-month-calendar
            .calendar=${calendar}
            month=${this._month}
            today=${this._today}
            .selected=${this._selected}
            @mc-month-change=${(e: McEvent<'mc-month-change'>) => (this._month = e.detail)}
            @mc-day-pick=${(e: McEvent<'mc-day-pick'>) => (this._selected = this._selected === e.detail ? null : e.detail)}
          ></mc-month-calendar>
          <aside aria-label=${t('admin.panels')}>
            <mc-holiday-panel
              .calendar=${calendar}
              centerId=${catalog.center.id}
              today=${this._today}
              .selected=${this._selected}
            ></mc-holiday-panel>
            <mc-weekly-sessions .calendar=${calendar} centerId=${catalog.center.id}></mc-weekly-sessions>
            <mc-outreach-panel .calendar=${calendar} .counters=${catalog.counters} centerId=${catalog.center.id}></mc-outreach-panel>
            <mc-fast-track-settings .calendar=${calendar} .catalog=${catalog}></mc-fast-track-settings>
            <mc-center-rules data-testid="center-rules" .center=${catalog.center}></mc-center-rules>
            <mc-devices-panel
              data-testid="devices-panel"
              centerId=${catalog.center.id}
              timezone=${catalog.center.timezone}
              .counters=${catalog.counters}
            ></mc-devices-panel>
            ${
              this.shell.staff && can(this.shell.staff.role, 'system:admin')
                ? html`<mc-backups-panel data-testid="backups-panel" timezone=${catalog.center.timezone}></mc-backups-panel>`
                : ''
            }
          </aside>
        </main>`
      : html`<p class="loading" role="status">${t('center.loading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-admin-app': McAdminApp;
  }
}
