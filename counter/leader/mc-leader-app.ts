import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { FastTrackDay, IndicatorsView } from '../../shared/types.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { recentIndicators } from '../../ui/data/indicators.js';
import { t } from '../../ui/i18n/lang.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import '../../display/board/mc-board-indicators.js';
import './mc-approval-list.js';
import './mc-fast-track-figures.js';

/**
 * The leader's screen for the fast lane: the dossiers appraised at the counters and waiting for a
 * signature, approved or refused in one press, the day's figures, and the province's indicators of
 * the last 30 days (the manager board's panel: a leader answers for them too). Reloaded on every
 * dossier step and ticket event, so a dossier appears the moment a clerk finishes appraising it.
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
      return;
    }
    this._day = res;
    const indicators = await recentIndicators(centerId, res.date);
    // A leader of another center's province may be refused them: the panel is left out.
    this._indicators = 'error' in indicators ? null : indicators;
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
      ? html`<mc-board-indicators
          data-testid="leader-indicators"
          .centerId=${this.shell.centerId}
          .from=${view.from}
          .to=${view.to}
          .threshold=${view.threshold}
          .figures=${view.centers[0]?.figures ?? null}
        ></mc-board-indicators>`
      : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-leader-app': McLeaderApp;
  }
}
