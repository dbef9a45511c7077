import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ProvinceView, StaffView } from '../../shared/types.js';
import { CenterFeed } from '../../ui/center-feed.js';
import '../../ui/components/mc-connection-status.js';
import { logout } from '../../ui/data/auth.js';
import { getProvince } from '../../ui/data/board.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../../counter/components/coalesced-loader.js';
import '../../counter/components/mc-error-alert.js';
import '../../counter/components/mc-staff-header.js';
import '../../counter/components/mc-staff-login.js';
import { minutesText, percentText } from '../board/board-format.js';
import { panelStyles } from '../board/board-styles.js';

/**
 * The province board: each center under the signed-in manager's province center side by side —
 * waiting now, today's average wait, 30-day on-time and same-day rates. It joins every child center's
 * room and re-reads the figures on their events: live, without polling.
 */
@customElement('mc-province-app')
export class McProvinceApp extends LitElement {
  @state() private _staff: StaffView | null = null;
  @state() private _view: ProvinceView | null = null;
  @state() private _error: string | null = null;
  private _feeds: CenterFeed[] = [];
  private readonly loader = new CoalescedLoader(() => this.load());

  static override styles = [
    panelStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        padding: 0;
        background: var(--mc-bg);
        border: 0;
        border-radius: 0;
      }
      main {
        padding: 16px;
      }
      table {
        font-size: 1.4rem;
      }
      td.num {
        font-size: 2rem;
        font-weight: 800;
      }
      a {
        color: var(--mc-primary);
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async onSignedIn(staff: StaffView): Promise<void> {
    this._staff = staff;
    await this.loader.refresh();
    for (const c of this._view?.centers ?? []) {
      this._feeds.push(new CenterFeed(this, c.center.id, { onTicketEvent: () => void this.loader.refresh(), onSnapshot: () => void this.loader.refresh() }));
    }
  }

  private async load(): Promise<void> {
    if (!this._staff) return;
    const res = await getProvince(this._staff.centerId);
    if ('error' in res) this._error = res.error.message;
    else this._view = res;
  }

  private async signOut(): Promise<void> {
    await logout();
    for (const feed of this._feeds) {
      feed.hostDisconnected();
      this.removeController(feed);
    }
    this._feeds = [];
    this._staff = null;
    this._view = null;
  }

  override updated(): void {
    document.title = `${t('board.province.title')} — ${t('app.name')}`;
  }

  override render() {
    const staff = this._staff;
    if (!staff) {
      return html`<mc-staff-login permission="reports:read" heading=${t('board.province.title')} audience=${t('board.audience')}
        @signed-in=${(e: CustomEvent<StaffView>) => void this.onSignedIn(e.detail)}></mc-staff-login>`;
    }
    const view = this._view;
    // Only a link that was up and went down counts as lost.
    const connected = this._feeds.every((f) => f.connected || f.snapshot === null);
    return html`
      <mc-connection-status ?connected=${connected}></mc-connection-status>
      <mc-staff-header heading=${t('board.province.title')}
        subheading=${view ? localName({ nameVi: view.province.name, nameEn: view.province.nameEn }) : ''}
        .staff=${staff} @sign-out=${() => void this.signOut()}></mc-staff-header>
      <mc-error-alert testid="province-error" .message=${this._error} @dismiss=${() => (this._error = null)}></mc-error-alert>
      <main>
        ${!view
          ? html`<p role="status">${t('center.loading')}</p>`
          : view.centers.length === 0
            ? html`<p>${t('board.province.none')}</p>`
            : html`<table data-testid="province-table">
                <thead>
                  <tr>
                    <th>${t('board.province.center')}</th>
                    <th class="num">${t('board.province.waiting')}</th>
                    <th class="num">${t('board.province.averageWait')}</th>
                    <th class="num">${t('board.province.onTime')}</th>
                    <th class="num">${t('board.province.sameDay')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${view.centers.map(
                    (c) => html`<tr data-testid="province-${c.center.id}">
                      <td>
                        ${localName({ nameVi: c.center.name, nameEn: c.center.nameEn })}<br />
                        <a href="/board?center=${encodeURIComponent(c.center.id)}">${t('board.province.open')}</a>
                      </td>
                      <td class="num" data-testid="province-waiting-${c.center.id}">${c.waiting}</td>
                      <td class="num">${minutesText(c.averageWaitMinutes)}</td>
                      <td class="num">${percentText(c.onTimeRate)}</td>
                      <td class="num">${percentText(c.sameDayRate)}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>`}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-province-app': McProvinceApp;
  }
}
