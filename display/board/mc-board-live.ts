import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BoardAlert } from '../../shared/rules/board-alerts.js';
import type { BoardView, CounterView, FastTrackDay, Field, FieldWaiting, IndicatorsView, RatingsDay } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { percentText } from '../../ui/figure-text.js';
import { hourLabels, hourSeries } from './board-charts.js';
import './mc-board-alerts.js';
import './mc-board-chart.js';
import './mc-board-counters.js';
import './mc-board-fields.js';
import './mc-board-figures.js';
import '../../ui/components/mc-indicators-panel.js';

/** The live tab: alerts and the day's figures on top, fields and counters side by side, then the charts. */
@customElement('mc-board-live')
export class McBoardLive extends LitElement {
  @property({ attribute: false }) board: BoardView | null = null;
  @property({ attribute: false }) fields: Field[] = [];
  @property({ attribute: false }) counters: CounterView[] = [];
  @property({ attribute: false }) waiting: FieldWaiting[] = [];
  @property({ attribute: false }) alerts: BoardAlert[] = [];
  @property({ attribute: false }) fastTrack: FastTrackDay | null = null;
  @property({ attribute: false }) ratings: RatingsDay | null = null;
  /** The province's indicators of the last 30 days: the center's own row. */
  @property({ attribute: false }) indicators: IndicatorsView | null = null;
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @property({ type: Number }) now = 0;

  static override styles = css`
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 14px;
    }
    mc-indicators-panel {
      grid-column: 1 / -1;
    }
    .figures {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 14px;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const { board, fastTrack, ratings } = this;
    if (!board) return html``;
    const { hours, labels } = hourLabels(board.hours);
    return html`
      <mc-board-alerts .alerts=${this.alerts} .fields=${this.fields}></mc-board-alerts>
      <div class="figures">
        ${
          fastTrack
            ? html`<mc-board-figures
                heading=${t('board.fast.title')}
                .figures=${[
                  { label: t('board.fast.dossiers'), value: String(fastTrack.dossiers), testid: 'board-fast-dossiers' },
                  {
                    label: t('board.fast.rate'),
                    value: percentText(fastTrack.dossiers ? fastTrack.sameDayRate : null),
                    testid: 'board-fast-rate',
                  },
                  { label: t('board.fast.awaiting'), value: String(fastTrack.awaitingApproval.length), testid: 'board-fast-awaiting' },
                ]}
              ></mc-board-figures>`
            : ''
        }
        ${
          ratings && ratings.rated > 0
            ? html`<mc-board-figures
                data-testid="board-satisfaction"
                heading=${t('board.satisfaction.title')}
                .figures=${[
                  {
                    label: t('board.satisfaction.ratio'),
                    value: percentText(ratings.satisfactionRatio),
                    testid: 'board-satisfaction-ratio',
                  },
                  { label: t('board.satisfaction.rated'), value: String(ratings.rated), testid: 'board-satisfaction-rated' },
                  {
                    label: t('board.satisfaction.unsatisfied'),
                    value: String(ratings.counts.unsatisfied),
                    testid: 'board-satisfaction-unsatisfied',
                  },
                ]}
              ></mc-board-figures>`
            : ''
        }
      </div>
      ${
        this.indicators
          ? html`<mc-indicators-panel
              data-testid="board-indicators"
              .centerId=${board.centerId}
              .view=${this.indicators}
            ></mc-indicators-panel>`
          : ''
      }
      <mc-board-fields .board=${board} .fields=${this.fields} .waiting=${this.waiting} .now=${this.now}></mc-board-fields>
      <mc-board-counters .board=${board} .counters=${this.counters} .timezone=${this.timezone}></mc-board-counters>
      <mc-board-chart
        kind="bar"
        heading=${t('board.chart.arrivals')}
        .labels=${labels}
        .series=${hourSeries(this.fields, board.hours, hours, (h) => h?.arrivals ?? 0)}
      ></mc-board-chart>
      <mc-board-chart
        kind="line"
        heading=${t('board.chart.waits')}
        .labels=${labels}
        .series=${hourSeries(this.fields, board.hours, hours, (h) => (h?.averageWaitMinutes == null ? null : Math.round(h.averageWaitMinutes)))}
      ></mc-board-chart>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-live': McBoardLive;
  }
}
