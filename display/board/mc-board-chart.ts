import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import { LitElement, css, html } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { locale } from '../../ui/i18n/lang.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip);

export interface ChartSeries {
  label: string;
  colour: string;
  data: (number | null)[];
}

/** One chart.js chart (stacked bars or lines) over the day's hours; redrawn in place when its data changes. */
@customElement('mc-board-chart')
export class McBoardChart extends LitElement {
  @property() heading = '';
  @property() kind: 'bar' | 'line' = 'bar';
  @property({ attribute: false }) labels: string[] = [];
  @property({ attribute: false }) series: ChartSeries[] = [];
  @query('canvas') private _canvas!: HTMLCanvasElement;
  private _chart: Chart<'bar' | 'line', (number | null)[], string> | null = null;

  static override styles = [
    panelStyles,
    css`
      .frame {
        position: relative;
        height: 240px;
      }
    `,
  ];

  private datasets() {
    return this.series.map((s) => ({
      label: s.label,
      data: s.data,
      backgroundColor: s.colour,
      borderColor: s.colour,
      borderWidth: this.kind === 'line' ? 3 : 0,
      spanGaps: true,
    }));
  }

  override firstUpdated(): void {
    const stacked = this.kind === 'bar';
    const config: ChartConfiguration<'bar' | 'line', (number | null)[], string> = {
      type: this.kind,
      data: { labels: this.labels, datasets: this.datasets() },
      options: {
        // A wall screen redraws often: no animation, no wasted frames.
        animation: false,
        // Numbers on the axes and in the tooltips as the screen's language writes them, not the browser's.
        locale: locale(),
        maintainAspectRatio: false,
        scales: {
          x: { stacked, ticks: { font: { size: 14 }, color: '#111' } },
          y: { stacked, beginAtZero: true, ticks: { font: { size: 14 }, color: '#111', precision: 0 } },
        },
        plugins: { legend: { labels: { font: { size: 14 }, color: '#111', boxWidth: 16 } } },
      },
    };
    this._chart = new Chart(this._canvas, config);
  }

  override updated(changed: Map<string, unknown>): void {
    if (!this._chart || !(changed.has('labels') || changed.has('series'))) return;
    this._chart.data.labels = this.labels;
    this._chart.data.datasets = this.datasets();
    this._chart.options.locale = locale();
    this._chart.update();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._chart?.destroy();
    this._chart = null;
  }

  override render() {
    return html`<h2>${this.heading}</h2>
      <div class="frame"><canvas role="img" aria-label=${this.heading}></canvas></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-chart': McBoardChart;
  }
}
