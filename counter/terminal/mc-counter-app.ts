import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CounterView, StaffView } from '../../shared/types.js';
import '../../ui/components/mc-connection-status.js';
import { closeCounter, openCounter } from '../../ui/data/counters.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import '../components/mc-error-alert.js';
import '../components/mc-staff-header.js';
import '../components/mc-staff-login.js';
import { onReportedError } from '../components/events.js';
import { StaffSession } from '../components/staff-session.js';
import { rememberCounter, rememberedCounter } from './chosen-counter.js';
import { counterStatusLabel } from './counter-status.js';
import './mc-counter-picker.js';
import './mc-counter-terminal.js';
import type { McCounterTerminal } from './mc-counter-terminal.js';

/** The counter terminal page: sign in, choose (or return to) a counter, work it. */
@customElement('mc-counter-app')
export class McCounterApp extends LitElement {
  // The page's one socket: fast-track steps go on to the terminal at work.
  private readonly session = new StaffSession(this, {
    onFastTrackUpdated: (dossier) => this._terminal?.dossierUpdated(dossier),
    onSnapshot: () => this._terminal?.rejoined(),
  });
  @query('mc-counter-terminal') private _terminal?: McCounterTerminal;
  /** The counter this screen works, as opened. */
  @state() private _counter: CounterView | null = null;
  @state() private _error: string | null = null;
  @state() private _restoring = false;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      overflow: hidden;
    }
    main {
      flex: 1;
      min-height: 0;
    }
    .status {
      padding: 6px 14px;
      font-size: 1.1rem;
      font-weight: 700;
      color: var(--mc-fg);
      background: #fff;
      border-radius: 8px;
    }
    .status.paused {
      color: #fff;
      background: var(--mc-warn);
      outline: 2px solid #fff;
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
    this._restoring = true;
    await this.session.signedIn(staff);
    this._error = this.session.loadError;
    const remembered = rememberedCounter(staff.centerId);
    if (remembered !== null && this.session.catalog) {
      const res = await openCounter(remembered);
      if ('error' in res) {
        this._error = res.error.message;
        rememberCounter(staff.centerId, null);
      } else {
        this._counter = res;
      }
    }
    this._restoring = false;
  }

  private leaveCounter(message: string | null): void {
    if (this.session.staff) rememberCounter(this.session.staff.centerId, null);
    this._counter = null;
    this._error = message;
  }

  /** Signing out closes the counter first, unless a citizen is still at it (then staff must finish first). */
  private async signOut(): Promise<void> {
    if (this._counter) {
      const res = await closeCounter(this._counter.id);
      if ('error' in res && res.error.code === 'counter-busy') {
        this._error = res.error.message;
        return;
      }
      this.leaveCounter(null);
    }
    await this.session.signOut();
    this._error = null;
  }

  override updated(): void {
    document.title = `${this.heading()} — ${t('app.name')}`;
  }

  private heading(): string {
    return this._counter ? t('ticket.counter', { number: this._counter.number }) : t('counter.title');
  }

  override render() {
    const { staff, catalog } = this.session;
    if (!staff) {
      return html`<mc-staff-login
        permission="counter:operate"
        heading=${t('counter.title')}
        @signed-in=${(e: CustomEvent<StaffView>) => void this.onSignedIn(e.detail)}
      ></mc-staff-login>`;
    }
    const live = this.session.counters.find((c) => c.id === this._counter?.id);
    return html`
      <mc-connection-status ?connected=${this.session.connected}></mc-connection-status>
      <mc-staff-header
        heading=${this.heading()}
        subheading=${catalog ? localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) : ''}
        .staff=${staff}
        @sign-out=${() => void this.signOut()}
      >
        ${live ? html`<span class="status ${live.status}" data-testid="counter-status">${counterStatusLabel(live)}</span>` : ''}
      </mc-staff-header>
      <mc-error-alert testid="counter-error" .message=${this._error} @dismiss=${() => (this._error = null)}></mc-error-alert>
      <main>${this.renderMain()}</main>
    `;
  }

  private renderMain() {
    const { staff, catalog } = this.session;
    if (this._restoring || !catalog) return html`<p class="loading" role="status">${t('center.loading')}</p>`;
    if (!this._counter) {
      return html`<mc-counter-picker
        .catalog=${catalog}
        .counters=${this.session.counters}
        @counter-opened=${(e: CustomEvent<CounterView>) => {
          rememberCounter(catalog.center.id, e.detail.id);
          this._counter = e.detail;
        }}
      ></mc-counter-picker>`;
    }
    return html`<mc-counter-terminal
      .catalog=${catalog}
      .staff=${staff}
      .counter=${this._counter}
      .counters=${this.session.counters}
      .revision=${this.session.revision}
      .serverOffset=${this.session.serverOffset}
      @counter-closed=${() => this.leaveCounter(null)}
      @counter-lost=${(e: CustomEvent<CounterView>) => this.leaveCounter(t('counter.lost', { number: e.detail.number }))}
    ></mc-counter-terminal>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-app': McCounterApp;
  }
}
