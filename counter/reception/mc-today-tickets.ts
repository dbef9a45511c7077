import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogView, IssuedTicket, TicketView } from '../../shared/types.js';
import { cancelTicket, ticketSlip, todaysTickets } from '../../ui/data/tickets.js';
import { formatTime } from '../../ui/format.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../../ui/staff/coalesced-loader.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * Today's tickets, newest first, reloaded whenever the feed reports a ticket event. Reprint fetches
 * the slip again (`mc-slip-ready`); cancel withdraws a waiting ticket after a second, explicit click.
 *
 * @fires mc-slip-ready - a reprinted slip, fetched again
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-today-tickets')
export class McTodayTickets extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** Moves on every ticket event of the center. */
  @property({ type: Number }) revision = 0;
  @state() private _tickets: TicketView[] = [];
  /** The ticket whose cancel waits for confirmation. */
  @state() private _confirming: number | null = null;
  /** The number of the ticket just cancelled, confirmed under the heading. */
  @state() private _cancelled: string | null = null;
  private readonly loader = new CoalescedLoader(() => this.load());

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 8px;
        font-size: 1.3rem;
      }
      .notice {
        margin: 0 0 8px;
        font-weight: 700;
        color: var(--mc-ok);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 1.05rem;
      }
      th,
      td {
        padding: 6px 10px;
        text-align: left;
        border-bottom: 1px solid #c4cad2;
      }
      thead th {
        position: sticky;
        top: 0;
        background: var(--mc-surface);
      }
      .number {
        font-size: 1.4rem;
        font-weight: 800;
      }
      .state {
        display: inline-block;
        padding: 2px 10px;
        font-weight: 700;
        border: 2px solid currentColor;
        border-radius: 8px;
      }
      .state.called,
      .state.serving {
        color: var(--mc-ok);
      }
      .state.no-show,
      .state.cancelled {
        color: var(--mc-muted);
        border-style: dashed;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
      }
      .actions button {
        min-height: 44px;
        padding: 4px 14px;
      }
      .empty {
        font-size: 1.1rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('revision') || changed.has('catalog')) void this.loader.refresh();
  }

  private async load(): Promise<void> {
    if (!this.catalog) return;
    const res = await todaysTickets(this.catalog.center.id);
    if ('error' in res) reportError(this, res.error.message);
    else this._tickets = res.tickets;
  }

  private async reprint(ticket: TicketView): Promise<void> {
    const res = await ticketSlip(ticket.id);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    fire(this, 'mc-slip-ready', res);
  }

  /** Asks (or stops asking) to confirm a cancel, keeping the keyboard on the button that replaces the one pressed. */
  private async confirmCancel(ticketId: number | null, focusTestid: string): Promise<void> {
    this._confirming = ticketId;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-testid="${focusTestid}"]`)?.focus();
  }

  private async cancel(ticket: TicketView): Promise<void> {
    this._confirming = null;
    const res = await cancelTicket(ticket.id);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._cancelled = ticket.number;
    void this.loader.refresh();
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    return html`
      <h2 id="today-title">${t('reception.today.title')}</h2>
      <p class="notice" role="status">${this._cancelled ? t('reception.cancelled', { number: this._cancelled }) : ''}</p>
      ${this._tickets.length === 0 ? html`<p class="empty">${t('reception.today.empty')}</p>` : ''}
      <table data-testid="today-list" aria-labelledby="today-title" ?hidden=${this._tickets.length === 0}>
        <thead>
          <tr>
            <th scope="col">${t('ticket.number')}</th>
            <th scope="col">${t('reception.today.state')}</th>
            <th scope="col">${t('ticket.issuedAt')}</th>
            <th scope="col">${t('ticket.field')}</th>
            <th scope="col">${t('ticket.procedures')}</th>
            <th scope="col">${t('priority.label')}</th>
            <th scope="col">${t('reception.today.counter')}</th>
            <th scope="col">${t('reception.today.source')}</th>
            <th scope="col">${t('reception.today.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${this._tickets.map((ticket) => this.renderRow(ticket, catalog))}
        </tbody>
      </table>
    `;
  }

  private renderRow(ticket: TicketView, catalog: CatalogView) {
    const field = catalog.fields.find((f) => f.id === ticket.fieldId);
    return html`<tr data-testid="today-row-${ticket.number}">
      <td class="number">${ticket.number}</td>
      <td><span class="state ${ticket.state}">${t(`state.${ticket.state}`)}</span></td>
      <td>${formatTime(ticket.issuedAt, catalog.center.timezone)}</td>
      <td>${field ? localName(field) : ''}</td>
      <td>${ticket.procedures.length}</td>
      <td>${ticket.priority ? t(`priority.${ticket.priority}`) : '—'}</td>
      <td>${ticket.counterNumber ?? '—'}</td>
      <td>${t(`reception.source.${ticket.source}`)}</td>
      <td>
        <div class="actions">
          ${
            this._confirming === ticket.id
              ? html`<span>${t('reception.cancelAsk', { number: ticket.number })}</span>
                  <button type="button" class="danger" data-testid="cancel-confirm-${ticket.number}" @click=${() => this.cancel(ticket)}>
                    ${t('reception.cancelYes')}
                  </button>
                  <button type="button" @click=${() => this.confirmCancel(null, `cancel-${ticket.number}`)}>
                    ${t('reception.cancelNo')}
                  </button>`
              : html`<button
                    type="button"
                    data-testid="reprint-${ticket.number}"
                    aria-label=${t('reception.reprintLabel', { number: ticket.number })}
                    @click=${() => this.reprint(ticket)}
                  >
                    ${t('reception.reprint')}
                  </button>
                  ${
                    ticket.state === 'waiting'
                      ? html`<button
                          type="button"
                          class="danger"
                          data-testid="cancel-${ticket.number}"
                          aria-label=${t('reception.cancelLabel', { number: ticket.number })}
                          @click=${() => this.confirmCancel(ticket.id, `cancel-confirm-${ticket.number}`)}
                        >
                          ${t('reception.cancel')}
                        </button>`
                      : ''
                  }`
          }
        </div>
      </td>
    </tr>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-today-tickets': McTodayTickets;
  }
  interface HTMLElementEventMap {
    'mc-slip-ready': CustomEvent<IssuedTicket>;
  }
}
