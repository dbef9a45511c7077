import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import '../components/mc-appointment-reprint.js';
import { parseDossierCode } from '../../shared/rules/dossier-code.js';
import type { CatalogView, DossierLine } from '../../shared/types.js';
import { findDossier } from '../../ui/data/tickets.js';
import { refusalText } from '../../ui/dossier-code-text.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { receptionPanelStyles } from './reception-panel-styles.js';
import { formatDay } from '../../ui/format.js';

/**
 * "Tra cứu hồ sơ theo mã": the dossier code on a citizen's slip — typed, or from a barcode/QR
 * scanner that types it and ends with Enter — finds its procedure line, of any day, and says where it
 * stands (handed over, waiting for its appointment, sent back to be completed). A code the shared rule
 * refuses is said beside the field, before asking the server.
 */
@customElement('mc-dossier-lookup')
export class McDossierLookup extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** Why the code typed is refused (the rule's reason or the server's). */
  @state() private _error = '';
  /** The last search: its code and what it found (null: no line has it). */
  @state() private _found: { code: string; line: DossierLine | null } | null = null;
  /** The ticket whose Form 01 is shown for a reprint. */
  @state() private _reprint: number | null = null;
  private _busy = false;

  static override styles = [
    staffStyles,
    receptionPanelStyles,
    css`
      form {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        align-items: end;
        gap: 8px;
      }
      input {
        font-size: 1.15rem;
        font-variant-numeric: tabular-nums;
      }
      .found {
        display: grid;
        gap: 2px;
        margin: 0;
        padding: 8px 12px;
        font-size: 1.05rem;
        background: #fff;
        border: 2px solid var(--mc-primary);
        border-radius: 10px;
      }
      .found .code {
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .found .procedure {
        font-weight: 700;
      }
      .found .stage {
        font-weight: 700;
        color: var(--mc-primary);
      }
      .none {
        margin: 0;
        font-size: 1.05rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async search(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const catalog = this.catalog;
    const input = this.renderRoot.querySelector('input');
    if (!catalog || !input || this._busy) return;
    this._found = null;
    const check = parseDossierCode(input.value, catalog.center.agencyCode);
    if (!check.ok) {
      this._error = refusalText(check);
      input.select();
      return;
    }
    this._busy = true;
    const res = await findDossier(catalog.center.id, check.dossier.code);
    this._busy = false;
    if ('error' in res) {
      this._error = res.error.message;
      return;
    }
    this._error = '';
    input.value = check.dossier.code;
    // The next scan replaces this one.
    input.select();
    this._found = { code: check.dossier.code, line: res.dossier };
  }

  /** Where the dossier stands now. */
  private stage(line: DossierLine): string {
    if (line.returnedOn) return t('reception.dossier.returned', { date: formatDay(line.returnedOn) });
    if (line.outcome === 'incomplete') return t('reception.dossier.incomplete');
    const promised = line.resultDate ?? line.dueDate;
    return promised ? t('reception.dossier.pending', { date: formatDay(promised, { weekday: true }) }) : '';
  }

  override render() {
    const found = this._found;
    const procedureName = (id: number) => {
      const procedure = this.catalog?.procedures.find((p) => p.id === id);
      return procedure ? localName(procedure) : '';
    };
    return html`
      <h2>${t('reception.dossier.title')}</h2>
      <form novalidate @submit=${(e: SubmitEvent) => void this.search(e)}>
        <label>
          ${t('reception.dossier.label')}
          <input
            type="search"
            data-testid="dossier-search"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="64"
            placeholder=${t('reception.dossier.placeholder')}
            aria-invalid=${this._error ? 'true' : 'false'}
            aria-describedby="dossier-search-error"
            @input=${() => (this._error = '')}
          />
        </label>
        <button type="submit" class="primary" data-testid="dossier-search-submit">${t('reception.dossier.search')}</button>
      </form>
      <p class="error" id="dossier-search-error" data-testid="dossier-search-error">${this._error}</p>
      <div role="status">
        ${
          found?.line
            ? html`<p class="found" data-testid="dossier-found">
                <span class="code">${found.line.dossierCode}</span>
                <span class="procedure">${procedureName(found.line.procedureId)}</span>
                <span>${t('reception.dossier.ticket', { number: found.line.number, date: formatDay(found.line.receivedOn) })}</span>
                <span class="stage">${this.stage(found.line)}</span>
                ${
                  found.line.outcome === 'appointment'
                    ? html`<button
                        type="button"
                        data-testid="dossier-reprint"
                        @click=${() => (this._reprint = found.line?.ticketId ?? null)}
                      >
                        ${t('counter.appointment.reprint')}
                      </button>`
                    : ''
                }
              </p>`
            : found
              ? html`<p class="none" data-testid="dossier-none">${t('reception.dossier.none', { code: found.code })}</p>`
              : ''
        }
      </div>
      <mc-appointment-reprint
        .ticketId=${this._reprint}
        .catalog=${this.catalog}
        @mc-reprint-close=${() => (this._reprint = null)}
      ></mc-appointment-reprint>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-dossier-lookup': McDossierLookup;
  }
}
