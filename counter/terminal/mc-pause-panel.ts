import { LitElement, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { PAUSE_REASONS } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { emit } from '../components/events.js';
import { staffStyles } from '../components/staff-styles.js';
import { panelStyles } from './panel-styles.js';

/** Why the counter pauses (the wall display shows it). Fires `pause-confirm` with the reason. */
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
          (reason) => html`<button type="button" data-testid="pause-${reason}" @click=${() => emit(this, 'pause-confirm', reason)}>
            ${t(`pause.${reason}`)}
          </button>`,
        )}
      </div>
      <div class="back">
        <button type="button" @click=${() => emit(this, 'panel-close', null)}>${t('counter.panel.back')} <kbd>Esc</kbd></button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-pause-panel': McPausePanel;
  }
}
