import { can } from '../../shared/permissions.js';
import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { CalendarView } from '../../shared/types.js';
import { getCalendar } from '../../ui/data/calendar.js';
import { syncServerTime } from '../../ui/data/time.js';
import type { McEvent } from '../../ui/events.js';
import { t, type TextKey } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-backups-panel.js';
import './mc-center-rules.js';
import './mc-devices-panel.js';
import './mc-fast-track-settings.js';
import './mc-holiday-panel.js';
import './mc-month-calendar.js';
import './mc-outreach-panel.js';
import './mc-webhooks-panel.js';
import './mc-api-keys-panel.js';
import './mc-weekly-sessions.js';

/**
 * The manager's calendar: a bar leading to each section; a month of sessions, holidays and
 * fast-track days beside the holidays' editor; under them, side by side, the weekly and outreach
 * sessions, the center's queue rules and call line, its paired screens, where its events are sent
 * (webhooks) and backups; then the fast track's procedures and checklists across the width. Every save answers the new calendar; another
 * manager's save arrives as 'calendar:updated' and is fetched.
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

  /* The month and its holidays on the first screen; under them every other setting in sections
     side by side (two columns at 1366 px, three at 1920), the page scrolling as a whole. */
  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      main {
        display: grid;
        gap: 16px;
        padding: 10px 16px 24px;
      }
      .month {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(360px, 500px);
        gap: 14px;
        height: clamp(560px, calc(100vh - 160px), 900px);
      }
      mc-holiday-panel {
        align-self: start;
      }
      nav {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      nav button {
        min-height: 44px;
        padding: 4px 14px;
        font-size: 1rem;
      }
      .settings {
        columns: 520px;
        column-gap: 16px;
      }
      .settings > * {
        break-inside: avoid;
        margin-bottom: 16px;
      }
      .loading {
        padding: 24px;
        font-size: 1.3rem;
      }
    `,
  ];

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

  /** The sections the bar at the top leads to, in the order the page shows them: element and title. */
  private sections(): [string, TextKey][] {
    const all: [string, TextKey][] = [
      ['mc-holiday-panel', 'admin.holiday.title'],
      ['mc-weekly-sessions', 'admin.weekly.title'],
      ['mc-outreach-panel', 'admin.outreach.title'],
      ['mc-center-rules', 'admin.rules.title'],
      ['mc-devices-panel', 'devices.title'],
      ['mc-api-keys-panel', 'apiKeys.title'],
      ['mc-backups-panel', 'backups.title'],
      ['mc-fast-track-settings', 'admin.fastTrack.title'],
    ];
    return all.filter(([tag]) => this.systemAdmin || (tag !== 'mc-backups-panel' && tag !== 'mc-api-keys-panel'));
  }

  /** Backups are the system administrator's, not a center manager's. */
  private get systemAdmin(): boolean {
    return this.shell.staff !== null && can(this.shell.staff.role, 'system:admin');
  }

  private goTo(tag: string): void {
    this.renderRoot.querySelector(tag)?.scrollIntoView({ block: 'start' });
  }

  private renderMain() {
    const { catalog } = this.session;
    const calendar = this._calendar;
    const changed = (e: McEvent<'mc-calendar-changed'>) => (this._calendar = e.detail);
    return catalog && calendar
      ? html`<main @mc-calendar-changed=${changed}>
          <nav aria-label=${t('admin.panels')}>
            ${this.sections().map(
              ([tag, title]) => html`<button type="button" data-testid="go-${tag}" @click=${() => this.goTo(tag)}>${t(title)}</button>`,
            )}
          </nav>
          <section class="month">
            <mc-month-calendar
              .calendar=${calendar}
              month=${this._month}
              today=${this._today}
              .selected=${this._selected}
              @mc-month-change=${(e: McEvent<'mc-month-change'>) => (this._month = e.detail)}
              @mc-day-pick=${(e: McEvent<'mc-day-pick'>) => (this._selected = this._selected === e.detail ? null : e.detail)}
            ></mc-month-calendar>
            <mc-holiday-panel
              .calendar=${calendar}
              centerId=${catalog.center.id}
              today=${this._today}
              .selected=${this._selected}
            ></mc-holiday-panel>
          </section>
          <div class="settings">
            <mc-weekly-sessions .calendar=${calendar} centerId=${catalog.center.id}></mc-weekly-sessions>
            <mc-outreach-panel .calendar=${calendar} .counters=${catalog.counters} centerId=${catalog.center.id}></mc-outreach-panel>
            <mc-center-rules data-testid="center-rules" .center=${catalog.center}></mc-center-rules>
            <mc-devices-panel
              data-testid="devices-panel"
              centerId=${catalog.center.id}
              timezone=${catalog.center.timezone}
              .counters=${catalog.counters}
            ></mc-devices-panel>
            ${
              this.shell.staff && can(this.shell.staff.role, 'webhooks:manage')
                ? html`<mc-webhooks-panel
                    data-testid="webhooks-panel"
                    centerId=${catalog.center.id}
                    timezone=${catalog.center.timezone}
                  ></mc-webhooks-panel>`
                : ''
            }
            ${
              this.systemAdmin
                ? html`<mc-api-keys-panel
                    data-testid="api-keys-panel"
                    centerId=${catalog.center.id}
                    timezone=${catalog.center.timezone}
                    .agencyCode=${catalog.center.agencyCode}
                  ></mc-api-keys-panel>`
                : ''
            }
            ${
              this.systemAdmin
                ? html`<mc-backups-panel data-testid="backups-panel" timezone=${catalog.center.timezone}></mc-backups-panel>`
                : ''
            }
          </div>
          <mc-fast-track-settings .calendar=${calendar} .catalog=${catalog}></mc-fast-track-settings>
        </main>`
      : html`<p class="loading" role="status">${t('center.loading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-admin-app': McAdminApp;
  }
}
