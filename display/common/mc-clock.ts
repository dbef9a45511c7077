import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { formatTime } from '../../ui/format.js';
import { LangController, lang } from '../../ui/i18n/lang.js';

/** The center's local time and date, for screens hung on a wall or standing in the hall. */
@customElement('mc-clock')
export class McClock extends LitElement {
  /** The center's time zone: the device's own may be wrong. */
  @property() timezone = 'Asia/Ho_Chi_Minh';
  /** Milliseconds to add to the device's clock to read the server's, which decides the sessions. */
  @property({ type: Number }) offset = 0;
  @state() private _now = Date.now();
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
    this._timer = setInterval(() => (this._now = Date.now()), 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  override render() {
    const date = new Intl.DateTimeFormat(lang() === 'en' ? 'en-GB' : 'vi-VN', {
      timeZone: this.timezone,
      weekday: 'long',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(new Date(this._now + this.offset));
    return html`
      <time class="time">${formatTime(this._now + this.offset, this.timezone)}</time>
      <span class="date">${date}</span>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-clock': McClock;
  }
}
