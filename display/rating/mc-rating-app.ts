import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { TicketView } from '../../shared/types.js';
import { CenterFeed } from '../../ui/center-feed.js';
import { resolveCenterId } from '../../ui/data/centers.js';
import { rateTicket } from '../../ui/data/ratings.js';
import type { McEvent } from '../../ui/events.js';
import { LangController, lang, localName, setLang, t } from '../../ui/i18n/lang.js';
import '../../ui/components/mc-connection-status.js';
import '../common/mc-display-header.js';
import '../common/mc-not-paired.js';
import '../common/mc-rating-form.js';
import type { RatingChoice } from '../common/mc-rating-form.js';

/** How long the question stays after a ticket is finished at this counter, unanswered. */
export const ASK_MS = 30_000;
/** How long the thanks stay before the screen rests again. */
const THANKS_MS = 6_000;

type View = { step: 'idle' } | { step: 'ask'; ticket: TicketView; busy: boolean; error: string } | { step: 'thanks' };

/**
 * The tablet facing the citizen at one counter (/rating?center=…&counter=3): when the counter finishes
 * a ticket it asks "Xin mời đánh giá" for ~30 seconds, thanks the citizen, and rests. The counter is
 * named in the address (/pair puts the paired tablet's counter there).
 */
@customElement('mc-rating-app')
export class McRatingApp extends LitElement {
  @state() private _view: View = { step: 'idle' };
  @state() private _notFound = false;
  private readonly _counter = Number(new URLSearchParams(location.search).get('counter')) || null;
  private _feed: CenterFeed | null = null;
  private _timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      --mc-header-title-size: 2rem;
      --mc-lang-switch-size: 64px;
    }
    /* Centred while it fits; taller than the screen, it starts under the header and scrolls
       (plain centring would push its top out of reach, under the header). */
    main {
      flex: 1;
      min-height: 0;
      display: flex;
      flex-direction: column;
      justify-content: safe center;
      padding: 24px 40px;
      overflow-y: auto;
    }
    .rest {
      text-align: center;
    }
    .rest h2 {
      margin: 0 0 16px;
      font-size: 4rem;
      color: var(--mc-primary);
    }
    .rest p,
    .notice {
      margin: 0 auto;
      max-width: 900px;
      font-size: 1.8rem;
      font-weight: 600;
      line-height: 1.4;
    }
    .thanks {
      text-align: center;
      color: var(--mc-ok);
    }
    .thanks h2 {
      margin: 0 0 12px;
      font-size: 3rem;
    }
    .thanks p {
      margin: 0;
      font-size: 1.8rem;
      color: var(--mc-fg);
    }
    [role='alert'].error {
      margin: 0 0 16px;
      padding: 14px 16px;
      font-size: 1.4rem;
      font-weight: 700;
      color: #fff;
      background: var(--mc-accent);
      border-radius: var(--mc-radius);
    }
    mc-rating-form {
      --mc-rating-title-size: 3rem;
      --mc-rating-text-size: 1.7rem;
      --mc-rating-button-size: 2.2rem;
      --mc-rating-button-height: 160px;
      --mc-rating-asking-height: 112px;
      --mc-rating-reason-height: 96px;
      --mc-rating-send-height: 112px;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.attach();
  }

  /** What connecting needs from the server (Lit's connectedCallback itself stays synchronous). */
  private async attach(): Promise<void> {
    const centerId = await resolveCenterId();
    if (!centerId) {
      this._notFound = true;
      return;
    }
    this._feed ??= new CenterFeed(this, centerId, {
      onTicketEvent: (event) => {
        const { ticket } = event.change;
        if (event.name === 'ticket:finished' && ticket.counterNumber === this._counter) this.ask(ticket);
      },
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._timer);
  }

  /** Shows the view, and rests again after `ms` (a newer finish at the counter takes over at once). */
  private show(view: View, ms: number) {
    clearTimeout(this._timer);
    this._view = view;
    this._timer = setTimeout(() => this.rest(), ms);
  }

  private ask(ticket: TicketView) {
    this.show({ step: 'ask', ticket, busy: false, error: '' }, ASK_MS);
  }

  /** Back to rest, in Vietnamese, for the next citizen. */
  private rest() {
    this._view = { step: 'idle' };
    if (lang() !== 'vi') setLang('vi');
  }

  private async rate(ticket: TicketView, choice: RatingChoice) {
    const view = this._view;
    if (view.step !== 'ask' || view.busy || this._counter === null) return;
    this._view = { ...view, busy: true };
    const res = await rateTicket(ticket.id, { ...choice, counter: this._counter });
    if (!('error' in res) || res.error.code === 'already-rated') {
      this.show({ step: 'thanks' }, THANKS_MS);
      return;
    }
    // Still this ticket's question? Say what went wrong under it.
    if (this._view.step === 'ask' && this._view.ticket.id === ticket.id) {
      this._view = { ...this._view, busy: false, error: res.error.message };
    }
  }

  private body() {
    if (this._counter === null) return html`<p class="notice" role="alert">${t('rating.noCounter')}</p>`;
    if (this._notFound) return html`<p class="notice" role="alert">${t('center.notFound')}</p>`;
    if (this._feed?.notPaired) return html`<mc-not-paired></mc-not-paired>`;
    const view = this._view;
    switch (view.step) {
      case 'idle':
        return html`<div class="rest" data-testid="rating-idle">
          <h2>${t('rating.idle', { counter: this._counter })}</h2>
          <p>${t('rating.idleHint')}</p>
        </div>`;
      case 'ask':
        return html`${view.error ? html`<p class="error" role="alert">${view.error}</p>` : ''}
          <mc-rating-form
            data-testid="rating-form"
            .number=${view.ticket.number}
            ?busy=${view.busy}
            @mc-rate=${(e: McEvent<'mc-rate'>) => void this.rate(view.ticket, e.detail)}
          ></mc-rating-form>`;
      case 'thanks':
        return html`<div class="thanks" role="status" data-testid="rating-thanks">
          <h2>${t('rating.thanks')}</h2>
          <p>${t('rating.thanksHint')}</p>
        </div>`;
    }
  }

  override render() {
    const center = this._feed?.snapshot?.center;
    return html`
      <mc-connection-status .connected=${this._feed?.notPaired || (this._feed?.connected ?? false)}></mc-connection-status>
      <mc-display-header
        .centerName=${center ? localName({ nameVi: center.name, nameEn: center.nameEn }) : ''}
        .heading=${this._counter === null ? t('rating.screenTitle') : `${t('rating.screenTitle')} — ${t('ticket.counter', { number: this._counter })}`}
        .timezone=${center?.timezone ?? 'Asia/Ho_Chi_Minh'}
      ></mc-display-header>
      <main>${this.body()}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-rating-app': McRatingApp;
  }
}
