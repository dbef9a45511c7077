import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogView, TicketView } from '../../shared/types.js';
import { minutesBetween } from '../../ui/format.js';
import { LangController, localName, plural, t } from '../../ui/i18n/lang.js';
import { ClockController } from '../../ui/staff/clock-controller.js';
import { fire } from '../../ui/events.js';
import { sentOnBadge } from '../components/sent-on-badge.js';
import { laneBadge, laneBadgeStyles } from '../components/lane-badge.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * The counter's queue in the exact order Call next takes it; each row can be called out of turn
 * (`mc-call-ticket`). Citizens who checked in early for a booked slot come last, under their own
 * heading: Call next takes them from their slot's start, and calling one sooner is possible but
 * not the usual choice, so their Call button is a quieter one.
 *
 * @fires mc-call-ticket - the ticket to call out of turn
 */
@customElement('mc-counter-queue')
export class McCounterQueue extends LitElement {
  @property({ attribute: false }) tickets: TicketView[] = [];
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** False while a ticket is at the counter or the counter is paused. */
  @property({ type: Boolean }) canCall = false;
  /** Slots start by the server's clock. */
  private readonly clock = new ClockController(this);

  static override styles = [
    staffStyles,
    laneBadgeStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        min-height: 0;
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      header {
        display: flex;
        justify-content: space-between;
        align-items: baseline;
        padding: 10px 16px;
        background: var(--mc-surface);
        border-bottom: 2px solid var(--mc-border);
        border-radius: var(--mc-radius) var(--mc-radius) 0 0;
      }
      h2 {
        margin: 0;
        font-size: 1.25rem;
      }
      .count {
        font-size: 1.1rem;
        font-weight: 700;
      }
      .lists {
        flex: 1;
        overflow-y: auto;
      }
      ol {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      h3 {
        margin: 0;
        padding: 10px 16px 6px;
        font-size: 1rem;
        color: var(--mc-muted);
        background: var(--mc-surface);
        border-bottom: 1px solid #c4cad2;
      }
      li {
        display: grid;
        grid-template-columns: 5.2em 1fr auto;
        gap: 2px 12px;
        align-items: center;
        padding: 8px 12px 8px 16px;
        border-bottom: 1px solid #c4cad2;
      }
      .number {
        font-size: 1.9rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .what {
        min-width: 0;
        font-size: 1rem;
      }
      .what .procedure {
        display: -webkit-box;
        overflow: hidden;
        font-weight: 700;
        -webkit-line-clamp: 2;
        -webkit-box-orient: vertical;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 10px;
        color: var(--mc-muted);
      }
      .priority,
      .lane {
        font-size: 0.9rem;
      }
      .transferred {
        font-weight: 700;
        color: var(--mc-fg);
      }
      button {
        min-width: 88px;
        font-size: 1.1rem;
      }
      button.secondary:enabled {
        min-height: 44px;
        font-weight: 600;
        border-width: 1px;
      }
      .empty {
        display: block;
        padding: 16px;
        font-size: 1.2rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  /** Now by the server's clock. */
  private get now(): number {
    return this.clock.now;
  }

  override render() {
    const now = this.now;
    const beforeSlot = (ticket: TicketView) => ticket.lane === 'booking' && ticket.notBefore !== null && ticket.notBefore > now;
    const due = this.tickets.filter((ticket) => !beforeSlot(ticket));
    const early = this.tickets.filter(beforeSlot);
    return html`
      <header>
        <h2 id="queue-title">${t('counter.queue.title')}</h2>
        <span class="count">${t('counter.queue.count', { count: this.tickets.length })}</span>
      </header>
      <div class="lists">
        <ol data-testid="queue" aria-labelledby="queue-title">
          ${due.length === 0 ? html`<li class="empty">${t('counter.queue.empty')}</li>` : ''}
          ${due.map((ticket) => this.renderRow(ticket, false))}
        </ol>
        ${
          early.length
            ? html`<h3 id="early-title">${t('counter.queue.early')}</h3>
                <ol data-testid="queue-early" aria-labelledby="early-title">
                  ${early.map((ticket) => this.renderRow(ticket, true))}
                </ol>`
            : ''
        }
      </div>
    `;
  }

  private renderRow(ticket: TicketView, early: boolean) {
    const catalog = this.catalog;
    const field = catalog?.fields.find((f) => f.id === ticket.fieldId);
    // A visit moved on shows what is left of it.
    const [first, ...rest] = ticket.procedures
      .filter((p) => p.outcome === null)
      .map((p) => catalog?.procedures.find((x) => x.id === p.procedureId));
    return html`
      <li data-testid="queue-row-${ticket.number}">
        <span class="number">${ticket.number}</span>
        <div class="what">
          <div class="procedure">${first ? localName(first) : field ? localName(field) : ''}</div>
          <div class="meta">
            ${catalog ? laneBadge(ticket, catalog.center.timezone, `lane-badge-${ticket.number}`) : ''}
            ${rest.length ? html`<span>${plural('counter.queue.more', rest.length)}</span>` : ''}
            <span>${t('counter.queue.minutes', { minutes: minutesBetween(ticket.issuedAt, this.now) })}</span>
            ${ticket.priority ? html`<span class="priority">${t(`priority.${ticket.priority}`)}</span>` : ''} ${sentOnBadge(ticket)}
          </div>
        </div>
        <button
          type="button"
          class=${early ? 'secondary' : ''}
          data-testid="call-${ticket.number}"
          aria-label=${t('counter.queue.callLabel', { number: ticket.number })}
          ?disabled=${!this.canCall}
          @click=${() => fire(this, 'mc-call-ticket', ticket)}
        >
          ${t('counter.queue.call')}
        </button>
      </li>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-queue': McCounterQueue;
  }
  interface HTMLElementEventMap {
    'mc-call-ticket': CustomEvent<TicketView>;
  }
}
