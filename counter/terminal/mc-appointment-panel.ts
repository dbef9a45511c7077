import { LitElement, css, html, type PropertyValues } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import type { AppointmentSlipView, CatalogView, TicketView } from '../../shared/types.js';
import { appointmentSlip } from '../../ui/data/tickets.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import '../components/mc-appointment-slip.js';
import { fire } from '../../ui/events.js';
import { offerAppointment, printAppointment } from '../components/print-appointment.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * After a finish with an appointment: the result dates the server set (its legal due date unless
 * staff chose one), Form 01 as it prints (read back from the server: the applicant, the codes, the
 * clerk), and Print; while the panel is shown Ctrl+P prints the slip. `mc-panel-close` goes back.
 *
 * @fires mc-panel-close - back to the terminal
 * @fires mc-error - the slip could not be read
 */
@customElement('mc-appointment-panel')
export class McAppointmentPanel extends LitElement {
  /** The ticket as the finish answered it. */
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @state() private _slip: AppointmentSlipView | null = null;
  private _withdraw: (() => void) | null = null;

  static override styles = [
    staffStyles,
    css`
      h2 {
        margin: 0 0 8px;
        font-size: 1.6rem;
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
        font-size: 1.2rem;
      }
      li + li {
        margin-top: 4px;
      }
      .due {
        font-weight: 800;
        color: var(--mc-primary);
      }
      .legal {
        display: block;
        font-size: 1rem;
        color: var(--mc-muted);
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 12px;
        margin: 14px 0;
      }
      .buttons button {
        min-height: 64px;
        font-size: 1.2rem;
      }
      mc-appointment-slip {
        margin: 0 auto;
        border: 1px solid #999;
        box-shadow: 0 2px 8px rgb(0 0 0 / 25%);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('ticket') && this.ticket) void this.load(this.ticket.id);
  }

  /** Form 01 as the server keeps it, shown and offered to Ctrl+P. */
  private async load(ticketId: number): Promise<void> {
    const res = await appointmentSlip(ticketId);
    if ('error' in res) return reportError(this, res.error.message);
    this._slip = res;
    this._withdraw?.();
    if (this.catalog) this._withdraw = offerAppointment(res, this.catalog);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('[data-testid=print-appointment]')?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._withdraw?.();
    this._withdraw = null;
  }

  override render() {
    const { ticket, catalog, _slip: slip } = this;
    if (!ticket || !catalog) return html``;
    return html`
      <h2>${t('counter.appointment.title', { number: ticket.number })}</h2>
      <ul data-testid="appointment-dates">
        ${ticket.procedures
          .filter((p) => p.outcome === 'appointment')
          .map((p) => {
            const procedure = catalog.procedures.find((x) => x.id === p.procedureId);
            const date = p.resultDate ?? p.dueDate;
            return html`<li>
              ${procedure ? localName(procedure) : ''}:
              <span class="due" data-testid="due-date-${p.procedureId}">${date ? formatDay(date, { weekday: true }) : ''}</span>
              ${
                p.dueDate && p.dueDate !== date
                  ? html`<span class="legal">${t('counter.appointment.legalDue', { date: formatDay(p.dueDate, { weekday: true }) })}</span>`
                  : ''
              }
            </li>`;
          })}
      </ul>
      <div class="buttons">
        <button type="button" @click=${() => fire(this, 'mc-panel-close')}>${t('counter.panel.back')} <kbd>Esc</kbd></button>
        <button
          type="button"
          class="primary"
          data-testid="print-appointment"
          ?disabled=${!slip}
          @click=${() => slip && printAppointment(slip, catalog)}
        >
          ${t('counter.appointment.print')}
        </button>
      </div>
      ${slip ? html`<mc-appointment-slip data-testid="appointment-slip" .slip=${slip} .catalog=${catalog}></mc-appointment-slip>` : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-appointment-panel': McAppointmentPanel;
  }
  interface HTMLElementEventMap {
    'mc-panel-close': CustomEvent<null>;
  }
}
