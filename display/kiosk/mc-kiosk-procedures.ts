import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Procedure } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { kioskButtons } from './kiosk-styles.js';

/** Step 2: the chosen field's procedures. Fires `choose` (detail: Procedure) or `back`. */
@customElement('mc-kiosk-procedures')
export class McKioskProcedures extends LitElement {
  @property({ attribute: false }) procedures: Procedure[] = [];

  static override styles = [
    kioskButtons,
    css`
      :host { display: flex; flex-direction: column; gap: 8px; }
      .choice { min-height: 104px; text-align: left; }
      .back { min-width: 240px; }
      @media (max-height: 900px) {
        .choice { min-height: 88px; font-size: 1.5rem; }
      }
      @media (orientation: portrait) {
        .grid { grid-template-columns: 1fr; }
        .choice { min-height: 130px; font-size: 2rem; }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <div class="grid">
        ${this.procedures.map(
          (p) => html`<button
            type="button"
            class="choice"
            data-testid="procedure-${p.id}"
            @click=${() => this.dispatchEvent(new CustomEvent<Procedure>('choose', { detail: p }))}
          >
            ${localName(p)}
          </button>`,
        )}
      </div>
      <div class="actions">
        <button type="button" class="secondary back" @click=${() => this.dispatchEvent(new Event('back'))}>
          ← ${t('action.back')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-procedures': McKioskProcedures;
  }
}
