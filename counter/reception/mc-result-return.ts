import { LitElement, css, html, type PropertyValues } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import { parseDossierCode } from '../../shared/rules/dossier-code.js';
import { timeliness, type Timeliness } from '../../shared/rules/working-days.js';
import type { CatalogView, PendingResult } from '../../shared/types.js';
import '../../ui/components/mc-confirm-dialog.js';
import '../components/mc-appointment-reprint.js';
import { pendingResults, returnResult } from '../../ui/data/tickets.js';
import { refusalText } from '../../ui/dossier-code-text.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../../ui/staff/coalesced-loader.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { receptionPanelStyles } from './reception-panel-styles.js';

interface Returned {
  number: string;
  procedureId: number;
  timeliness: Timeliness;
}

/**
 * "Trả kết quả theo giấy hẹn": the results promised on appointment slips (of any day) and not
 * handed over yet, the oldest promise first, narrowed to the ticket number the citizen shows or to
 * the dossier code on the slip (typed, or scanned: the scanner's Enter puts the keyboard on the one
 * result found, so a second Enter asks to hand it over). Handing one over (once confirmed: it cannot
 * be undone) records the day and says whether it came before, on or after the due date ("Trước hạn",
 * "Đúng hạn", "Trễ hạn").
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-result-return')
export class McResultReturn extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** Moves on every ticket event of the center. */
  @property({ type: Number }) revision = 0;
  @state() private _results: PendingResult[] = [];
  @state() private _query = '';
  @state() private _returned: Returned | null = null;
  /** Why the dossier code searched for is refused, once Enter was pressed or the field left. */
  @state() private _codeError = '';
  /** The result the clerk is asked to confirm handing over. */
  @state() private _asking: PendingResult | null = null;
  /** The ticket whose Form 01 is shown for a reprint. */
  @state() private _reprint: number | null = null;
  private _busy = false;
  private readonly loader = new CoalescedLoader(() => this.load());

  static override styles = [
    staffStyles,
    receptionPanelStyles,
    css`
      input {
        font-size: 1.2rem;
        text-transform: uppercase;
      }
      input::placeholder {
        text-transform: none;
      }
      .result {
        margin: 0;
        padding: 8px 12px;
        font-size: 1.15rem;
        background: #fff;
        border: 2px solid var(--mc-ok);
        border-radius: 10px;
      }
      .timeliness {
        display: inline-block;
        padding: 2px 10px;
        font-weight: 800;
        color: #fff;
        background: var(--mc-ok);
        border-radius: 8px;
      }
      .timeliness.late {
        background: var(--mc-accent);
      }
      ul {
        display: grid;
        gap: 6px;
        max-height: 300px;
        margin: 0;
        padding: 0;
        overflow-y: auto;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 6px 8px 6px 12px;
        background: #fff;
        border: 1px solid #9aa5b1;
        border-radius: 8px;
      }
      .number {
        font-size: 1.5rem;
        font-weight: 800;
      }
      .what {
        flex: 1;
        min-width: 0;
      }
      .what > span {
        display: block;
      }
      .procedure {
        font-weight: 700;
      }
      .received {
        font-size: 0.95rem;
        color: var(--mc-muted);
      }
      /* The records system's word: a result to hand over stands out; the others warn. */
      .what > .records {
        display: inline-block;
        padding: 1px 8px;
        font-weight: 800;
        color: #fff;
        background: var(--mc-ok);
        border-radius: 6px;
      }
      .what > .records:not(.result-ready) {
        background: var(--mc-accent);
      }
      .empty {
        margin: 0;
        font-size: 1.05rem;
      }
      /* A code never breaks across lines. */
      .code {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('revision') || changed.has('catalog')) void this.loader.refresh();
  }

  private async load(): Promise<void> {
    if (!this.catalog) return;
    const res = await pendingResults(this.catalog.center.id);
    if ('error' in res) reportError(this, res.error.message);
    else this._results = res.results;
  }

  private async hand(item: PendingResult): Promise<void> {
    this._asking = null;
    if (this._busy) return;
    this._busy = true;
    const res = await returnResult(item.ticketId, item.procedureId);
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    const returned = res.procedures.find((p) => p.procedureId === item.procedureId);
    const due = returned?.dueDate ?? returned?.resultDate;
    if (returned?.returnedOn && due) {
      this._returned = { number: res.number, procedureId: item.procedureId, timeliness: timeliness(returned.returnedOn, due) };
    }
    void this.loader.refresh();
  }

  /**
   * What the search field asks for: a dossier code (found by the shared rule; ticket numbers have no
   * dot or dash), or the start of a ticket number — numbers start again every day, so the same
   * number may have results from several days.
   */
  private search() {
    const query = this._query.trim().toUpperCase();
    const check = parseDossierCode(query, this.catalog?.center.agencyCode ?? null);
    if (check.ok) return { query, check, items: this._results.filter((r) => r.dossierCode === check.dossier.code) };
    if (/[.-]/.test(query)) return { query, check, items: [] };
    return { query, check: null, items: query ? this._results.filter((r) => r.number.startsWith(query)) : this._results };
  }

  /** Enter or leaving the field: a refused code says why; Enter on one result found goes to its button. */
  private async settle(enter: boolean): Promise<void> {
    const { check, items } = this.search();
    this._codeError = check && !check.ok ? refusalText(check) : '';
    if (!enter || items.length !== 1 || !items[0]) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>(`[data-testid="return-result-${items[0].ticketId}-${items[0].procedureId}"]`)?.focus();
  }

  /**
   * A scanner's Enter: its key press must not reach the button the keyboard moves to (that would
   * hand the result over unasked).
   */
  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    void this.settle(true);
  }

  override render() {
    const { query, check, items } = this.search();
    const returned = this._returned;
    const procedureName = (id: number) => {
      const procedure = this.catalog?.procedures.find((p) => p.id === id);
      return procedure ? localName(procedure) : '';
    };
    return html`
      <h2>${t('reception.return.title')}</h2>
      <label>
        ${t('reception.return.number')}
        <input
          type="search"
          data-testid="return-number"
          autocomplete="off"
          spellcheck="false"
          maxlength="64"
          placeholder=${t('reception.return.placeholder')}
          aria-invalid=${this._codeError ? 'true' : 'false'}
          aria-describedby="return-code-error"
          .value=${this._query}
          @input=${(e: Event) => {
            this._query = (e.target as HTMLInputElement).value;
            this._codeError = '';
          }}
          @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}
          @change=${() => void this.settle(false)}
        />
      </label>
      <p class="error" id="return-code-error" data-testid="return-code-error" ?hidden=${!this._codeError}>${this._codeError}</p>
      ${
        returned
          ? html`<p class="result" role="status">
              ${t('reception.return.done', { number: returned.number, procedure: procedureName(returned.procedureId) })}
              <span class="timeliness ${returned.timeliness}" data-testid="timeliness"
                >${t(`reception.timeliness.${returned.timeliness}`)}</span
              >
            </p>`
          : ''
      }
      ${
        items.length === 0 && this._codeError
          ? ''
          : items.length === 0
            ? html`<p class="empty" data-testid="pending-empty">
                ${
                  check
                    ? t('reception.return.nothingForCode', { code: check.ok ? check.dossier.code : query })
                    : query
                      ? t('reception.return.nothingFor', { number: query })
                      : t('reception.return.none')
                }
              </p>`
            : html`<ul data-testid="pending-results">
                ${items.map((item) => {
                  // The date on the slip: the one staff promised, else the legal due date.
                  const promised = item.resultDate ?? item.dueDate;
                  return html`<li data-testid="pending-${item.number}">
                    <span class="number">${item.number}</span>
                    <span class="what">
                      <span class="procedure">${procedureName(item.procedureId)}</span>
                      ${
                        item.recordsStatus
                          ? html`<span class="records ${item.recordsStatus}" data-testid="records-${item.ticketId}-${item.procedureId}"
                              >${t(`reception.records.${item.recordsStatus}`)}</span
                            >`
                          : ''
                      }
                      ${promised ? html`<span>${t('reception.return.due', { date: formatDay(promised, { weekday: true }) })}</span>` : ''}
                      <span class="received">${t('reception.return.received', { date: formatDay(item.receivedOn) })}</span>
                      ${
                        item.dossierCode
                          ? html`<span class="received">${t('reception.return.code')} <span class="code">${item.dossierCode}</span></span>`
                          : ''
                      }
                    </span>
                    <button
                      type="button"
                      data-testid="reprint-${item.ticketId}-${item.procedureId}"
                      @click=${() => (this._reprint = item.ticketId)}
                    >
                      ${t('counter.appointment.reprint')}
                    </button>
                    <button
                      type="button"
                      class="primary"
                      data-testid="return-result-${item.ticketId}-${item.procedureId}"
                      aria-label=${t('reception.return.handLabel', { number: item.number, procedure: procedureName(item.procedureId) })}
                      @click=${() => (this._asking = item)}
                    >
                      ${t('reception.return.hand')}
                    </button>
                  </li>`;
                })}
              </ul>`
      }
      ${this.renderAsk(procedureName)}
      <mc-appointment-reprint
        .ticketId=${this._reprint}
        .catalog=${this.catalog}
        @mc-reprint-close=${() => (this._reprint = null)}
      ></mc-appointment-reprint>
    `;
  }

  private renderAsk(procedureName: (id: number) => string) {
    const item = this._asking;
    return html`<mc-confirm-dialog
      ?open=${item !== null}
      .heading=${t('reception.return.ask.title')}
      .message=${
        item
          ? t('reception.return.ask', { number: item.number, procedure: procedureName(item.procedureId), date: formatDay(item.receivedOn) })
          : ''
      }
      .confirmLabel=${t('reception.return.ask.yes')}
      .cancelLabel=${t('reception.return.ask.no')}
      @mc-confirm=${() => {
        if (item) void this.hand(item);
      }}
      @mc-confirm-cancel=${() => (this._asking = null)}
    ></mc-confirm-dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-result-return': McResultReturn;
  }
}
