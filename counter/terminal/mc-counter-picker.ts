import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogView, CounterView } from '../../shared/types.js';
import { openCounter } from '../../ui/data/counters.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { counterStatusLabel } from './counter-status.js';

/**
 * Choosing the counter to work at: each counter with its fields, status and holder. Opening one
 * someone else still holds offers to take it over.
 *
 * @fires mc-counter-opened - the counter as opened
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-counter-picker')
export class McCounterPicker extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @property({ attribute: false }) counters: CounterView[] = [];
  /** A counter held by someone else, offered for take-over. */
  @state() private _taken: CounterView | null = null;
  private _busy = false;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        height: 100%;
        overflow: auto;
        padding: 16px 24px;
      }
      h2 {
        margin: 0;
        font-size: 1.7rem;
      }
      .hint {
        margin: 4px 0 16px;
        font-size: 1.1rem;
      }
      ul {
        display: grid;
        grid-template-columns: repeat(3, 1fr);
        gap: 16px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li > button {
        display: grid;
        gap: 6px;
        width: 100%;
        min-height: 130px;
        padding: 14px 18px;
        text-align: left;
        color: var(--mc-fg);
      }
      .number {
        font-size: 2rem;
        color: var(--mc-primary);
      }
      .fields {
        font-weight: 400;
      }
      .status {
        justify-self: start;
        padding: 2px 10px;
        color: #fff;
        background: var(--mc-border);
        border-radius: 8px;
      }
      .status.open {
        background: var(--mc-ok);
      }
      .status.paused {
        background: var(--mc-warn);
      }
      .offer {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 12px 16px;
        margin-bottom: 16px;
        padding: 14px 18px;
        font-size: 1.15rem;
        background: #fff4e0;
        border: 3px solid var(--mc-warn);
        border-radius: var(--mc-radius);
      }
      .offer p {
        flex: 1 1 100%;
        margin: 0;
      }
      .offer button {
        min-height: 60px;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async open(counter: CounterView, force = false): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    const res = await openCounter(counter.id, force ? { force } : {});
    this._busy = false;
    if ('error' in res) {
      reportError(this, res.error.message);
      if (res.error.code === 'counter-taken' && !force) {
        this._taken = counter;
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLButtonElement>('[data-testid=take-over]')?.focus();
      }
      return;
    }
    reportError(this, null);
    this._taken = null;
    fire(this, 'mc-counter-opened', res);
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    const fieldNames = (c: CounterView) =>
      c.fieldIds
        .map((id) => catalog.fields.find((f) => f.id === id))
        .map((f) => (f ? `${f.prefix} · ${localName(f)}` : ''))
        .join(', ');
    const taken = this._taken;
    return html`
      <h2>${t('counter.pick.title')}</h2>
      <p class="hint">${t('counter.pick.hint')}</p>
      ${
        taken
          ? html`<div class="offer">
              <p>${t('counter.pick.takeOverHint', { number: taken.number })}</p>
              <button type="button" class="primary" data-testid="take-over" @click=${() => this.open(taken, true)}>
                ${t('counter.pick.takeOver', { number: taken.number })}
              </button>
              <button type="button" @click=${() => (this._taken = null)}>${t('counter.pick.notNow')}</button>
            </div>`
          : ''
      }
      <ul>
        ${this.counters.map(
          (c) =>
            html`<li>
              <button type="button" data-testid="pick-counter-${c.number}" @click=${() => this.open(c)}>
                <span class="number">${t('ticket.counter', { number: c.number })}</span>
                <span class="fields">${fieldNames(c)}</span>
                <span class="status ${c.status}">${counterStatusLabel(c)}</span>
                <span>${c.staffName ? t('counter.pick.heldBy', { name: c.staffName }) : t('counter.pick.free')}</span>
              </button>
            </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-picker': McCounterPicker;
  }
  interface HTMLElementEventMap {
    'mc-counter-opened': CustomEvent<CounterView>;
  }
}
