import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { PRIORITY_KINDS, type PriorityKind } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

/**
 * Step 3: the optional priority group, then the confirm button.
 *
 * @fires mc-priority-chosen - the priority group pressed (null: none)
 * @fires mc-take-ticket - the citizen confirmed: issue the ticket
 * @fires mc-back - one step back
 */
@customElement('mc-kiosk-priority')
export class McKioskPriority extends LitElement {
  @property({ attribute: false }) selected: PriorityKind | null = null;
  /** While the ticket is being issued: one tap, one ticket. */
  @property({ type: Boolean }) busy = false;

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .grid {
        grid-template-columns: repeat(auto-fit, minmax(340px, 1fr));
        grid-auto-rows: minmax(92px, auto);
      }
      .toggle {
        display: flex;
        align-items: center;
        gap: 16px;
        text-align: left;
        color: var(--mc-primary);
        background: var(--mc-bg);
        border: 3px solid var(--mc-primary);
      }
      .toggle[aria-pressed='true'] {
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      .mark {
        flex: none;
        display: flex;
        align-items: center;
        justify-content: center;
        width: 44px;
        height: 44px;
        border: 3px solid currentColor;
        border-radius: 50%;
      }
      .take {
        flex: 1;
        min-height: 112px;
        font-size: 2.6rem;
        color: #fff;
        background: var(--mc-ok);
        border: 3px solid var(--mc-ok);
      }
      .take:disabled {
        opacity: 0.75;
        cursor: progress;
      }
      .back {
        min-width: 240px;
      }
      /* A portrait kiosk has the height for targets no finger misses; the confirm button waits at the bottom. */
      @media (orientation: portrait) {
        .grid {
          grid-template-columns: 1fr;
          grid-auto-rows: minmax(180px, auto);
        }
        .toggle {
          font-size: 2.2rem;
        }
        .mark {
          width: 56px;
          height: 56px;
        }
        .take {
          min-height: 150px;
          font-size: 3rem;
        }
        .back {
          min-height: 150px;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private toggle(kind: PriorityKind | null, label: string, testid: string) {
    const pressed = this.selected === kind;
    return html`<button
      type="button"
      class="toggle"
      aria-pressed=${pressed ? 'true' : 'false'}
      data-testid=${testid}
      @click=${() => fire(this, 'mc-priority-chosen', kind)}
    >
      <span class="mark" aria-hidden="true">${pressed ? '✓' : ''}</span>${label}
    </button>`;
  }

  override render() {
    return html`
      <div class="grid" role="group" aria-label=${t('kiosk.priorityTitle')}>
        ${PRIORITY_KINDS.map((k) => this.toggle(k, t(`priority.${k}`), `priority-${k}`))}
        ${this.toggle(null, t('kiosk.priorityNone'), 'priority-none')}
      </div>
      <div class="actions">
        <button type="button" class="secondary back" ?disabled=${this.busy} @click=${() => fire(this, 'mc-back')}>
          ← ${t('action.back')}
        </button>
        <button type="button" class="take" data-testid="take-ticket" ?disabled=${this.busy} @click=${() => fire(this, 'mc-take-ticket')}>
          ${this.busy ? t('kiosk.issuing') : t('kiosk.takeTicket')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-priority': McKioskPriority;
  }
  interface HTMLElementEventMap {
    'mc-priority-chosen': CustomEvent<PriorityKind | null>;
    'mc-take-ticket': CustomEvent<null>;
    'mc-back': CustomEvent<null>;
  }
}
