import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { SessionSlotView } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { outreachPlace, sessionParams } from '../common/session-format.js';

/**
 * Shown instead of the field buttons outside every session: calm, and says when to come back. The
 * kiosk slots the booking check-in button in below (a booked citizen may check in early).
 */
@customElement('mc-kiosk-closed')
export class McKioskClosed extends LitElement {
  /** The next session to open, if one is scheduled. */
  @property({ attribute: false }) next: SessionSlotView | null = null;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 32px;
      padding-top: 6vh;
    }
    section {
      max-width: 1000px;
      padding: 48px 56px;
      text-align: center;
      background: var(--mc-surface);
      border: 4px solid var(--mc-primary);
      border-radius: var(--mc-radius);
    }
    h2 {
      margin: 0 0 32px;
      font-size: 3.2rem;
      line-height: 1.15;
      color: var(--mc-primary);
    }
    .next {
      margin: 0 0 32px;
      font-size: 2.4rem;
      font-weight: 800;
      line-height: 1.3;
    }
    .next p {
      margin: 0;
    }
    .place {
      margin-top: 12px !important;
      font-size: 2rem;
    }
    .hint {
      margin: 0;
      font-size: 1.6rem;
      color: var(--mc-muted);
    }
    @media (orientation: portrait) {
      h2 {
        font-size: 3.6rem;
      }
      .next {
        font-size: 2.6rem;
      }
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const next = this.next;
    const place = next ? outreachPlace(next) : null;
    return html`<section role="status" data-testid="outside-session">
        <h2>${t('kiosk.closed.title')}</h2>
        <div class="next" data-testid="next-session">
          ${
            next
              ? html`<p>${t('kiosk.closed.next', sessionParams(next))}</p>
                  ${place ? html`<p class="place">${t('kiosk.closed.place', { place })}</p>` : ''}`
              : html`<p>${t('kiosk.closed.none')}</p>`
          }
        </div>
        <p class="hint">${t('kiosk.closed.hint')}</p>
      </section>
      <slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-closed': McKioskClosed;
  }
}
