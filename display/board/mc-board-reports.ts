import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { addDays } from '../../shared/rules/sessions.js';
import { REPORT_GROUPS, type ReportGroup, type ReportView } from '../../shared/types.js';
import { getReport, reportCsvUrl } from '../../ui/data/board.js';
import { LangController, lang, t } from '../../ui/i18n/lang.js';
import { printInArea } from '../../ui/print-area.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import './mc-report-table.js';

/**
 * The reports tab: a period and a grouping, the table, a print button and a CSV download.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-board-reports')
export class McBoardReports extends LitElement {
  @property() centerId = '';
  /** Today in the center's time zone (the server's clock). */
  @property() today = '';
  @state() private _from = '';
  @state() private _to = '';
  @state() private _by: ReportGroup = 'field';
  @state() private _report: ReportView | null = null;
  @state() private _busy = false;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: grid;
        gap: 14px;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        align-items: end;
        gap: 12px 18px;
      }
      label {
        display: grid;
        gap: 4px;
        font-weight: 700;
      }
      a.button {
        display: inline-flex;
        align-items: center;
        min-height: 52px;
        padding: 6px 18px;
        font-weight: 700;
        color: var(--mc-primary);
        text-decoration: none;
        border: 2px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(): void {
    // Default period: the last 30 days up to today.
    if (!this._to && this.today) {
      this._to = this.today;
      this._from = addDays(this.today, -29);
    }
  }

  private query() {
    return { from: this._from, to: this._to, by: this._by };
  }

  private async run(e?: Event): Promise<void> {
    e?.preventDefault();
    this._busy = true;
    const res = await getReport(this.centerId, this.query());
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._report = res;
  }

  private print(): void {
    const table = document.createElement('mc-report-table');
    table.report = this._report;
    printInArea(table, 'A4 landscape');
  }

  override render() {
    return html`
      <form @submit=${(e: Event) => void this.run(e)}>
        <label
          >${t('board.report.from')}
          <input
            type="date"
            data-testid="report-from"
            .value=${this._from}
            max=${this._to}
            @change=${(e: Event) => (this._from = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label
          >${t('board.report.to')}
          <input
            type="date"
            data-testid="report-to"
            .value=${this._to}
            min=${this._from}
            @change=${(e: Event) => (this._to = (e.target as HTMLInputElement).value)}
          />
        </label>
        <label
          >${t('board.report.by')}
          <select data-testid="report-by" @change=${(e: Event) => (this._by = (e.target as HTMLSelectElement).value as ReportGroup)}>
            ${REPORT_GROUPS.map((g) => html`<option value=${g} ?selected=${g === this._by}>${t(`board.report.by.${g}`)}</option>`)}
          </select>
        </label>
        <button class="primary" type="submit" data-testid="report-run" ?disabled=${this._busy}>${t('board.report.run')}</button>
        ${
          this._report
            ? html`<button type="button" data-testid="report-print" @click=${() => this.print()}>${t('board.report.print')}</button>
                <a class="button" data-testid="report-csv" href=${reportCsvUrl(this.centerId, this.query(), lang())} download
                  >${t('board.report.csv')}</a
                >`
            : ''
        }
      </form>
      <mc-report-table .report=${this._report}></mc-report-table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-reports': McBoardReports;
  }
}
