import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CallView } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';

/** The big "A012 → Quầy 3" band shown for a few seconds after each call, across the whole board. */
@customElement('mc-wall-call-banner')
export class McWallCallBanner extends LitElement {
  /** The calls to show, newest first. */
  @property({ attribute: false }) calls: CallView[] = [];

  static override styles = css`
    .banner {
      position: fixed;
      left: 0;
      right: 0;
      top: 50%;
      transform: translateY(-50%);
      z-index: 900;
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 8px;
      padding: 32px 48px;
      color: #fff;
      background: var(--mc-accent);
      box-shadow: 0 8px 40px rgb(0 0 0 / 0.5);
    }
    .call {
      display: flex;
      align-items: baseline;
      gap: 48px;
      font-weight: 800;
      line-height: 1.05;
    }
    .number {
      font-size: 11rem;
      letter-spacing: 0.03em;
      font-variant-numeric: tabular-nums;
    }
    .arrow,
    .counter {
      font-size: 7rem;
    }
    .call + .call {
      font-size: 0.6em;
      opacity: 0.95;
    }
    .call + .call .number {
      font-size: 6rem;
    }
    .call + .call .arrow,
    .call + .call .counter {
      font-size: 4rem;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    if (this.calls.length === 0) return nothing;
    return html`<div class="banner" role="alert" data-testid="call-banner">
      ${this.calls.map(
        (c) =>
          html`<div class="call">
            <span class="number">${c.number}</span>
            <span class="arrow" aria-hidden="true">→</span>
            <span class="counter">${t('ticket.counter', { number: c.counterNumber })}</span>
          </div>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-wall-call-banner': McWallCallBanner;
  }
}
