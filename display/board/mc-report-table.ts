import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { DurationStats, ReportRow, ReportView } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { formatDay, formatNumber } from '../../ui/format.js';
import { percentText } from '../../ui/figure-text.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

const minutes = (s: DurationStats) =>
  [s.average, s.median, s.p90].map((m) => (m === null ? t('board.none') : formatNumber(m, 1))).join(' / ');

/** A report as a table with its total row; the same element is shown on screen and printed. */
@customElement('mc-report-table')
export class McReportTable extends LitElement {
  @property({ attribute: false }) report: ReportView | null = null;

  static override styles = [
    panelStyles,
    css`
      :host {
        background: #fff;
      }
      table {
        font-size: 1rem;
      }
      tfoot td {
        font-weight: 800;
        border-top: 3px solid var(--mc-border);
      }
      @media print {
        :host {
          border: 0;
          padding: 0;
        }
        table {
          font-size: 9pt;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private row(r: ReportRow, total = false) {
    return html`<tr data-testid=${total ? 'report-total' : `report-row-${r.key}`}>
      <td>${total ? t('board.report.total') : localName(r)}</td>
      <td class="num" data-testid=${total ? 'report-total-tickets' : ''}>${r.tickets}</td>
      <td class="num">${r.procedures}</td>
      <td class="num">${r.withoutDossierCode}</td>
      <td class="num">${minutes(r.wait)}</td>
      <td class="num">${minutes(r.service)}</td>
      <td class="num">${r.noShows}</td>
      <td class="num">${r.transfers}</td>
      <td class="num">${r.results.early} / ${r.results.onTime} / ${r.results.late}</td>
      <td class="num">${percentText(r.results.earlyOrOnTimeRate)}</td>
      <td class="num">${percentText(r.fastTrack.sameDayRate)}</td>
      <td class="num">${percentText(r.satisfaction.ratio)}</td>
    </tr>`;
  }

  override render() {
    const report = this.report;
    if (!report) return html``;
    return html`
      <h2>
        ${t('board.report.heading', { from: formatDay(report.from), to: formatDay(report.to), by: t(`board.report.by.${report.by}`) })}
      </h2>
      ${
        report.rows.length === 0
          ? html`<p>${t('board.report.empty')}</p>`
          : html`<table data-testid="report-table">
              <thead>
                <tr>
                  <th>${t('board.report.col.group')}</th>
                  <th class="num">${t('board.report.col.tickets')}</th>
                  <th class="num">${t('board.report.col.procedures')}</th>
                  <th class="num">${t('board.report.col.withoutCode')}</th>
                  <th class="num">${t('board.report.col.wait')}</th>
                  <th class="num">${t('board.report.col.service')}</th>
                  <th class="num">${t('board.report.col.noShows')}</th>
                  <th class="num">${t('board.report.col.transfers')}</th>
                  <th class="num">${t('board.report.col.results')}</th>
                  <th class="num">${t('board.report.col.onTimeRate')}</th>
                  <th class="num">${t('board.report.col.sameDay')}</th>
                  <th class="num">${t('board.report.col.satisfaction')}</th>
                </tr>
              </thead>
              <tbody>
                ${report.rows.map((r) => this.row(r))}
              </tbody>
              <tfoot>
                ${this.row(report.total, true)}
              </tfoot>
            </table>`
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-report-table': McReportTable;
  }
}
