import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { FastTrackDay, IndicatorsView } from '../../shared/types.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { recentIndicators } from '../../ui/data/indicators.js';
import { t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../../ui/staff/coalesced-loader.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import '../../ui/components/mc-indicators-panel.js';
import './mc-approval-list.js';
import './mc-fast-track-figures.js';

/** The indicators are read again at most this often. */
const INDICATORS_EVERY_MS = 5_000;

/**
 * The leader's screen for the fast lane: the dossiers appraised at the counters and waiting for a
 * signature, approved or refused in one press, the day's figures, and the province's indicators of
 * the last 30 days (the manager board's panel: a leader answers for them too). Reloaded on every
 * dossier step and ticket event, so a dossier appears the moment a clerk finishes appraising it; the
 * indicators, thirty days' figures read over every dossier, apart and at most every few seconds.
 */
@customElement('mc-leader-app')
export class McLeaderApp extends LitElement {
  private readonly session = new StaffSession(this, { onFastTrackUpdated: () => void this.shell.reload() });
  // Every ticket event (and every rejoin after a reconnect) reloads: a dossier may have moved on.
  private readonly shell = new StaffShell(this, {
    permission: 'fast-track:approve',
    heading: () => t('leader.title'),
    audience: () => t('leader.audience'),
    errorTestid: 'leader-error',
    session: this.session,
    load: (centerId) => this.load(centerId),
    reloadOnTicketEvents: true,
    signedOut: () => {
      this._day = null;
      this._indicators = null;
    },
  });
  @state() private _day: FastTrackDay | null = null;
  @state() private _indicators: IndicatorsView | null = null;
  // One read at a time, and none sooner than INDICATORS_EVERY_MS after the last: a reload meanwhile
  // is read once when that is up, so what the last event of a burst changed is shown too.
  private readonly indicators = new CoalescedLoader(async () => {
    const centerId = this.shell.centerId;
    const day = this._day;
    if (!centerId || !day) return;
    const res = await recentIndicators(centerId, day.date);
    // Not after a sign-out or for another center; a failed read leaves the panel out.
    if (this.shell.staff && this.shell.centerId === centerId) this._indicators = 'error' in res ? null : res;
    await new Promise((done) => setTimeout(done, INDICATORS_EVERY_MS));
  });

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
    }
    main {
      display: grid;
      gap: 16px;
      padding: 12px 16px 24px;
    }
    .loading {
      padding: 24px;
      font-size: 1.3rem;
    }
  `;

  private async load(centerId: string): Promise<void> {
    const res = await fastTrackToday(centerId);
    if ('error' in res) {
      this.shell.error = res.error.message;
      this._indicators = null;
      return;
    }
    this._day = res;
    void this.indicators.refresh();
  }

  override render() {
    return this.shell.render(() => this.renderMain());
  }

  private renderMain() {
    const { catalog } = this.session;
    const day = this._day;
    return catalog && day
      ? html`<main>
          <mc-approval-list
            .dossiers=${day.awaitingApproval}
            .catalog=${catalog}
            @mc-dossier-changed=${() => void this.shell.reload()}
          ></mc-approval-list>
          <mc-fast-track-figures .day=${day}></mc-fast-track-figures>
          ${this.renderIndicators()}
        </main>`
      : html`<p class="loading" role="status">${t('center.loading')}</p>`;
  }

  private renderIndicators() {
    const view = this._indicators;
    return view
      ? html`<mc-indicators-panel data-testid="leader-indicators" .centerId=${this.shell.centerId} .view=${view}></mc-indicators-panel>`
      : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-leader-app': McLeaderApp;
  }
}
