import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { IssuedTicket } from '../../shared/types.js';
import '../../ui/components/mc-ticket-slip.js';
import type { McEvent } from '../../ui/events.js';
import { t } from '../../ui/i18n/lang.js';
import { printSlip } from '../../ui/print-slip.js';
import { StaffSession } from '../../ui/staff/staff-session.js';
import { StaffShell } from '../../ui/staff/staff-shell.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-dossier-lookup.js';
import './mc-reception-booking.js';
import './mc-result-return.js';
import './mc-today-tickets.js';
import './mc-visit-form.js';

/**
 * The reception desk page: issue tickets for citizens (several procedures per visit), reprint,
 * cancel; hand over results promised on appointment slips; find a dossier by its code; book a slot
 * for a citizen.
 */
@customElement('mc-reception-app')
export class McReceptionApp extends LitElement {
  private readonly session = new StaffSession(this);
  private readonly shell = new StaffShell(this, {
    permission: 'reception:assist',
    heading: () => t('reception.title'),
    errorTestid: 'reception-error',
    session: this.session,
    signedOut: () => (this._slip = null),
  });
  /** The slip on show: just issued, or reprinted. */
  @state() private _slip: { issued: IssuedTicket; reprint: boolean } | null = null;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
      }
      .desk {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 340px;
        gap: 16px;
        padding: 12px 16px;
      }
      /* Tall enough for a long procedure list, short enough that today's list starts on screen. */
      mc-visit-form {
        height: calc(100vh - 150px);
        min-height: 480px;
      }
      /* As tall as the slip it shows, never cut off inside (the page scrolls instead). */
      .slip {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 8px;
        padding: 10px;
        background: var(--mc-surface);
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      .hint {
        margin: auto 12px;
        font-size: 1.1rem;
        text-align: center;
        color: var(--mc-muted);
      }
      /* The number and the print button side by side, so the slip under them fits a 768 px screen. */
      .issued {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-around;
        gap: 8px 16px;
        width: 100%;
        text-align: center;
      }
      .slip h2 {
        margin: 0;
        font-size: 1.15rem;
      }
      .issued-number {
        font-size: 3.2rem;
        font-weight: 800;
        line-height: 1;
        color: var(--mc-primary);
      }
      mc-ticket-slip {
        border: 1px solid #999;
      }
      .services {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 16px;
        align-items: start;
        padding: 4px 16px 8px;
      }
      .results {
        display: grid;
        gap: 16px;
      }
      mc-today-tickets {
        padding: 8px 16px 24px;
      }
    `,
  ];

  private show(issued: IssuedTicket, reprint: boolean): void {
    this._slip = { issued, reprint };
    if (this.session.catalog) printSlip(issued, this.session.catalog);
  }

  override render() {
    return this.shell.render(() => this.renderMain());
  }

  private renderMain() {
    const { catalog } = this.session;
    return catalog
      ? html`
          <div class="desk">
            <mc-visit-form
              .catalog=${catalog}
              @mc-ticket-issued=${(e: McEvent<'mc-ticket-issued'>) => this.show(e.detail, false)}
            ></mc-visit-form>
            <section class="slip" aria-live="polite">${this.renderSlip()}</section>
          </div>
          <div class="services">
            <div class="results">
              <mc-result-return .catalog=${catalog} .revision=${this.session.revision}></mc-result-return>
              <mc-dossier-lookup .catalog=${catalog}></mc-dossier-lookup>
            </div>
            <mc-reception-booking .catalog=${catalog}></mc-reception-booking>
          </div>
          <mc-today-tickets
            .catalog=${catalog}
            .revision=${this.session.revision}
            @mc-slip-ready=${(e: McEvent<'mc-slip-ready'>) => this.show(e.detail, true)}
          ></mc-today-tickets>
        `
      : html`<p role="status">${t('center.loading')}</p>`;
  }

  private renderSlip() {
    const slip = this._slip;
    const catalog = this.session.catalog;
    if (!slip || !catalog) return html`<p class="hint">${t('reception.slipHint')}</p>`;
    return html`
      <div class="issued">
        <div>
          <h2>${slip.reprint ? t('reception.reprinted') : t('reception.issued')}</h2>
          <div class="issued-number" data-testid="issued-number">${slip.issued.ticket.number}</div>
        </div>
        <button type="button" class="primary" data-testid="print-slip" @click=${() => printSlip(slip.issued, catalog)}>
          ${t('action.print')}
        </button>
      </div>
      <mc-ticket-slip .issued=${slip.issued} .catalog=${catalog}></mc-ticket-slip>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-reception-app': McReceptionApp;
  }
}
