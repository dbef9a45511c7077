import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';

/**
 * Shown while the browser blocks the wall's sound: a small badge, a tap on which unlocks it (a wall
 * set up as the README says never needs it).
 *
 * @fires mc-sound-enable - from inside the tap, so the page may unlock its audio
 */
@customElement('mc-enable-sound')
export class McEnableSound extends LitElement {
  static override styles = css`
    :host {
      flex: none;
    }
    /* A small badge in the header band, before the clock: it covers no counter, call or count. */
    button {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: 2px;
      max-width: 16rem;
      padding: 4px 14px 6px;
      font: inherit;
      text-align: left;
      color: #fff;
      background: var(--mc-warn);
      border: 2px solid #fff;
      border-radius: var(--mc-radius);
      cursor: pointer;
    }
    .label {
      font-size: 1.4rem;
      font-weight: 800;
      line-height: 1.15;
      white-space: nowrap;
    }
    .hint {
      font-size: 0.95rem;
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
