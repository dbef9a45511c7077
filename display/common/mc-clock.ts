import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { syncServerTime } from '../../ui/data/time.js';
import { formatLongDate, formatTime } from '../../ui/format.js';
import { LangController } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';

/** The center's local time and date on the server's clock, for screens hung on a wall or standing in the hall. */
@customElement('mc-clock')
export class McClock extends LitElement {
  /** The center's time zone: the device's own may be wrong. */
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @state() private _now = serverNow();
  private _timer: ReturnType<typeof setInterval> | undefined;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      line-height: 1.1;
    }
    .time {
      font-size: var(--mc-clock-size, 2.4rem);
      font-weight: 800;
      font-variant-numeric: tabular-nums;
    }
    .date {
      font-size: var(--mc-clock-date-size, 1.1rem);
      font-weight: 600;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    this._timer = setInterval(() => (this._now = serverNow()), 1000);
    // A screen that has not heard the server's time yet (the pairing page) asks for it.
    void syncServerTime().then(() => (this._now = serverNow()));
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  override render() {
    return html`
      <time class="time" data-testid="clock-time">${formatTime(this._now, this.timezone)}</time>
      <span class="date">${formatLongDate(this._now, this.timezone)}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-clock': McClock;
  }
}
