import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogView, TicketView } from '../../shared/types.js';
import { formatTime, minutesBetween } from '../../ui/format.js';
import { LangController, localName, plural, t } from '../../ui/i18n/lang.js';
import { ClockController } from '../../ui/staff/clock-controller.js';
import { sentOnBadge } from '../components/sent-on-badge.js';
import { laneBadge, laneBadgeStyles } from '../components/lane-badge.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/** The ticket at the counter, readable from a metre away: number, who, what for, how long. */
@customElement('mc-current-ticket')
export class McCurrentTicket extends LitElement {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  private readonly clock = new ClockController(this);

  static override styles = [
    staffStyles,
    laneBadgeStyles,
    css`
      :host {
        display: block;
        padding: 14px 22px;
        background: var(--mc-surface);
        border: 3px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
      h2 {
        margin: 0;
        font-size: 1.1rem;
        color: var(--mc-muted);
      }
      .ticket {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 4px 28px;
        align-items: start;
      }
      .number {
        font-size: 6.5rem;
        font-weight: 800;
        line-height: 1;
        letter-spacing: 2px;
        color: var(--mc-primary);
        font-variant-numeric: tabular-nums;
      }
      .state {
        display: inline-block;
        margin-top: 8px;
        padding: 4px 14px;
        font-size: 1.2rem;
        font-weight: 700;
        color: #fff;
        background: var(--mc-accent);
        border-radius: 8px;
      }
      .state.serving {
        background: var(--mc-ok);
      }
      .details {
        display: grid;
        gap: 6px;
        min-width: 0;
        font-size: 1.15rem;
      }
      .badges {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
      }
      .transferred {
        padding: 2px 10px;
        font-weight: 700;
        border: 2px solid var(--mc-fg);
        border-radius: 8px;
      }
      .done-line {
        color: var(--mc-muted);
      }
      .field {
        font-size: 1.35rem;
        font-weight: 700;
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
      }
      .times {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 20px;
        font-weight: 700;
        color: var(--mc-muted);
      }
      .none {
        margin: 12px 0;
        font-size: 1.3rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const { ticket, catalog } = this;
    return html`
      <h2>${t('counter.current.title')}</h2>
      <div data-testid="current-ticket">
        ${ticket && catalog ? this.renderTicket(ticket, catalog) : html`<p class="none">${t('counter.current.none')}</p>`}
      </div>
    `;
  }

  private renderTicket(ticket: TicketView, catalog: CatalogView) {
    const field = catalog.fields.find((f) => f.id === ticket.fieldId);
    const now = this.clock.now;
    return html`
      <div class="ticket">
        <div>
          <div class="number">${ticket.number}</div>
          <div class="state ${ticket.state}">${t(`state.${ticket.state}`)}</div>
        </div>
        <div class="details">
          <div class="badges">
            ${laneBadge(ticket, catalog.center.timezone)}
            ${ticket.priority ? html`<span class="priority">${t('priority.label')}: ${t(`priority.${ticket.priority}`)}</span>` : ''}
            ${sentOnBadge(ticket)}
          </div>
          <div class="field">${field ? `${field.prefix} · ${localName(field)}` : ''}</div>
          <ul aria-label=${t('ticket.procedures')}>
            ${ticket.procedures.map((p) => {
              const procedure = catalog.procedures.find((x) => x.id === p.procedureId);
              // A part of the visit done at an earlier counter.
              return p.outcome
                ? html`<li class="done-line">${procedure ? localName(procedure) : ''} — ${t(`outcome.${p.outcome}`)}</li>`
                : html`<li>${procedure ? localName(procedure) : ''}</li>`;
            })}
          </ul>
          <div class="times">
            ${ticket.calledAt ? html`<span>${t('counter.current.waited', { minutes: minutesBetween(ticket.issuedAt, ticket.calledAt) })}</span>` : ''}
            ${
              ticket.state === 'called' && ticket.calledAt
                ? html`<span>${t('counter.current.calledAgo', { time: formatTime(ticket.calledAt, catalog.center.timezone) })}</span>`
                : ''
            }
            ${ticket.startedAt ? html`<span>${t('counter.current.servingFor', { minutes: minutesBetween(ticket.startedAt, now) })}</span>` : ''}
            ${ticket.recallCount > 0 ? html`<span>${plural('counter.current.recalls', ticket.recallCount)}</span>` : ''}
          </div>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-current-ticket': McCurrentTicket;
  }
}
