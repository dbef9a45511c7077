import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { TransferRequest } from '../../shared/schemas.js';
import type { CatalogView, CounterView, TicketView } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { counterStatusLabel } from './counter-status.js';
import { panelStyles } from './panel-styles.js';

/**
 * Where to send the current ticket: another field, or another counter. A closed counter is offered
 * too (its clerk may be back for the next session), saying it is closed and that the ticket will
 * wait there until it opens.
 *
 * @fires mc-transfer-confirm - where the ticket goes
 * @fires mc-panel-close - back to the terminal
 */
@customElement('mc-transfer-panel')
export class McTransferPanel extends LitElement {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** Live counters of the center; this counter is left out. */
  @property({ attribute: false }) counters: CounterView[] = [];
  @property({ type: Number }) counterId = 0;

  static override styles = [
    staffStyles,
    panelStyles,
    css`
      button.closed {
        border-style: dashed;
      }
      .wait {
        margin-top: 2px;
        font-weight: 700;
        color: var(--mc-warn);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('button')?.focus();
  }

  private choose(req: TransferRequest): void {
    fire(this, 'mc-transfer-confirm', req);
  }

  override render() {
    const { ticket, catalog } = this;
    if (!ticket || !catalog) return html``;
    const fieldName = (id: number) => catalog.fields.find((f) => f.id === id)?.prefix ?? '';
    return html`
      <h2>${t('counter.transfer.title', { number: ticket.number })}</h2>
      <h3>${t('counter.transfer.toField')}</h3>
      <div class="choices">
        ${catalog.fields
          .filter((f) => f.id !== ticket.fieldId)
          .map(
            (f) =>
              html`<button type="button" data-testid="transfer-field-${f.id}" @click=${() => this.choose({ toFieldId: f.id })}>
                ${f.prefix} · ${localName(f)}
              </button>`,
          )}
      </div>
      <h3>${t('counter.transfer.toCounter')}</h3>
      <div class="choices">
        ${this.counters
          .filter((c) => c.id !== this.counterId)
          .map(
            (c) =>
              html`<button
                type="button"
                class=${c.status === 'closed' ? 'closed' : ''}
                data-testid="transfer-counter-${c.number}"
                @click=${() => this.choose({ toCounterId: c.id })}
              >
                ${t('ticket.counter', { number: c.number })}
                <small>${c.fieldIds.map(fieldName).join(', ')} · ${counterStatusLabel(c)}${c.staffName ? ` · ${c.staffName}` : ''}</small>
                ${c.status === 'closed' ? html`<small class="wait">${t('counter.transfer.closedWait')}</small>` : ''}
              </button>`,
          )}
      </div>
      <div class="back">
        <button type="button" @click=${() => fire(this, 'mc-panel-close')}>${t('counter.panel.back')} <kbd>Esc</kbd></button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-transfer-panel': McTransferPanel;
  }
  interface HTMLElementEventMap {
    'mc-transfer-confirm': CustomEvent<TransferRequest>;
    'mc-panel-close': CustomEvent<null>;
  }
}
