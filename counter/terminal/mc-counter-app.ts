import { LitElement, css, html } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import type { CounterView, StaffView } from '../../shared/types.js';
import { closeCounter, openCounter } from '../../ui/data/counters.js';
import type { McEvent } from '../../ui/events.js';
import { t } from '../../ui/i18n/lang.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
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
  private readonly shell = new StaffShell(this, {
    permission: 'counter:operate',
    heading: () => this.heading(),
    errorTestid: 'counter-error',
    session: this.session,
    signedIn: (staff) => this.returnToCounter(staff),
    beforeSignOut: () => this.closeBeforeSignOut(),
  });
  @query('mc-counter-terminal') private _terminal?: McCounterTerminal;
  /** The counter this screen works, as opened. */
  @state() private _counter: CounterView | null = null;

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

  /** Back at the counter this browser worked before (a reload, a sign-in again). */
  private async returnToCounter(staff: StaffView): Promise<void> {
    const remembered = rememberedCounter(staff.centerId);
    if (remembered === null) return;
    const res = await openCounter(remembered);
    if ('error' in res) {
      this.shell.error = res.error.message;
      rememberCounter(staff.centerId, null);
    } else {
      this._counter = res;
    }
  }

  private leaveCounter(message: string | null): void {
    if (this.session.staff) rememberCounter(this.session.staff.centerId, null);
    this._counter = null;
    this.shell.error = message;
  }

  /** Signing out closes the counter first, unless a citizen is still at it (then staff must finish first). */
  private async closeBeforeSignOut(): Promise<boolean> {
    if (!this._counter) return true;
    const res = await closeCounter(this._counter.id);
    if ('error' in res && res.error.code === 'counter-busy') {
      this.shell.error = res.error.message;
      return false;
    }
    this.leaveCounter(null);
    return true;
  }

  private heading(): string {
    return this._counter ? t('ticket.counter', { number: this._counter.number }) : t('counter.title');
  }

  override render() {
    const live = this.session.counters.find((c) => c.id === this._counter?.id);
    return this.shell.render(
      () => html`<main>${this.renderMain()}</main>`,
      live ? html`<span class="status ${live.status}" data-testid="counter-status">${counterStatusLabel(live)}</span>` : '',
    );
  }

  private renderMain() {
    const { staff, catalog } = this.session;
    if (!catalog) return html`<p class="loading" role="status">${t('center.loading')}</p>`;
    if (!this._counter) {
      return html`<mc-counter-picker
        .catalog=${catalog}
        .counters=${this.session.counters}
        @mc-counter-opened=${(e: McEvent<'mc-counter-opened'>) => {
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
      @mc-counter-closed=${() => this.leaveCounter(null)}
      @mc-counter-lost=${(e: McEvent<'mc-counter-lost'>) => this.leaveCounter(t('counter.lost', { number: e.detail.number }))}
    ></mc-counter-terminal>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-app': McCounterApp;
  }
}
