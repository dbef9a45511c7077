import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Procedure } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

/**
 * Step 2: the chosen field's procedures; on a fast-track day the listed ones carry the same-day badge.
 *
 * @fires mc-procedure-chosen - the procedure pressed
 * @fires mc-back - one step back
 */
@customElement('mc-kiosk-procedures')
export class McKioskProcedures extends LitElement {
  @property({ attribute: false }) procedures: Procedure[] = [];
  /** Procedures with a same-day result today (empty on other days). */
  @property({ attribute: false }) fastTrackIds: ReadonlySet<number> = new Set();

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .grid {
        grid-auto-rows: minmax(104px, auto);
      }
      .choice {
        display: flex;
        flex-direction: column;
        align-items: flex-start;
        justify-content: center;
        gap: 8px;
        text-align: left;
      }
      .badge {
        padding: 3px 14px;
        font-size: 1.1rem;
        line-height: 1.3;
        font-weight: 800;
        color: var(--mc-fg);
        background: var(--mc-focus);
        border-radius: 999px;
      }
      .back {
        min-width: 240px;
      }
      @media (max-height: 900px) {
        .grid {
          grid-auto-rows: minmax(88px, auto);
        }
        .choice {
          font-size: 1.5rem;
        }
      }
      /* A portrait kiosk has the height for taller buttons; Back waits at the bottom. */
      @media (orientation: portrait) {
        .grid {
          grid-template-columns: 1fr;
          grid-auto-rows: minmax(150px, auto);
        }
        .choice {
          font-size: 2rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <div class="grid">
        ${this.procedures.map(
          (p) =>
            html`<button type="button" class="choice" data-testid="procedure-${p.id}" @click=${() => fire(this, 'mc-procedure-chosen', p)}>
              ${localName(p)}
              ${
                this.fastTrackIds.has(p.id)
                  ? html`<span class="badge" data-testid="fast-track-badge-${p.id}">${t('kiosk.fastTrack.badge')}</span>`
                  : ''
              }
            </button>`,
        )}
      </div>
      <div class="actions">
        <button type="button" class="secondary back" @click=${() => fire(this, 'mc-back')}>← ${t('action.back')}</button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-procedures': McKioskProcedures;
  }
  interface HTMLElementEventMap {
    'mc-procedure-chosen': CustomEvent<Procedure>;
    'mc-back': CustomEvent<null>;
  }
}
