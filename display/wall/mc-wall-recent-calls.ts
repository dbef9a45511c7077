import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CallView } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { panelHeading } from './wall-styles.js';

/** The recent calls shown at most: what fits the side panel at 1080p with numbers readable from the back of the hall. */
const SHOWN = 5;

/** The last calls, newest first: for whoever looked away when their number was called. */
@customElement('mc-wall-recent-calls')
export class McWallRecentCalls extends LitElement {
  @property({ attribute: false }) calls: CallView[] = [];

  static override styles = [
    panelHeading,
    css`
      :host {
        display: flex;
        flex-direction: column;
        overflow: hidden;
      }
      /* A line that does not fit whole wraps into a second column, beyond the panel's edge and
         hidden: the hall sees whole lines only, however tall the font draws them. */
      ol {
        flex: 1;
        min-height: 0;
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        flex-wrap: wrap;
        align-content: flex-start;
        gap: 6px 48px;
        overflow: hidden;
      }
      li {
        flex: none;
        box-sizing: border-box;
        width: 100%;
        display: grid;
        grid-template-columns: 1fr auto;
        align-items: center;
        gap: 12px;
        padding: 2px 16px;
        font-size: 2.2rem;
        font-weight: 700;
        border-bottom: 2px solid var(--mc-surface);
      }
      li:first-child {
        color: #fff;
        background: var(--mc-accent);
        border-radius: 10px;
        border-bottom-color: transparent;
      }
      .number {
        font-size: 2.8rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
      }
      .to {
        white-space: nowrap;
      }
      .recall {
        font-size: 1.2rem;
        font-weight: 700;
        margin-left: 8px;
        text-transform: uppercase;
      }
      .none {
        font-size: 1.6rem;
        color: var(--mc-muted);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <h2>${t('wall.recentCalls')}</h2>
      ${this.calls.length === 0 ? html`<p class="none">${t('wall.noCalls')}</p>` : ''}
      <ol data-testid="recent-calls">
        ${this.calls.slice(0, SHOWN).map(
          (c) =>
            html`<li>
              <span class="number">${c.number}${c.recall ? html`<span class="recall">${t('wall.recall')}</span>` : ''}</span>
              <span class="to"><span aria-hidden="true">→ </span>${t('ticket.counter', { number: c.counterNumber })}</span>
            </li>`,
        )}
      </ol>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-wall-recent-calls': McWallRecentCalls;
  }
}
