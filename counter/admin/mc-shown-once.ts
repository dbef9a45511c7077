import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';

/**
 * A secret the server answers only once (a webhook's signing secret, an API key's token): boxed,
 * selectable in one tap, with what it is for above it and the warning that it will not be shown again.
 */
@customElement('mc-shown-once')
export class McShownOnce extends LitElement {
  /** What the secret is for ("Khóa cho …"). */
  @property() heading = '';
  @property() value = '';
  /** That it is shown this once. */
  @property() note = '';
  /** The data-testid of the secret itself. */
  @property() testid = '';

  static override styles = css`
    :host {
      display: block;
      margin: 8px 0 0;
      padding: 10px 12px;
      background: #fff;
      border: 3px solid var(--mc-primary);
      border-radius: var(--mc-radius);
    }
    code {
      display: block;
      margin: 6px 0;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      font-size: 1rem;
      overflow-wrap: anywhere;
      user-select: all;
    }
    p {
      margin: 0;
    }
    .muted {
      color: var(--mc-muted);
    }
  `;

  override render() {
    return html`<div role="status">
      <p>${this.heading}</p>
      <code data-testid=${this.testid}>${this.value}</code>
      <p class="muted">${this.note}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-shown-once': McShownOnce;
  }
}
