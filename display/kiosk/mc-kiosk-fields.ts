import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Field, FieldWaiting } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

/**
 * Step 1: one big button per field, with how many people wait for it right now.
 *
 * @fires mc-field-chosen - the field pressed
 */
@customElement('mc-kiosk-fields')
export class McKioskFields extends LitElement {
  @property({ attribute: false }) fields: Field[] = [];
  @property({ attribute: false }) waiting: FieldWaiting[] = [];

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
      }
      /* Two columns on a 1280 px kiosk leave "12 người đang chờ" a line of its own; one on a portrait
         kiosk, each field a full-width button; the rows share the height the step has. */
      .grid {
        flex: 1 0 auto;
        grid-template-columns: repeat(auto-fit, minmax(520px, 1fr));
        grid-auto-rows: minmax(150px, 1fr);
      }
      button {
        display: grid;
        grid-template-columns: auto 1fr;
        grid-template-rows: 1fr auto;
        column-gap: 20px;
        align-items: center;
        text-align: left;
      }
      .prefix {
        grid-row: 1 / 3;
        display: flex;
        align-items: center;
        justify-content: center;
        width: 96px;
        height: 96px;
        font-size: 3.2rem;
        font-weight: 800;
        color: var(--mc-primary);
        background: var(--mc-primary-fg);
        border-radius: 50%;
      }
      .name {
        font-size: 1.8rem;
      }
      .waiting {
        font-size: 1.3rem;
        font-weight: 600;
      }
      @media (orientation: portrait) {
        .grid {
          grid-auto-rows: minmax(200px, 1fr);
        }
        .prefix {
          width: 120px;
          height: 120px;
          font-size: 4rem;
        }
        .name {
          font-size: 2.2rem;
        }
        .waiting {
          font-size: 1.5rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`<div class="grid">
      ${this.fields.map(
        (f) =>
          html`<button type="button" class="choice" data-testid="field-${f.prefix}" @click=${() => fire(this, 'mc-field-chosen', f)}>
            <span class="prefix" aria-hidden="true">${f.prefix}</span>
            <span class="name">${localName(f)}</span>
            <span class="waiting"> ${t('kiosk.waitingCount', { count: this.waiting.find((w) => w.fieldId === f.id)?.waiting ?? 0 })} </span>
          </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-fields': McKioskFields;
  }
  interface HTMLElementEventMap {
    'mc-field-chosen': CustomEvent<Field>;
  }
}
