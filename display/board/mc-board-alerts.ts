import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { BoardAlert } from '../../shared/rules/board-alerts.js';
import type { Field } from '../../shared/types.js';
import { LangController, localName, plural, t } from '../../ui/i18n/lang.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

/** The alerts, loud: red band with one line each; a calm line when there are none. */
@customElement('mc-board-alerts')
export class McBoardAlerts extends LitElement {
  @property({ attribute: false }) alerts: BoardAlert[] = [];
  @property({ attribute: false }) fields: Field[] = [];

  static override styles = [
    panelStyles,
    css`
      :host([active]) {
        color: #fff;
        background: var(--mc-accent);
        border-color: var(--mc-accent);
      }
      :host([active]) h2 {
        color: #fff;
      }
      ul {
        margin: 0;
        padding-left: 1.2em;
        font-size: 1.3rem;
        font-weight: 700;
      }
      p {
        margin: 0;
        font-size: 1.15rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override updated(): void {
    this.toggleAttribute('active', this.alerts.length > 0);
  }

  private line(a: BoardAlert): string {
    const field = (id: number) => {
      const f = this.fields.find((x) => x.id === id);
      return f ? `${f.prefix} ${localName(f)}` : '';
    };
    switch (a.kind) {
      case 'long-wait':
        return t('board.alert.longWait', { field: field(a.fieldId), minutes: a.minutes, limit: a.limit });
      case 'idle-counter':
        return plural('board.alert.idle', a.waiting, { number: a.counterNumber, field: field(a.fieldId) });
      case 'no-open-counter':
        return plural('board.alert.noOpenCounter', a.waiting, { field: field(a.fieldId) });
      case 'fast-track-risk':
        return t(a.late ? 'board.alert.fastLate' : 'board.alert.fastRisk', { number: a.number });
      case 'silent-wall':
        return a.name === null ? plural('board.alert.silentWallUnpaired', a.screens) : t('board.alert.silentWall', { name: a.name });
    }
  }

  override render() {
    return html`
      <h2>${t('board.alerts.title')}</h2>
      <div role="status" data-testid="board-alerts">
        ${
          this.alerts.length
            ? html`<ul>
                ${this.alerts.map((a) => html`<li data-kind=${a.kind}>${this.line(a)}</li>`)}
              </ul>`
            : html`<p>${t('board.alerts.none')}</p>`
        }
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-alerts': McBoardAlerts;
  }
}
