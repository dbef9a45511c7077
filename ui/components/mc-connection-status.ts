import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LangController, t } from '../i18n/lang.js';

/** The unmistakable "mất kết nối" bar shown while the server cannot be reached. */
@customElement('mc-connection-status')
export class McConnectionStatus extends LitElement {
  @property({ type: Boolean }) connected = false;

  static override styles = css`
    div {
      position: fixed;
      inset: 0 0 auto 0;
      z-index: 1000;
      padding: 14px 20px;
      font-size: 1.4rem;
      font-weight: 700;
      text-align: center;
      color: #fff;
      background: var(--mc-accent, #b3261e);
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return this.connected ? nothing : html`<div role="alert" data-testid="connection-lost">${t('connection.lost')}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-connection-status': McConnectionStatus;
  }
}
