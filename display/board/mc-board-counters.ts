import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BoardView, CounterView } from '../../shared/types.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { minutesText } from '../../ui/figure-text.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

/** Per counter: what it is doing (live), who is signed in, served today and the average service time. */
@customElement('mc-board-counters')
export class McBoardCounters extends LitElement {
  @property({ attribute: false }) board: BoardView | null = null;
  /** Live counters from the socket. */
  @property({ attribute: false }) counters: CounterView[] = [];
  @property() timezone = 'Asia/Ho_Chi_Minh';

  static override styles = panelStyles;

  constructor() {
    super();
    new LangController(this);
  }

  private state(c: CounterView): string {
    if (c.status === 'closed') return t('board.counter.closed');
    if (c.status === 'paused') return t('board.counter.paused', { reason: c.pauseReason ? t(`pause.${c.pauseReason}`) : '' });
    const current = c.current;
    if (!current) return t('board.counter.idle');
    if (current.state === 'serving' && current.startedAt !== null) {
      return t('board.counter.serving', { number: current.number, time: formatTime(current.startedAt, this.timezone) });
    }
    return t('board.counter.called', { number: current.number, time: formatTime(current.calledAt ?? current.issuedAt, this.timezone) });
  }

  override render() {
    const board = this.board;
    if (!board) return html``;
    return html`
      <h2>${t('board.counters.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>${t('board.counters.counter')}</th>
            <th>${t('board.counters.state')}</th>
            <th>${t('board.counters.staff')}</th>
            <th class="num">${t('board.counters.served')}</th>
            <th class="num">${t('board.counters.service')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.counters.map((c) => {
            const row = board.counters.find((x) => x.counterId === c.id);
            return html`<tr data-testid="board-counter-${c.number}" data-status=${c.status}>
              <td class="big">${c.number}</td>
              <td data-testid="board-counter-state-${c.number}">${this.state(c)}</td>
              <td>${c.staffName ?? t('board.none')}</td>
              <td class="num">${row?.servedToday ?? 0}</td>
              <td class="num">${minutesText(row?.averageServiceMinutes ?? null)}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-counters': McBoardCounters;
  }
}
