import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LangController, t } from '../i18n/lang.js';
import { fire } from '../events.js';
import { staffStyles } from './staff-styles.js';

/**
 * A screen's one alert region: always in the page (so screen readers announce it), filled on error.
 *
 * @fires mc-dismiss - the staff member closed the message
 */
@customElement('mc-error-alert')
export class McErrorAlert extends LitElement {
  @property() message: string | null = null;
  /** The data-testid of the region, one per screen. */
  @property() testid = 'error';

  static override styles = [
    staffStyles,
    css`
      .filled {
        display: flex;
        align-items: center;
        gap: 16px;
        margin: 8px 16px 0;
        padding: 8px 8px 8px 20px;
        font-size: 1.15rem;
        font-weight: 700;
        color: #fff;
        background: var(--mc-accent);
        border-radius: var(--mc-radius);
      }
      p {
        flex: 1;
        margin: 0;
      }
      button {
        min-height: 44px;
        color: var(--mc-accent);
        border-color: #fff;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`<div role="alert" data-testid=${this.testid} class=${this.message ? 'filled' : ''}>
      ${
        this.message
          ? html`<p>${this.message}</p>
              <button type="button" @click=${() => fire(this, 'mc-dismiss')}>${t('counter.dismiss')}</button>`
          : ''
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-error-alert': McErrorAlert;
  }
  interface HTMLElementEventMap {
    'mc-dismiss': CustomEvent<null>;
  }
}
