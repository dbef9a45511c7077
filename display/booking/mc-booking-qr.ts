import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { toDataURL } from 'qrcode';
import { LangController, t } from '../../ui/i18n/lang.js';

/** The booking code as a QR image, drawn in the browser, for reception staff to scan from the phone. */
@customElement('mc-booking-qr')
export class McBookingQr extends LitElement {
  @property() code = '';
  @state() private _src = '';

  static override styles = css`
    :host { display: block; }
    img { display: block; width: 220px; height: 220px; image-rendering: pixelated; }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>) {
    if (!changed.has('code')) return;
    const code = this.code;
    this._src = '';
    if (!code) return;
    void toDataURL(code, { errorCorrectionLevel: 'M', margin: 2, width: 440 }).then((src) => {
      // A newer code may have arrived while this one was drawn.
      if (code === this.code) this._src = src;
    });
  }

  override render() {
    return this._src ? html`<img data-testid="booking-qr" src=${this._src} alt=${t('booking.qrAlt', { code: this.code })} />` : '';
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-qr': McBookingQr;
  }
}
