import { LitElement, css, html } from 'lit';
import { customElement } from 'lit/decorators.js';
import { LangController, t } from '../../ui/i18n/lang.js';

/**
 * What a wall, kiosk or rating screen shows when its center admits paired screens only and this one
 * is not (or no longer) paired: the reason, and the way to /pair. A link, never a redirect: the pairing
 * page sends the screen back only once it is paired, so the two cannot bounce.
 */
@customElement('mc-not-paired')
export class McNotPaired extends LitElement {
  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 32px;
      margin: 10vh auto;
      max-width: 1000px;
      padding: 0 24px;
      text-align: center;
    }
    h2 {
      margin: 0;
      font-size: 3.2rem;
      line-height: 1.2;
      color: var(--mc-accent);
    }
    p {
      margin: 0;
      font-size: 1.8rem;
      font-weight: 600;
      line-height: 1.4;
    }
    a {
      display: inline-flex;
      align-items: center;
      min-height: 96px;
      padding: 16px 48px;
      font-size: 2.2rem;
      font-weight: 800;
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
      border-radius: var(--mc-radius);
      text-decoration: none;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <h2 role="alert" data-testid="not-paired">${t('pair.notPaired')}</h2>
      <p>${t('pair.notPairedHint')}</p>
      <a href="/pair" data-testid="go-pair">${t('pair.go')}</a>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-not-paired': McNotPaired;
  }
}
