import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { FastTrackDay } from '../../shared/types.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { t } from '../../ui/i18n/lang.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import './mc-approval-list.js';
import './mc-fast-track-figures.js';

/**
 * The leader's screen for the fast lane: the dossiers appraised at the counters and waiting for a
 * signature, approved or refused in one press, and the day's figures. Reloaded on every dossier
 * step and ticket event, so a dossier appears the moment a clerk finishes appraising it.
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
    signedOut: () => (this._day = null),
  });
  @state() private _day: FastTrackDay | null = null;

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
    if ('error' in res) this.shell.error = res.error.message;
    else this._day = res;
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
        </main>`
      : html`<p class="loading" role="status">${t('center.loading')}</p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-leader-app': McLeaderApp;
  }
}
