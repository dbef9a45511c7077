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
    :host {
      flex: none;
    }
    /* A badge in the header band, before the clock: it covers no counter, call or count. */
    button {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
      max-width: 21rem;
      padding: 6px 22px 8px;
      font: inherit;
      text-align: left;
      color: #fff;
      background: var(--mc-ok);
      border: 3px solid #fff;
      border-radius: var(--mc-radius);
      cursor: pointer;
    }
    .label {
      font-size: 2.2rem;
      font-weight: 800;
      line-height: 1.1;
      white-space: nowrap;
    }
    .hint {
      font-size: 1.2rem;
      font-weight: 600;
      line-height: 1.25;
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
