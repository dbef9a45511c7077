import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { FastTrackDay, StaffView } from '../../shared/types.js';
import '../../ui/components/mc-connection-status.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../components/coalesced-loader.js';
import { onReportedError } from '../components/events.js';
import '../components/mc-error-alert.js';
import '../components/mc-staff-header.js';
import '../components/mc-staff-login.js';
import { StaffSession } from '../components/staff-session.js';
import './mc-approval-list.js';
import './mc-fast-track-figures.js';

/**
 * The leader's screen for the fast lane: the dossiers appraised at the counters and waiting for a
 * signature, approved or refused in one press, and the day's figures. Reloaded on every dossier
 * step and ticket event, so a dossier appears the moment a clerk finishes appraising it.
 */
@customElement('mc-leader-app')
export class McLeaderApp extends LitElement {
  // A rejoin after a reconnect moves the session's revision, which reloads (see updated()).
  private readonly session = new StaffSession(this, { onFastTrackUpdated: () => void this.loader.refresh() });
  private readonly loader = new CoalescedLoader(() => this.load());
  @state() private _day: FastTrackDay | null = null;
  @state() private _error: string | null = null;
  private _seenRevision = -1;

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

  constructor() {
    super();
    new LangController(this);
    onReportedError(this, (message) => (this._error = message));
  }

  private async onSignedIn(staff: StaffView): Promise<void> {
    await this.session.signedIn(staff);
    this._error = this.session.loadError;
  }

  private async load(): Promise<void> {
    const staff = this.session.staff;
    if (!staff) return;
    const res = await fastTrackToday(staff.centerId);
    if ('error' in res) this._error = res.error.message;
    else this._day = res;
  }

  private async signOut(): Promise<void> {
    await this.session.signOut();
    this._day = null;
    this._error = null;
    this._seenRevision = -1;
  }

  override updated(): void {
    document.title = `${t('leader.title')} — ${t('app.name')}`;
    // Every ticket event (and every rejoin) moves the revision: a dossier may have moved on.
    if (this.session.catalog && this.session.revision !== this._seenRevision) {
      this._seenRevision = this.session.revision;
      void this.loader.refresh();
    }
  }

  override render() {
    const { staff, catalog } = this.session;
    if (!staff) {
      return html`<mc-staff-login
        permission="fast-track:approve"
        heading=${t('leader.title')}
        audience=${t('leader.audience')}
        @signed-in=${(e: CustomEvent<StaffView>) => void this.onSignedIn(e.detail)}
      ></mc-staff-login>`;
    }
    const day = this._day;
    return html`
      <mc-connection-status ?connected=${this.session.connected}></mc-connection-status>
      <mc-staff-header
        heading=${t('leader.title')}
        subheading=${catalog ? localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) : ''}
        .staff=${staff}
        @sign-out=${() => void this.signOut()}
      ></mc-staff-header>
      <mc-error-alert testid="leader-error" .message=${this._error} @dismiss=${() => (this._error = null)}></mc-error-alert>
      ${catalog && day
        ? html`<main>
            <mc-approval-list .dossiers=${day.awaitingApproval} .catalog=${catalog}
              @dossier-changed=${() => void this.loader.refresh()}></mc-approval-list>
            <mc-fast-track-figures .day=${day}></mc-fast-track-figures>
          </main>`
        : html`<p class="loading" role="status">${t('center.loading')}</p>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-leader-app': McLeaderApp;
  }
}
