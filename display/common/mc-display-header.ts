import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../ui/components/mc-lang-switch.js';
import './mc-clock.js';

/**
 * The band across the top of a public screen: center name, what this screen is for, clock, language.
 * Children go on a line under the heading (where the session is held, or that it is closed); a child
 * in slot "end" sits in the band before the clock (the wall's "enable sound" badge), over nothing.
 */
@customElement('mc-display-header')
export class McDisplayHeader extends LitElement {
  @property() centerName = '';
  @property() heading = '';
  @property() timezone = 'Asia/Ho_Chi_Minh';

  static override styles = css`
    :host {
      display: flex;
      align-items: center;
      gap: 24px;
      padding: var(--mc-header-padding, 16px 32px);
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
    }
    .names {
      flex: 1;
      min-width: 0;
    }
    .center {
      margin: 0;
      font-size: var(--mc-header-center-size, 1.2rem);
      font-weight: 700;
      text-transform: uppercase;
      letter-spacing: 0.02em;
    }
    h1 {
      margin: 0;
      font-size: var(--mc-header-title-size, 2rem);
      font-weight: 800;
      line-height: 1.15;
      text-wrap: balance;
    }
    ::slotted(:not([slot])) {
      margin: 4px 0 0;
      font-size: var(--mc-header-note-size, 1.4rem);
      font-weight: 700;
    }
  `;

  override render() {
    return html`
      <div class="names">
        ${this.centerName ? html`<p class="center">${this.centerName}</p>` : ''} ${this.heading ? html`<h1>${this.heading}</h1>` : ''}
        <slot></slot>
      </div>
      <slot name="end"></slot>
      <mc-clock .timezone=${this.timezone}></mc-clock>
      <mc-lang-switch></mc-lang-switch>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-display-header': McDisplayHeader;
  }
}
