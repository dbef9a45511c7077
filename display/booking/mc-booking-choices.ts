import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { fire } from '../../ui/events.js';
import { bookingStyles } from './booking-styles.js';

export interface BookingChoice {
  key: string;
  label: string;
  /** A second line: a date, a place, the places left. */
  detail?: string;
  testid: string;
  disabled?: boolean;
}

/**
 * One big button per choice (a field, a procedure, a day, a time).
 *
 * @fires mc-choice-picked - the key of the choice pressed
 */
@customElement('mc-booking-choices')
export class McBookingChoices extends LitElement {
  @property({ attribute: false }) choices: BookingChoice[] = [];
  /** Narrowest a button may get; small ones (times) sit two or three to a row. */
  @property({ attribute: 'min-width' }) minWidth = '100%';

  static override styles = [
    bookingStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(var(--min), 100%), 1fr));
        gap: 12px;
      }
      button {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        gap: 4px;
        text-align: left;
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
        border: 3px solid var(--mc-primary);
      }
      button:disabled {
        color: var(--mc-muted);
        background: var(--mc-surface);
        border-color: #c3cad3;
      }
      .label {
        font-size: 1.25rem;
      }
      .detail {
        font-size: 1rem;
        font-weight: 600;
      }
    `,
  ];

  override render() {
    return html`<div class="grid" style="--min: ${this.minWidth}">
      ${this.choices.map(
        (c) =>
          html`<button
            type="button"
            data-testid=${c.testid}
            ?disabled=${c.disabled ?? false}
            @click=${() => fire(this, 'mc-choice-picked', c.key)}
          >
            <span class="label">${c.label}</span>
            ${c.detail ? html`<span class="detail">${c.detail}</span>` : ''}
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-choices': McBookingChoices;
  }
  interface HTMLElementEventMap {
    'mc-choice-picked': CustomEvent<string>;
  }
}
