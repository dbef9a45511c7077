import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { IndicatorFigures, IndicatorsView, ProvinceView } from '../../shared/types.js';
import { CenterFeed } from '../../ui/center-feed.js';
import { getProvince } from '../../ui/data/board.js';
import { recentIndicators } from '../../ui/data/indicators.js';
import { formatPercent } from '../../ui/format.js';
import { localName, t } from '../../ui/i18n/lang.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import { minutesText, percentText, workingDaysText } from '../../ui/figure-text.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

/**
 * The province board: each center under the signed-in manager's province center side by side —
 * waiting now, today's average wait, 30-day on-time and same-day rates. It joins every child center's
 * room and re-reads the figures on their events: live, without polling.
 */
@customElement('mc-province-app')
export class McProvinceApp extends LitElement {
  private readonly shell = new StaffShell(this, {
    permission: 'reports:read',
    heading: () => t('board.province.title'),
    audience: () => t('board.audience'),
    errorTestid: 'province-error',
    load: (centerId) => this.load(centerId),
    signedIn: () => this.follow(),
    signedOut: () => this.unfollow(),
    subheading: () => (this._view ? localName({ nameVi: this._view.province.name, nameEn: this._view.province.nameEn }) : ''),
    // Only a link that was up and went down counts as lost.
    connected: () => this._feeds.every((f) => f.connected || f.snapshot === null),
  });
  @state() private _view: ProvinceView | null = null;
  @state() private _indicators: IndicatorsView | null = null;
  private _feeds: CenterFeed[] = [];

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
      h2 {
        margin: 24px 0 8px;
      }
      .indicators td.num {
        font-size: 1.6rem;
      }
      .indicators tfoot td {
        font-weight: 800;
        border-top: 2px solid var(--mc-border);
      }
      .below {
        color: var(--mc-accent);
      }
    `,
  ];

  /** Reads the figures, then joins every child center's room to re-read them on its events. */
  private async follow(): Promise<void> {
    await this.shell.reload();
    const reload = () => void this.shell.reload();
    for (const c of this._view?.centers ?? []) {
      this._feeds.push(new CenterFeed(this, c.center.id, { onTicketEvent: reload, onSnapshot: reload }));
    }
  }

  private unfollow(): void {
    for (const feed of this._feeds) {
      feed.hostDisconnected();
      this.removeController(feed);
    }
    this._feeds = [];
    this._view = null;
  }

  private async load(centerId: string): Promise<void> {
    const res = await getProvince(centerId);
    if ('error' in res) {
      this.shell.error = res.error.message;
      return;
    }
    this._view = res;
    const today = localDate(res.serverTime, res.province.timezone);
    const indicators = await recentIndicators(centerId, today);
    this._indicators = 'error' in indicators ? null : indicators;
  }

  override render() {
    return this.shell.render(() => this.renderMain());
  }

  /** The province center and each ward side by side, and all together (shared/rules/province-indicators.ts). */
  private renderIndicators() {
    const view = this._indicators;
    if (!view) return '';
    const cells = (f: IndicatorFigures, key: string) => html`
      <td class="num" data-testid="province-indicators-dossiers-${key}">${f.dossiers}</td>
      <td class="num">${percentText(f.earlyOrOnTimeRate)}</td>
      <td class="num">${workingDaysText(f.averageProcessingDays)}</td>
      <td class="num ${f.meetsThreshold === false ? 'below' : ''}" data-testid="province-indicators-satisfaction-${key}">
        ${percentText(f.satisfactionScore)}${f.meetsThreshold === false ? html`<br /><small>${t('board.indicators.below')}</small>` : ''}
      </td>
      <td class="num">${percentText(f.ratedShare)}</td>
      <td class="num">${percentText(f.onlineHelpShare)}</td>
      <td class="num" data-testid="province-indicators-digitised-${key}">${percentText(f.digitisedShare)}</td>
    `;
    return html`
      <h2>${t('board.province.indicators')}</h2>
      <table class="indicators" data-testid="province-indicators">
        <thead>
          <tr>
            <th>${t('board.province.center')}</th>
            <th class="num">${t('board.indicators.received')}</th>
            <th class="num">${t('board.indicators.onTime')}</th>
            <th class="num">${t('board.indicators.processing')}</th>
            <th class="num">
              ${t('board.indicators.satisfaction')}<br />${t('board.indicators.threshold', { threshold: formatPercent(view.threshold) })}
            </th>
            <th class="num">${t('board.indicators.rated')}</th>
            <th class="num">${t('board.indicators.online')}</th>
            <th class="num">${t('board.indicators.digitised')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.centers.map(
            (c) =>
              html`<tr>
                <td>${localName({ nameVi: c.center.name, nameEn: c.center.nameEn })}</td>
                ${cells(c.figures, c.center.id)}
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <td>${t('board.province.total')}</td>
            ${cells(view.total, 'total')}
          </tr>
        </tfoot>
      </table>
    `;
  }

  private renderMain() {
    const view = this._view;
    return html`
      <main>
        ${
          !view
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
                        (c) =>
                          html`<tr data-testid="province-${c.center.id}">
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
                  </table>
                  ${this.renderIndicators()}`
        }
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-province-app': McProvinceApp;
  }
}
