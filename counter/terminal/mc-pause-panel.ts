import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { PAUSE_REASONS, type PauseReason } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { panelStyles } from './panel-styles.js';

/**
 * Why the counter pauses (the wall display shows it).
 *
 * @fires mc-pause-confirm - why the counter pauses
 * @fires mc-panel-close - back to the terminal
 */
@customElement('mc-pause-panel')
export class McPausePanel extends LitElement {
  static override styles = [staffStyles, panelStyles];

  constructor() {
    super();
    new LangController(this);
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('button')?.focus();
  }

  override render() {
    return html`
      <h2>${t('counter.pause.title')}</h2>
      <div class="choices">
        ${PAUSE_REASONS.map(
          (reason) =>
            html`<button type="button" data-testid="pause-${reason}" @click=${() => fire(this, 'mc-pause-confirm', reason)}>
              ${t(`pause.${reason}`)}
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
    'mc-pause-panel': McPausePanel;
  }
  interface HTMLElementEventMap {
    'mc-pause-confirm': CustomEvent<PauseReason>;
    'mc-panel-close': CustomEvent<null>;
  }
}
