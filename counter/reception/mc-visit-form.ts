import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { PRIORITY_KINDS, type CatalogView, type IssuedTicket, type PriorityKind } from '../../shared/types.js';
import { issueTicket } from '../../ui/data/tickets.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire, type McEvent } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-procedure-search.js';
import type { McProcedureSearch } from './mc-procedure-search.js';

/** The most procedures one ticket carries (issueTicketSchema). */
const MAX_PROCEDURES = 6;

/**
 * One citizen's visit: the procedures in the order given (the first decides the queue), an optional
 * priority, then "Cấp số", which issues the ticket and starts afresh.
 *
 * @fires mc-ticket-issued - the ticket just issued
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-visit-form')
export class McVisitForm extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @state() private _chosen: number[] = [];
  @state() private _priority: PriorityKind | null = null;
  @state() private _busy = false;
  @query('mc-procedure-search') private _search?: McProcedureSearch;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1.15fr) minmax(0, 1fr);
        gap: 16px;
        min-height: 0;
      }
      .visit {
        display: flex;
        flex-direction: column;
        gap: 12px;
        min-height: 0;
        overflow-y: auto;
      }
      h2,
      legend {
        margin: 0;
        padding: 0;
        font-size: 1.15rem;
        font-weight: 700;
      }
      ol {
        display: grid;
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
        counter-reset: chosen;
      }
      ol li {
        display: flex;
        align-items: center;
        gap: 10px;
        padding: 6px 6px 6px 12px;
        font-size: 1.1rem;
        background: var(--mc-surface);
        border: 2px solid var(--mc-border);
        border-radius: 10px;
        counter-increment: chosen;
      }
      ol li::before {
        content: counter(chosen) '.';
        font-weight: 700;
      }
      .name {
        flex: 1;
      }
      .first {
        display: block;
        font-size: 0.85rem;
        font-weight: 700;
        color: var(--mc-primary);
      }
      ol button {
        min-height: 44px;
        padding: 4px 12px;
      }
      .note {
        margin: 0;
        font-size: 1.05rem;
        color: var(--mc-muted);
      }
      fieldset {
        margin: 0;
        padding: 0;
        border: 0;
      }
      .priorities {
        display: flex;
        flex-wrap: wrap;
        gap: 8px;
        margin-top: 6px;
      }
      .priorities button {
        min-height: 48px;
        padding: 4px 12px;
        font-size: 1rem;
      }
      .priorities button[aria-pressed='true'] {
        color: #fff;
        background: var(--mc-warn);
        border-color: var(--mc-warn);
      }
      .priorities button.none[aria-pressed='true'] {
        background: var(--mc-primary);
        border-color: var(--mc-primary);
      }
      .issue {
        min-height: 72px;
        font-size: 1.5rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private addProcedure(id: number): void {
    if (!this._chosen.includes(id) && this._chosen.length < MAX_PROCEDURES) this._chosen = [...this._chosen, id];
  }

  private removeProcedure(id: number): void {
    this._chosen = this._chosen.filter((x) => x !== id);
    this._search?.focusSearch();
  }

  private async issue(): Promise<void> {
    const catalog = this.catalog;
    if (!catalog || this._busy || this._chosen.length === 0) return;
    this._busy = true;
    const res = await issueTicket(catalog.center.id, { procedureIds: this._chosen, priority: this._priority });
    this._busy = false;
    if ('error' in res) {
      reportError(this, res.error.message);
      return;
    }
    reportError(this, null);
    this._chosen = [];
    this._priority = null;
    fire(this, 'mc-ticket-issued', res);
    this._search?.focusSearch();
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    const full = this._chosen.length >= MAX_PROCEDURES;
    return html`
      <mc-procedure-search
        .catalog=${catalog}
        .chosen=${this._chosen}
        ?full=${full}
        @mc-add-procedure=${(e: McEvent<'mc-add-procedure'>) => this.addProcedure(e.detail)}
      ></mc-procedure-search>
      <div class="visit">
        <h2 id="chosen-title">${t('reception.chosen.title', { count: this._chosen.length, max: MAX_PROCEDURES })}</h2>
        ${
          this._chosen.length === 0
            ? html`<p class="note">${t('reception.chosen.empty')}</p>`
            : html`<ol aria-labelledby="chosen-title" data-testid="chosen-procedures">
                ${this._chosen.map((id, i) => {
                  const procedure = catalog.procedures.find((p) => p.id === id);
                  const field = catalog.fields.find((f) => f.id === procedure?.fieldId);
                  const name = procedure ? localName(procedure) : '';
                  return html`<li>
                    <span class="name">
                      ${name} ${field ? html`(${field.prefix})` : ''}
                      ${i === 0 ? html`<span class="first">${t('reception.chosen.first')}</span>` : ''}
                    </span>
                    <button
                      type="button"
                      class="danger"
                      data-testid="remove-procedure-${id}"
                      aria-label=${t('reception.chosen.removeLabel', { name })}
                      @click=${() => this.removeProcedure(id)}
                    >
                      ${t('reception.chosen.remove')}
                    </button>
                  </li>`;
                })}
              </ol>`
        }
        ${full ? html`<p class="note">${t('reception.chosen.full', { max: MAX_PROCEDURES })}</p>` : ''}
        <fieldset>
          <legend>${t('reception.priority.title')}</legend>
          <div class="priorities">
            ${[null, ...PRIORITY_KINDS].map(
              (kind) =>
                html`<button
                  type="button"
                  class=${kind ? '' : 'none'}
                  data-testid="priority-${kind ?? 'none'}"
                  aria-pressed=${this._priority === kind ? 'true' : 'false'}
                  @click=${() => (this._priority = kind)}
                >
                  ${kind ? t(`priority.${kind}`) : t('reception.priority.none')}
                </button>`,
            )}
          </div>
        </fieldset>
        <button
          type="button"
          class="primary issue"
          data-testid="issue-ticket"
          ?disabled=${this._chosen.length === 0 || this._busy}
          @click=${() => void this.issue()}
        >
          ${this._busy ? t('reception.issuing') : t('reception.issue')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-visit-form': McVisitForm;
  }
  interface HTMLElementEventMap {
    'mc-ticket-issued': CustomEvent<IssuedTicket>;
  }
}
