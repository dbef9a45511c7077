import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LangController, plural, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { SHORTCUTS, type CounterAction } from './counter-actions.js';

/**
 * The big action buttons, in the order of a ticket's life; each shows its keys.
 *
 * @fires mc-counter-action - the action pressed
 */
@customElement('mc-counter-actions')
export class McCounterActions extends LitElement {
  @property({ attribute: false }) allowed: ReadonlySet<CounterAction> = new Set();
  @property({ type: Boolean }) paused = false;
  /** Recalls made and needed before No-show unlocks, shown on the button. */
  @property({ attribute: false }) recalls: { count: number; needed: number } | null = null;
  /** Why Finish cannot hand over the result yet (a fast-lane dossier awaiting the leader), shown on the button. */
  @property() finishHint = '';

  static override styles = [
    staffStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: repeat(4, 1fr);
        gap: 10px;
      }
      button {
        display: flex;
        flex-direction: column;
        justify-content: center;
        align-items: center;
        gap: 4px;
        min-height: 86px;
        padding: 6px 8px;
        font-size: 1.2rem;
        text-align: center;
      }
      .keys {
        display: flex;
        gap: 4px;
        font-size: 1rem;
      }
      .hint {
        font-size: 0.85rem;
        font-weight: 400;
      }
      .go:enabled {
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      .ok:enabled {
        color: #fff;
        background: var(--mc-ok);
        border-color: var(--mc-ok);
      }
      .warn:enabled {
        color: var(--mc-accent);
        border-color: var(--mc-accent);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  /** Puts the keyboard back on an action, e.g. after a panel closes. */
  focusAction(action: CounterAction): void {
    const button = this.renderRoot.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
    (button && !button.disabled ? button : this.renderRoot.querySelector<HTMLButtonElement>('button:enabled'))?.focus();
  }

  override render() {
    const recalls = this.recalls;
    return html`
      ${this.button('call-next', 'call-next', 'go')} ${this.button('recall', 'recall', 'go')} ${this.button('start', 'start', 'ok')}
      ${this.button('finish', 'finish', 'ok', this.finishHint)}
      ${this.button('no-show', 'no-show', 'warn', recalls ? plural('counter.noShowProgress', recalls.needed, { done: Math.min(recalls.count, recalls.needed) }) : '')}
      ${this.button('transfer', 'transfer', '')} ${this.paused ? this.button('resume', 'resume', 'go') : this.button('pause', 'pause', '')}
      ${this.button('close', 'close-counter', '')}
    `;
  }

  private button(action: CounterAction, testid: string, tone: string, hint = '') {
    const keys = SHORTCUTS[action];
    return html`<button
      type="button"
      class=${tone}
      data-action=${action}
      data-testid=${testid}
      aria-keyshortcuts=${keys ? keys.join(' ') : nothing}
      ?disabled=${!this.allowed.has(action)}
      @click=${() => fire(this, 'mc-counter-action', action)}
    >
      <span>${t(`counter.action.${action}`)}</span>
      ${keys ? html`<span class="keys" aria-hidden="true">${keys.map((k) => html`<kbd>${k}</kbd>`)}</span>` : ''}
      ${hint ? html`<span class="hint">${hint}</span>` : ''}
    </button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-actions': McCounterActions;
  }
  interface HTMLElementEventMap {
    'mc-counter-action': CustomEvent<CounterAction>;
  }
}
