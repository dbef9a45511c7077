import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LangController, lang, setLang, t } from '../i18n/lang.js';

/** One button that switches every screen between Vietnamese and English. */
@customElement('mc-lang-switch')
export class McLangSwitch extends LitElement {
  static override styles = css`
    button {
      /* The kiosk raises this to its 64 px touch size. */
      min-height: var(--mc-lang-switch-size, 48px);
      min-width: var(--mc-lang-switch-size, 48px);
      padding: 0 18px;
      font: inherit;
      font-weight: 600;
      color: var(--mc-primary);
      background: var(--mc-bg);
      border: 2px solid var(--mc-primary);
      border-radius: var(--mc-radius);
      cursor: pointer;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    // The spoken name starts with the visible word, so voice control ("click English") finds it.
    return html`<button
      type="button"
      aria-label=${`${t('lang.switch')}: ${t('lang.switchLabel')}`}
      @click=${() => setLang(lang() === 'vi' ? 'en' : 'vi')}
    >
      ${t('lang.switch')}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-lang-switch': McLangSwitch;
  }
}
