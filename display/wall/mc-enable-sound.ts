import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';

/**
 * The one tap browsers require before a page may make sound.
 *
 * @fires mc-sound-enable - from inside the tap, so the page may unlock its audio
 */
@customElement('mc-enable-sound')
export class McEnableSound extends LitElement {
  static override styles = css`
    button {
      /* Bottom left, over the quietest corner of the board: the waiting counts stay readable. */
      position: fixed;
      left: 32px;
      bottom: 32px;
      z-index: 950;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 4px;
      min-height: 88px;
      padding: 10px 32px;
      font: inherit;
      color: #fff;
      background: var(--mc-ok);
      border: 4px solid #fff;
      border-radius: var(--mc-radius);
      box-shadow: 0 6px 24px rgb(0 0 0 / 0.45);
      cursor: pointer;
    }
    .label {
      font-size: 2.2rem;
      font-weight: 800;
    }
    .hint {
      font-size: 1.2rem;
      font-weight: 600;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`<button type="button" data-testid="enable-sound" @click=${() => fire(this, 'mc-sound-enable')}>
      <span class="label">${t('wall.enableSound')}</span>
      <span class="hint">${t('wall.enableSoundHint')}</span>
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-enable-sound': McEnableSound;
  }
  interface HTMLElementEventMap {
    'mc-sound-enable': CustomEvent<null>;
  }
}
