import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogView, IssuedTicket } from '../../shared/types.js';
import { estimateText, notCalledText } from '../../ui/estimate-text.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import '../../ui/components/mc-ticket-slip.js';
import { kioskButtons } from './kiosk-styles.js';
import { laneNote, type IssueContext } from './lane-note.js';

/** How long the issued ticket stays on screen before the kiosk is ready for the next citizen. */
export const RESULT_SECONDS = 15;

/**
 * The issued ticket, huge, with its lane (same-day, booked, or normal and why), next to the slip that
 * was printed, until a tap or RESULT_SECONDS.
 *
 * @fires mc-done - tapped, or RESULT_SECONDS passed
 */
@customElement('mc-kiosk-result')
export class McKioskResult extends LitElement {
  @property({ attribute: false }) issued: IssuedTicket | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** What the citizen asked for, to explain the lane the server gave. */
  @property({ attribute: false }) context: IssueContext = { kind: 'walk-in' };
  @state() private _secondsLeft = RESULT_SECONDS;
  private _timer: ReturnType<typeof setInterval> | undefined;

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: grid;
        gap: 32px;
        align-items: start;
        justify-items: center;
      }
      @media (orientation: landscape) {
        :host {
          grid-template-columns: 1fr auto;
        }
      }
      .ticket {
        width: 100%;
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 12px;
        padding: 28px;
        text-align: center;
        border: 4px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
      .top,
      .rest,
      .yours,
      .badges {
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 12px;
      }
      .yours,
      .badges {
        gap: 8px;
      }
      /* The Done button beside the words about the slip when there is room, under them when not. */
      .end {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: center;
        gap: 12px 32px;
      }
      .label {
        font-size: 1.8rem;
        font-weight: 700;
      }
      .number {
        font-size: 9rem;
        font-weight: 800;
        line-height: 1;
        letter-spacing: 0.04em;
        color: var(--mc-primary);
        font-variant-numeric: tabular-nums;
      }
      .lane {
        display: flex;
        flex-direction: column;
        gap: 4px;
        max-width: 640px;
        padding: 10px 24px;
        border-radius: var(--mc-radius);
        border: 3px solid var(--mc-border);
      }
      .lane[data-lane='fast'] {
        color: #fff;
        background: var(--mc-ok);
        border-color: var(--mc-ok);
      }
      .lane[data-lane='booking'] {
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
        border-color: var(--mc-primary);
      }
      .lane-title {
        font-size: 1.8rem;
        font-weight: 800;
      }
      .lane-detail {
        font-size: 1.4rem;
        font-weight: 600;
        line-height: 1.3;
      }
      .priority {
        font-size: 1.4rem;
        font-weight: 700;
        padding: 6px 18px;
        border: 3px solid var(--mc-fg);
        border-radius: 8px;
      }
      dl {
        display: grid;
        grid-template-columns: auto auto;
        gap: 8px 24px;
        margin: 8px 0;
        font-size: 1.5rem;
        text-align: left;
      }
      dd {
        margin: 0;
        font-weight: 800;
      }
      .take {
        font-size: 1.6rem;
        font-weight: 700;
        margin: 0;
      }
      .not-called {
        margin: 0;
        max-width: 640px;
        padding: 8px 20px;
        font-size: 1.5rem;
        font-weight: 800;
        line-height: 1.3;
        color: #fff;
        background: var(--mc-warn);
        border-radius: var(--mc-radius);
      }
      .done {
        min-width: 320px;
        min-height: 96px;
        font-size: 2.2rem;
      }
      .auto {
        font-size: 1.2rem;
        margin: 0;
        color: var(--mc-muted);
      }
      figure {
        margin: 0;
        display: flex;
        flex-direction: column;
        align-items: center;
        gap: 8px;
      }
      figcaption {
        font-size: 1.2rem;
        font-weight: 600;
        color: var(--mc-muted);
      }
      mc-ticket-slip {
        zoom: 1.25;
        border: 1px solid var(--mc-border);
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.2);
      }
      @media (orientation: portrait) {
        .number {
          font-size: 12rem;
        }
      }
      /* A 1280×800 kiosk: the card takes the width, the number and its lane on the left, what comes
         next on the right, so all of it, Done included, shows without scrolling in a wide font too;
         the picture of the printed slip follows under it. */
      @media (orientation: landscape) and (max-height: 900px) {
        :host {
          grid-template-columns: 1fr;
          gap: 24px;
        }
        .ticket {
          flex-direction: row;
          justify-content: center;
          gap: 24px 40px;
          padding: 16px 24px;
        }
        .rest {
          flex: 1;
          min-width: 0;
        }
        .label {
          font-size: 1.5rem;
        }
        .number {
          font-size: 8rem;
        }
        dl {
          margin: 0;
        }
        .done {
          min-height: 80px;
        }
        mc-ticket-slip {
          zoom: 1.1;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    this._secondsLeft = RESULT_SECONDS;
    this._timer = setInterval(() => {
      this._secondsLeft -= 1;
      if (this._secondsLeft <= 0) this.done();
    }, 1000);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearInterval(this._timer);
  }

  private done() {
    clearInterval(this._timer);
    fire(this, 'mc-done');
  }

  override render() {
    const { issued } = this;
    if (!issued) return html``;
    const { ticket } = issued;
    const lane = this.catalog ? laneNote(issued, this.context, this.catalog.center) : null;
    const timezone = this.catalog?.center.timezone ?? 'Asia/Ho_Chi_Minh';
    const notCalled = notCalledText(issued, timezone, ticket.issuedAt);
    return html`
      <section class="ticket" role="status">
        <div class="top">
          <div class="yours">
            <span class="label">${t('kiosk.yourNumber')}</span>
            <span class="number" data-testid="issued-number">${ticket.number}</span>
          </div>
          <div class="badges">
            ${
              lane
                ? html`<div class="lane" data-testid="lane" data-lane=${ticket.lane}>
                    <span class="lane-title">${lane.title}</span>
                    ${lane.detail ? html`<span class="lane-detail">${lane.detail}</span>` : ''}
                  </div>`
                : ''
            }
            ${ticket.priority ? html`<span class="priority">${t('priority.label')}: ${t(`priority.${ticket.priority}`)}</span>` : ''}
          </div>
        </div>
        <div class="rest">
          ${notCalled ? html`<p class="not-called" data-testid="issued-not-called">${notCalled}</p>` : ''}
          <dl>
            ${
              issued.ahead !== null
                ? html`<dt>${t('ticket.ahead')}</dt>
                    <dd data-testid="issued-ahead">${issued.ahead}</dd>`
                : ''
            }
            <dt>${t('estimate.label')}</dt>
            <dd data-testid="issued-estimate">${estimateText(issued, timezone, ticket.issuedAt)}</dd>
            <dt>${t('ticket.counters')}</dt>
            <dd>${issued.counterNumbers.join(', ')}</dd>
          </dl>
          <div class="end">
            <div>
              <p class="take">${t('kiosk.takeSlip')}</p>
              <p class="auto">${t('kiosk.autoReturn', { seconds: Math.max(0, this._secondsLeft) })}</p>
            </div>
            <button type="button" class="choice done" data-testid="kiosk-done" @click=${() => this.done()}>${t('kiosk.done')}</button>
          </div>
        </div>
      </section>
      <figure>
        <figcaption>${t('kiosk.slipPreview')}</figcaption>
        <mc-ticket-slip .issued=${issued} .catalog=${this.catalog}></mc-ticket-slip>
      </figure>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-result': McKioskResult;
  }
  interface HTMLElementEventMap {
    'mc-done': CustomEvent<null>;
  }
}
