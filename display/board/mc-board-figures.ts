import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { LangController } from '../../ui/i18n/lang.js';
import { panelStyles } from '../../ui/figure-panel-styles.js';

export interface Figure {
  label: string;
  value: string;
  testid: string;
}

/** A titled row of big figures: the fast lane's day, today's satisfaction. */
@customElement('mc-board-figures')
export class McBoardFigures extends LitElement {
  @property() heading = '';
  @property({ attribute: false }) figures: Figure[] = [];

  static override styles = [
    panelStyles,
    css`
      dl {
        display: grid;
        grid-auto-flow: column;
        grid-auto-columns: minmax(0, 1fr);
        gap: 10px;
        margin: 0;
      }
      dt {
        font-size: 1rem;
        font-weight: 700;
        color: var(--mc-muted);
      }
      dd {
        margin: 2px 0 0;
        font-size: 2.2rem;
        font-weight: 800;
        line-height: 1.1;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <h2>${this.heading}</h2>
      <dl>
        ${this.figures.map(
          (f) =>
            html`<div>
              <dt>${f.label}</dt>
              <dd data-testid=${f.testid}>${f.value}</dd>
            </div>`,
        )}
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-board-figures': McBoardFigures;
  }
}
