import { LitElement, css, html } from 'lit';
import { phoneHeaderStyles } from '../common/phone-header-styles.js';
import { customElement, state } from 'lit/decorators.js';
import type { CatalogView, TicketStatus } from '../../shared/types.js';
import '../../ui/components/mc-connection-status.js';
import '../../ui/components/mc-lang-switch.js';
import { getCatalog } from '../../ui/data/centers.js';
import { rateTicket } from '../../ui/data/ratings.js';
import type { McEvent } from '../../ui/events.js';
import { syncServerTime } from '../../ui/data/time.js';
import { formatTime } from '../../ui/format.js';
import { serverTimeAt } from '../../ui/server-time.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { TicketFeed } from '../../ui/ticket-feed.js';
import '../common/mc-rating-form.js';
import type { RatingChoice } from '../common/mc-rating-form.js';
import { CallAlert, isNewCall } from './call-alert.js';
import './mc-push-optin.js';
import './mc-status-ticket.js';
import { phoneButtonStyles } from './phone-button-styles.js';

/**
 * The citizen's phone page, opened from the QR code on the ticket (/status?t=<token>): the ticket's
 * place in the queue, live; the call, loud; while it waits, the offer to be called back by a
 * notification (mc-push-optin); and the satisfaction question once it is done. It knows only the
 * token, so it can show nobody else's ticket.
 */
@customElement('mc-status-app')
export class McStatusApp extends LitElement {
  @state() private _catalog: CatalogView | null = null;
  /**
   * As of when the page is known current, on the device's clock (shown on the server's): the last
   * status or place, and each minute while the link is up — the server sends every change the page
   * would show, so a connected page that heard nothing is still current.
   */
  @state() private _updatedAt: number | null = null;
  private _minute: ReturnType<typeof setInterval> | null = null;
  @state() private _rating: 'idle' | 'sending' | 'thanks' = 'idle';
  @state() private _ratingError = '';
  private readonly _token = new URLSearchParams(location.search).get('t') ?? '';
  private readonly _alert = new CallAlert(this);
  private readonly _feed: TicketFeed | null = this._token
    ? new TicketFeed(this, this._token, (status, previous) => this.onStatus(status, previous))
    : null;

  static override styles = [
    phoneButtonStyles,
    phoneHeaderStyles,
    css`
      *,
      *::before,
      *::after {
        box-sizing: border-box;
      }
      main {
        display: flex;
        flex-direction: column;
        gap: 20px;
        max-width: 640px;
        margin: 0 auto;
        padding: 16px 16px 40px;
      }
      .notice {
        margin: 24px 0;
        font-size: 1.3rem;
        font-weight: 700;
        line-height: 1.4;
      }
      .updated {
        margin: 0;
        font-size: 1rem;
        color: var(--mc-muted);
      }
      .sound-on {
        margin: 0;
        font-size: 1.05rem;
        font-weight: 700;
        color: var(--mc-ok);
      }
      .thanks {
        margin: 0;
        padding: 16px;
        font-size: 1.3rem;
        font-weight: 800;
        text-align: center;
        color: #fff;
        background: var(--mc-ok);
        border-radius: var(--mc-radius);
      }
      .thanks span {
        display: block;
        margin-top: 6px;
        font-size: 1.05rem;
        font-weight: 600;
      }
      [role='alert'].error {
        margin: 0;
        padding: 14px 16px;
        font-size: 1.15rem;
        font-weight: 700;
        color: #fff;
        background: var(--mc-accent);
        border-radius: var(--mc-radius);
      }
      mc-rating-form {
        --mc-rating-title-size: 1.5rem;
        --mc-rating-button-size: 1.4rem;
        --mc-rating-button-height: 64px;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    this._minute = setInterval(() => {
      if (this._feed?.connected && this._updatedAt !== null) this._updatedAt = Date.now();
    }, 60_000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    if (this._minute) clearInterval(this._minute);
    this._minute = null;
  }

  private onStatus(status: TicketStatus, previous: TicketStatus | null) {
    this._updatedAt = Date.now();
    if (!this._catalog) void this.loadCatalog(status.centerId);
    if (isNewCall(status, previous)) this._alert.alert();
  }

  /** The center's catalogue, and the server's time: "updated at" is on the server's clock, like the hall's. */
  private async loadCatalog(centerId: string) {
    const [res] = await Promise.all([getCatalog(centerId), syncServerTime()]);
    if (!('error' in res)) this._catalog = res;
  }

  private async rate(status: TicketStatus, choice: RatingChoice) {
    this._rating = 'sending';
    this._ratingError = '';
    const res = await rateTicket(status.id, { ...choice, token: this._token });
    // Rated already (at the counter's screen): as good as done, for the citizen.
    if (!('error' in res) || res.error.code === 'already-rated') {
      this._rating = 'thanks';
      this._feed?.markRated();
      return;
    }
    this._rating = 'idle';
    this._ratingError = res.error.message;
  }

  private sound(status: TicketStatus) {
    if (status.state !== 'waiting' || !this._alert.soundAvailable) return '';
    return this._alert.soundOn
      ? html`<p class="sound-on">${t('status.soundOn')}</p>`
      : html`<button type="button" class="phone sound" data-testid="enable-sound" @click=${() => this._alert.enableSound()}>
          ${t('status.enableSound')}
        </button>`;
  }

  private rating(status: TicketStatus) {
    if (status.state !== 'done') return '';
    if (this._rating === 'thanks') {
      return html`<p class="thanks" role="status" data-testid="rating-thanks">
        ${t('rating.thanks')}<span>${t('rating.thanksHint')}</span>
      </p>`;
    }
    if (status.rated) return '';
    return html`${this._ratingError ? html`<p class="error" role="alert">${this._ratingError}</p>` : ''}
      <mc-rating-form
        .number=${status.number}
        ?busy=${this._rating === 'sending'}
        @mc-rate=${(e: McEvent<'mc-rate'>) => void this.rate(status, e.detail)}
      ></mc-rating-form>`;
  }

  private body() {
    const feed = this._feed;
    if (!feed || feed.notFound) return html`<p class="notice" role="alert" data-testid="status-not-found">${t('status.notFound')}</p>`;
    const status = feed.status;
    if (!status) return html`<p class="notice" role="status">${t('center.loading')}</p>`;
    const timezone = this._catalog?.center.timezone;
    return html`
      <mc-status-ticket .status=${status} .catalog=${this._catalog}></mc-status-ticket>
      ${this.sound(status)} ${status.state === 'waiting' ? html`<mc-push-optin .token=${this._token}></mc-push-optin>` : ''}
      ${this.rating(status)}
      ${
        this._updatedAt && timezone
          ? html`<p class="updated">${t('status.updatedAt', { time: formatTime(serverTimeAt(this._updatedAt), timezone) })}</p>`
          : ''
      }
    `;
  }

  override render() {
    const center = this._catalog?.center;
    return html`
      ${this._feed && !this._feed.notFound ? html`<mc-connection-status .connected=${this._feed.connected}></mc-connection-status>` : ''}
      <header>
        <div class="names">
          ${center ? html`<p class="center">${localName({ nameVi: center.name, nameEn: center.nameEn })}</p>` : ''}
          <h1>${t('status.title')}</h1>
        </div>
        <mc-lang-switch></mc-lang-switch>
      </header>
      <main>${this.body()}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-status-app': McStatusApp;
  }
}
