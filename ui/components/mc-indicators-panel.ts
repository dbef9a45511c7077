import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { IndicatorsView } from '../../shared/types.js';
import { indicatorsCsvUrl, indicatorsJsonUrl } from '../data/indicators.js';
import { percentText, workingDaysText } from '../figure-text.js';
import { panelStyles } from '../figure-panel-styles.js';
import { formatPercent } from '../format.js';
import { LangController, lang, plural, t } from '../i18n/lang.js';

/**
 * The province's indicators of the center over a period (shared/rules/province-indicators.ts): the
 * early/on-time share, the average processing time, the 5.4 satisfaction measure on a bar with the
 * threshold marked, the share rated, online help, digitised; and the per-dossier exports. The
 * center's own row of the view: the manager board's panel and the leader's.
 */
@customElement('mc-indicators-panel')
export class McIndicatorsPanel extends LitElement {
  @property() centerId = '';
  @property({ attribute: false }) view: IndicatorsView | null = null;

  static override styles = [
    panelStyles,
    css`
      header {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 18px;
      }
      header h2 {
        margin: 0;
      }
      .count {
        font-weight: 700;
        color: var(--mc-muted);
      }
      .links {
        display: flex;
        gap: 14px;
        margin-left: auto;
      }
      a {
        font-weight: 700;
        color: var(--mc-primary);
      }
      dl {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(8.5em, 1fr));
        gap: 10px 16px;
        margin: 10px 0 0;
      }
      dt {
        font-size: 1rem;
        font-weight: 700;
        color: var(--mc-muted);
      }
      dd {
        margin: 2px 0 0;
        font-size: 1.9rem;
        font-weight: 800;
        line-height: 1.1;
      }
      .satisfaction {
        grid-column: span 2;
      }
      .score {
        display: flex;
        align-items: baseline;
        gap: 12px;
      }
      .verdict {
        font-size: 1.1rem;
      }
      [data-meets='true'] .verdict {
        color: var(--mc-ok);
      }
      [data-meets='false'] .verdict {
        color: var(--mc-accent);
      }
      /* The measure as a bar, the threshold a line across it with its label above. */
      .meter {
        position: relative;
        height: 16px;
        margin: 26px 0 4px;
        background: #dfe4ea;
        border-radius: 8px;
      }
      .fill {
        height: 100%;
        border-radius: 8px;
        background: var(--mc-ok);
      }
      [data-meets='false'] .fill {
        background: var(--mc-accent);
      }
      .mark {
        position: absolute;
        top: -6px;
        bottom: -6px;
        width: 0;
        border-left: 3px solid var(--mc-fg);
      }
      .mark span {
        position: absolute;
        bottom: calc(100% + 2px);
        right: -3px;
        font-size: 0.9rem;
        font-weight: 700;
        white-space: nowrap;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const f = this.view?.centers[0]?.figures;
    if (!this.view || !f) return html``;
    const period = { from: this.view.from, to: this.view.to };
    const threshold = this.view.threshold;
    const meets = f.meetsThreshold;
    return html`
      <header>
        <h2>${t('board.indicators.title')}</h2>
        <span class="count" data-testid="indicators-dossiers">${plural('board.indicators.dossiers', f.dossiers)}</span>
        <span class="links">
          <a data-testid="indicators-csv" href=${indicatorsCsvUrl(this.centerId, period, lang())} download>${t('board.indicators.csv')}</a>
          <a data-testid="indicators-json" href=${indicatorsJsonUrl(this.centerId, period)} download>${t('board.indicators.json')}</a>
        </span>
      </header>
      <dl>
        <div>
          <dt>${t('board.indicators.onTime')}</dt>
          <dd data-testid="indicators-on-time">${percentText(f.earlyOrOnTimeRate)}</dd>
        </div>
        <div>
          <dt>${t('board.indicators.processing')}</dt>
          <dd data-testid="indicators-processing">${workingDaysText(f.averageProcessingDays)}</dd>
        </div>
        <div class="satisfaction" data-testid="indicators-meter" data-meets=${meets === null ? 'none' : String(meets)}>
          <dt>${t('board.indicators.satisfaction')}</dt>
          <dd class="score">
            <span data-testid="indicators-satisfaction">${percentText(f.satisfactionScore)}</span>
            ${
              meets === null
                ? ''
                : html`<span class="verdict" data-testid="indicators-verdict"
                    >${meets ? t('board.indicators.meets') : t('board.indicators.below')}</span
                  >`
            }
          </dd>
          <div class="meter" role="img" aria-label="${percentText(f.satisfactionScore)} · ${thresholdText(threshold)}">
            <div class="fill" style="width: ${Math.round((f.satisfactionScore ?? 0) * 1000) / 10}%"></div>
            <div class="mark" style="left: ${threshold * 100}%">
              <span data-testid="indicators-threshold">${thresholdText(threshold)}</span>
            </div>
          </div>
        </div>
        <div>
          <dt>${t('board.indicators.rated')}</dt>
          <dd data-testid="indicators-rated">${percentText(f.ratedShare)}</dd>
        </div>
        <div>
          <dt>${t('board.indicators.online')}</dt>
          <dd data-testid="indicators-online">${percentText(f.onlineHelpShare)}</dd>
        </div>
        <div>
          <dt>${t('board.indicators.digitised')}</dt>
          <dd data-testid="indicators-digitised">${percentText(f.digitisedShare)}</dd>
        </div>
      </dl>
    `;
  }
}

const thresholdText = (threshold: number) => t('board.indicators.threshold', { threshold: formatPercent(threshold) });

declare global {
  interface HTMLElementTagNameMap {
    'mc-indicators-panel': McIndicatorsPanel;
  }
}
