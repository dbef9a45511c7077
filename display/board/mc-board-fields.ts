import { LitElement, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BoardView, Field, FieldWaiting } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { minutesText } from '../../ui/figure-text.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

/** Per field: waiting now (live), the longest wait now, today's average wait, served today. */
@customElement('mc-board-fields')
export class McBoardFields extends LitElement {
  @property({ attribute: false }) board: BoardView | null = null;
  @property({ attribute: false }) fields: Field[] = [];
  /** Live counts from the socket. */
  @property({ attribute: false }) waiting: FieldWaiting[] = [];
  @property({ type: Number }) now = 0;

  static override styles = panelStyles;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const board = this.board;
    if (!board) return html``;
    return html`
      <h2>${t('board.fields.title')}</h2>
      <table>
        <thead>
          <tr>
            <th>${t('board.fields.field')}</th>
            <th class="num">${t('board.fields.waiting')}</th>
            <th class="num">${t('board.fields.longest')}</th>
            <th class="num">${t('board.fields.average')}</th>
            <th class="num">${t('board.fields.served')}</th>
          </tr>
        </thead>
        <tbody>
          ${this.fields.map((f) => {
            const row = board.fields.find((x) => x.fieldId === f.id);
            const waiting = this.waiting.find((w) => w.fieldId === f.id)?.waiting ?? row?.waiting ?? 0;
            const longest =
              row?.oldestWaitingSince != null && waiting > 0 ? Math.floor((this.now - row.oldestWaitingSince) / 60_000) : null;
            return html`<tr data-testid="board-field-${f.prefix}">
              <td><strong>${f.prefix}</strong> ${localName(f)}</td>
              <td class="num big" data-testid="board-waiting-${f.prefix}">${waiting}</td>
              <td class="num ${longest !== null && longest > board.waitAlertMinutes ? 'alert' : ''}">${minutesText(longest)}</td>
              <td class="num">${minutesText(row?.averageWaitMinutes ?? null)}</td>
              <td class="num" data-testid="board-served-${f.prefix}">${row?.servedToday ?? 0}</td>
            </tr>`;
          })}
        </tbody>
      </table>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-fields': McBoardFields;
  }
}
