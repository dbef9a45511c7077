import { LitElement, css, html, svg } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { create } from 'qrcode';

/** White modules around the code, so a scanner finds its edges on any background. */
const QUIET_ZONE = 2;

/** The dark modules of a QR code as one SVG path, one square per module. */
function modulePath(value: string): { size: number; d: string } {
  const { modules } = create(value, { errorCorrectionLevel: 'M' });
  let d = '';
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.data[row * modules.size + col]) d += `M${col + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`;
    }
  }
  return { size: modules.size + 2 * QUIET_ZONE, d };
}

/**
 * A QR code drawn as vector SVG in the same render as its host: sharp on a thermal printer, and
 * already there when a slip is printed right after it is drawn. Size with --mc-qr-size.
 */
@customElement('mc-qr-code')
export class McQrCode extends LitElement {
  @property() value = '';
  /** What the code holds, for screen readers (the image's accessible name). */
  @property() label = '';
  private _cache: { value: string; size: number; d: string } | null = null;

  static override styles = css`
    :host {
      display: inline-block;
      line-height: 0;
    }
    svg {
      width: var(--mc-qr-size, 220px);
      height: var(--mc-qr-size, 220px);
      background: #fff;
      shape-rendering: crispEdges;
    }
  `;

  override render() {
    if (!this.value) return html``;
    if (this._cache?.value !== this.value) this._cache = { value: this.value, ...modulePath(this.value) };
    const { size, d } = this._cache;
    return html`<svg role="img" aria-label=${this.label} viewBox="0 0 ${size} ${size}">${svg`<path fill="#000" d=${d}></path>`}</svg>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-qr-code': McQrCode;
  }
}
