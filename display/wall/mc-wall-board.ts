import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CallView, Lang } from '../../shared/types.js';
import { centerVoice } from '../../shared/voice.js';
import { CenterFeed } from '../../ui/center-feed.js';
import { resolveCenterId } from '../../ui/data/centers.js';
import { LangController, lang, localName, t } from '../../ui/i18n/lang.js';
import '../../ui/components/mc-connection-status.js';
import '../common/mc-display-header.js';
import '../common/mc-not-paired.js';
import { outreachPlace, sessionParams } from '../common/session-format.js';
import { SessionWatch } from '../common/session-watch.js';
import { SoundController } from './sound-controller.js';
import './mc-enable-sound.js';
import './mc-wall-call-banner.js';
import './mc-wall-counter.js';
import './mc-wall-recent-calls.js';
import './mc-wall-waiting.js';

/** How long a call stays in the banner. */
const BANNER_MS = 6_000;
/** How long the called counter's tile blinks: longer than the banner, so it is seen once the banner is gone. */
const FLASH_MS = 10_000;
/** Calls that arrive together share the banner; more than this and the oldest give way. */
const BANNER_MAX = 3;

/**
 * The wall display of a center: every counter's current ticket, the last calls, who is waiting; calls
 * spoken aloud. The header says where an outreach session is held, or that the center is closed — the
 * board keeps showing the counters then: tickets issued before closing are still served.
 */
@customElement('mc-wall-board')
export class McWallBoard extends LitElement {
  @state() private _notFound = false;
  @state() private _banner: CallView[] = [];
  @state() private _flashing: ReadonlySet<number> = new Set();
  private _feed: CenterFeed | null = null;
  private _session: SessionWatch | null = null;
  private readonly _sound = new SoundController(this, (state) => this._feed?.reportWallSound(state === 'blocked'));
  private readonly _bannerTimers = new Set<ReturnType<typeof setTimeout>>();
  private readonly _flashTimers = new Map<number, ReturnType<typeof setTimeout>>();

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      overflow: hidden;
      cursor: default;
      --mc-header-padding: 16px 32px;
      --mc-header-title-size: 2.6rem;
      --mc-clock-size: 3.6rem;
      --mc-clock-date-size: 1.4rem;
      --mc-header-note-size: 1.6rem;
    }
    main {
      flex: 1;
      min-height: 0;
      display: grid;
      grid-template-columns: 1fr 560px;
      gap: 24px;
      padding: 24px;
    }
    .counters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(380px, 1fr));
      grid-auto-rows: 1fr;
      gap: 24px;
      min-height: 0;
    }
    aside {
      display: flex;
      flex-direction: column;
      gap: 24px;
      min-height: 0;
      overflow: hidden;
    }
    mc-wall-recent-calls {
      flex: 1;
      min-height: 0;
    }
    .notice {
      margin: 20vh auto;
      font-size: 3rem;
      font-weight: 700;
      text-align: center;
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
    this._session ??= new SessionWatch(this, centerId);
    const session = this._session;
    this._feed ??= new CenterFeed(this, centerId, {
      onTicketEvent: (event) => {
        if (event.name === 'ticket:called') this.onCall(event.change.call);
      },
      onSnapshot: () => {
        void session.reload();
        // The server forgets a screen's sound with its socket: each join says it again.
        if (this._sound.state !== 'starting') this._feed?.reportWallSound(this._sound.state === 'blocked');
      },
      onCalendarUpdated: () => void session.reload(),
    });
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    for (const timer of [...this._bannerTimers, ...this._flashTimers.values()]) clearTimeout(timer);
    this._bannerTimers.clear();
    this._flashTimers.clear();
  }

  /** A call or recall: flash the tile, show the banner, say it. */
  private onCall(call: CallView) {
    this._banner = [call, ...this._banner.filter((c) => c.ticketId !== call.ticketId)].slice(0, BANNER_MAX);
    const timer = setTimeout(() => {
      this._bannerTimers.delete(timer);
      this._banner = this._banner.filter((c) => c !== call);
    }, BANNER_MS);
    this._bannerTimers.add(timer);
    this.flash(call.counterId);
    const langs: Lang[] = lang() === 'en' ? ['vi', 'en'] : ['vi'];
    const center = this._feed?.snapshot?.center;
    if (center) this._sound.announce(call, langs, centerVoice(center));
  }

  private flash(counterId: number) {
    // A second call at a blinking counter makes it blink for the full time again.
    clearTimeout(this._flashTimers.get(counterId));
    this._flashing = new Set([...this._flashing, counterId]);
    this._flashTimers.set(
      counterId,
      setTimeout(() => {
        this._flashTimers.delete(counterId);
        this._flashing = new Set([...this._flashing].filter((id) => id !== counterId));
      }, FLASH_MS),
    );
  }

  override updated(): void {
    // Whether this screen can make sound, for whoever looks at the page (its tests, a technician's devtools).
    this.dataset['sound'] = this._sound.state;
  }

  /** The line under the center's name: the outreach place, or when the closed center opens again. */
  private sessionLine() {
    const status = this._session?.status;
    if (!status) return '';
    const { open, next } = status;
    if (open) {
      const place = outreachPlace(open);
      return place ? html`<p data-testid="session-place">${t('wall.outreach', { place })}</p>` : '';
    }
    const line = !next
      ? t('wall.closedNone')
      : outreachPlace(next)
        ? t('wall.closedOutreach', sessionParams(next))
        : t('wall.closed', sessionParams(next));
    return html`<p data-testid="session-closed">${line}</p>`;
  }

  override render() {
    const notPaired = this._feed?.notPaired ?? false;
    // A screen that lost its pairing shows no stale board.
    const snapshot = notPaired ? null : this._feed?.snapshot;
    const joinError = this._feed?.joinError;
    return html`
      <mc-connection-status .connected=${notPaired || (this._feed?.connected ?? false)}></mc-connection-status>
      <mc-display-header
        .heading=${snapshot ? localName({ nameVi: snapshot.center.name, nameEn: snapshot.center.nameEn }) : t('wall.title')}
        .timezone=${snapshot?.center.timezone ?? 'Asia/Ho_Chi_Minh'}
      >
        ${this.sessionLine()}
        ${this._sound.state === 'blocked' ? html`<mc-enable-sound slot="end" @mc-sound-enable=${() => this._sound.unlock()}></mc-enable-sound>` : ''}
      </mc-display-header>
      ${
        snapshot
          ? html`<main>
              <section class="counters">
                ${snapshot.counters.map(
                  (c) =>
                    html`<mc-wall-counter
                      data-testid="counter-${c.number}"
                      .counter=${c}
                      .fields=${snapshot.fields}
                      ?flashing=${this._flashing.has(c.id)}
                    ></mc-wall-counter>`,
                )}
              </section>
              <aside>
                <mc-wall-recent-calls .calls=${snapshot.recentCalls}></mc-wall-recent-calls>
                <mc-wall-waiting .fields=${snapshot.fields} .waiting=${snapshot.waiting}></mc-wall-waiting>
              </aside>
            </main>`
          : notPaired
            ? html`<mc-not-paired></mc-not-paired>`
            : html`<p class="notice" role="status">${this._notFound ? t('center.notFound') : (joinError ?? t('center.loading'))}</p>`
      }
      <mc-wall-call-banner .calls=${this._banner}></mc-wall-call-banner>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-wall-board': McWallBoard;
  }
}
