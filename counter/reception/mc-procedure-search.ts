import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogView, Procedure } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { matchesQuery } from './search-text.js';

interface ProcedureGroup {
  prefix: string;
  name: string;
  procedures: Procedure[];
}

/**
 * Every procedure of the center, grouped by field, filtered by name or code (accents optional).
 * Enter in the search box adds the first match.
 *
 * @fires mc-add-procedure - the id of the procedure to add
 */
@customElement('mc-procedure-search')
export class McProcedureSearch extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @property({ attribute: false }) chosen: number[] = [];
  /** No more can be added (the visit already has the most one ticket takes). */
  @property({ type: Boolean }) full = false;
  @state() private _query = '';

  static override styles = [
    staffStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 10px;
        min-height: 0;
      }
      label {
        display: grid;
        gap: 6px;
        font-size: 1.15rem;
        font-weight: 700;
      }
      input {
        font-size: 1.2rem;
      }
      .list {
        flex: 1;
        min-height: 0;
        overflow-y: auto;
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      h3 {
        position: sticky;
        top: 0;
        margin: 0;
        padding: 6px 14px;
        font-size: 1.05rem;
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      ul {
        margin: 0;
        padding: 6px;
        list-style: none;
      }
      li button {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 12px;
        width: 100%;
        min-height: 52px;
        margin: 3px 0;
        text-align: left;
        color: var(--mc-fg);
        border-color: #9aa5b1;
      }
      .code {
        flex: none;
        font-size: 0.85rem;
        font-weight: 400;
        color: var(--mc-muted);
      }
      button:disabled .code {
        color: inherit;
      }
      .none {
        padding: 14px;
        font-size: 1.1rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  focusSearch(): void {
    this.renderRoot.querySelector('input')?.focus();
  }

  private groups(): ProcedureGroup[] {
    const catalog = this.catalog;
    if (!catalog) return [];
    return [...catalog.fields]
      .sort((a, b) => a.sort - b.sort)
      .map((field) => ({
        prefix: field.prefix,
        name: localName(field),
        procedures: catalog.procedures.filter(
          (p) => p.fieldId === field.id && matchesQuery(`${p.nameVi} ${p.nameEn} ${p.code} ${field.nameVi} ${field.nameEn}`, this._query),
        ),
      }))
      .filter((group) => group.procedures.length > 0);
  }

  private onKeydown(e: KeyboardEvent, groups: ProcedureGroup[]): void {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    const first = groups.flatMap((g) => g.procedures).find((p) => !this.chosen.includes(p.id));
    if (first && !this.full) {
      fire(this, 'mc-add-procedure', first.id);
      this._query = '';
    }
  }

  override render() {
    const groups = this.groups();
    return html`
      <label>
        ${t('reception.search.label')}
        <input
          type="search"
          data-testid="procedure-search"
          placeholder=${t('reception.search.placeholder')}
          autocomplete="off"
          .value=${this._query}
          @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e, groups)}
        />
      </label>
      <div class="list">
        ${groups.length === 0 ? html`<p class="none">${t('reception.search.none')}</p>` : ''}
        ${groups.map(
          (group) => html`
            <h3>${group.prefix} · ${group.name}</h3>
            <ul>
              ${group.procedures.map((p) => {
                const added = this.chosen.includes(p.id);
                return html`<li>
                  <button
                    type="button"
                    data-testid="add-procedure-${p.id}"
                    aria-label=${t('reception.add', { name: localName(p) })}
                    ?disabled=${added || this.full}
                    @click=${() => fire(this, 'mc-add-procedure', p.id)}
                  >
                    <span>${added ? '✓' : '+'} ${localName(p)}</span>
                    <span class="code">${added ? t('reception.added') : p.code}</span>
                  </button>
                </li>`;
              })}
            </ul>
          `,
        )}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-procedure-search': McProcedureSearch;
  }
  interface HTMLElementEventMap {
    'mc-add-procedure': CustomEvent<number>;
  }
}
