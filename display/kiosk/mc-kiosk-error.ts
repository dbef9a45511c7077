import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

/**
 * Why no ticket came out, in words the citizen can act on.
 *
 * @fires mc-back - back to where the citizen was
 */
@customElement('mc-kiosk-error')
export class McKioskError extends LitElement {
  @property() message = '';

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        align-items: stretch;
        gap: 32px;
      }
      [role='alert'] {
        padding: 32px;
        color: #fff;
        background: var(--mc-accent);
        border-radius: var(--mc-radius);
      }
      h2 {
        margin: 0 0 16px;
        font-size: 2.6rem;
      }
      .message {
        margin: 0 0 12px;
        font-size: 2rem;
        font-weight: 700;
      }
      .hint {
        margin: 0;
        font-size: 1.5rem;
      }
      .back {
        align-self: center;
        min-width: 320px;
        min-height: 96px;
        font-size: 2rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <div role="alert" data-testid="kiosk-error">
        <h2>${t('kiosk.errorTitle')}</h2>
        <p class="message">${this.message}</p>
        <p class="hint">${t('kiosk.errorHint')}</p>
      </div>
      <button type="button" class="secondary back" @click=${() => fire(this, 'mc-back')}>← ${t('action.back')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-error': McKioskError;
  }
  interface HTMLElementEventMap {
    'mc-back': CustomEvent<null>;
  }
}
