import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AppointmentSlipView, CatalogView } from '../../shared/types.js';
import { appointmentSlip } from '../../ui/data/tickets.js';
import { fire } from '../../ui/events.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-appointment-slip.js';
import { offerAppointment, printAppointment } from './print-appointment.js';

/**
 * "In lại phiếu hẹn": Form 01 of a ticket, as the server has it now (name, phone, codes, dates), in
 * a modal dialog with Print and Close. While it is open Ctrl+P prints the slip, not the screen
 * behind it. Reception and the counter open it for any ticket with an appointment, of any day.
 *
 * @fires mc-reprint-close - closed (button or Escape)
 * @fires mc-error - a refusal for the screen's alert region
 */
@customElement('mc-appointment-reprint')
export class McAppointmentReprint extends LitElement {
  /** The ticket whose slip to show; null: closed. */
  @property({ attribute: false }) ticketId: number | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @state() private _slip: AppointmentSlipView | null = null;
  @query('dialog') private _dialog?: HTMLDialogElement;
  private _withdraw: (() => void) | null = null;

  static override styles = [
    staffStyles,
    css`
      dialog {
        box-sizing: border-box;
        max-width: calc(100vw - 32px);
        max-height: calc(100vh - 32px);
        padding: 16px 20px;
        background: #fff;
        border: 3px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 45%);
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 12px;
        margin-bottom: 12px;
      }
      .buttons button {
        min-height: 56px;
        font-size: 1.15rem;
      }
      mc-appointment-slip {
        border: 1px solid #999;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.withdraw();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('ticketId')) void this.open();
  }

  /** Reads the slip of the ticket asked for, offers it to Ctrl+P and shows it. */
  private async open(): Promise<void> {
    this.withdraw();
    this._slip = null;
    if (this.ticketId === null) {
      this._dialog?.close();
      return;
    }
    const res = await appointmentSlip(this.ticketId);
    if ('error' in res) {
      reportError(this, res.error.message);
      return this.close();
    }
    this._slip = res;
    if (this.catalog) this._withdraw = offerAppointment(res, this.catalog);
    await this.updateComplete;
    if (!this._dialog?.open) this._dialog?.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('[data-testid=reprint-print]')?.focus();
  }

  private withdraw(): void {
    this._withdraw?.();
    this._withdraw = null;
  }

  private close(): void {
    this.withdraw();
    this._dialog?.close();
    fire(this, 'mc-reprint-close');
  }

  override render() {
    const slip = this._slip;
    return html`<dialog
      aria-label=${t('counter.appointment.reprint')}
      @cancel=${(e: Event) => {
        e.preventDefault();
        this.close();
      }}
    >
      ${
        slip && this.catalog
          ? html`<div class="buttons">
                <button type="button" data-testid="reprint-close" @click=${() => this.close()}>
                  ${t('counter.appointment.close')} <kbd>Esc</kbd>
                </button>
                <button
                  type="button"
                  class="primary"
                  data-testid="reprint-print"
                  @click=${() => this.catalog && printAppointment(slip, this.catalog)}
                >
                  ${t('counter.appointment.print')}
                </button>
              </div>
              <mc-appointment-slip data-testid="reprint-slip" .slip=${slip} .catalog=${this.catalog}></mc-appointment-slip>`
          : ''
      }
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-appointment-reprint': McAppointmentReprint;
  }
  interface HTMLElementEventMap {
    'mc-reprint-close': CustomEvent<null>;
  }
}
