import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { Field, FieldWaiting } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { panelHeading } from './wall-styles.js';

/** How many people wait for each field right now. */
@customElement('mc-wall-waiting')
export class McWallWaiting extends LitElement {
  @property({ attribute: false }) fields: Field[] = [];
  @property({ attribute: false }) waiting: FieldWaiting[] = [];

  static override styles = [
    panelHeading,
    css`
      :host {
        display: block;
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-direction: column;
        gap: 4px;
      }
      li {
        display: grid;
        grid-template-columns: auto 1fr auto;
        align-items: center;
        gap: 14px;
        font-size: 1.5rem;
        font-weight: 600;
      }
      .prefix {
        display: flex;
        align-items: center;
        justify-content: center;
        width: 48px;
        height: 48px;
        font-size: 1.8rem;
        font-weight: 800;
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
        border-radius: 10px;
      }
      .name {
        line-height: 1.15;
      }
      .count {
        min-width: 2.5ch;
        font-size: 2.4rem;
        font-weight: 800;
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <h2>${t('wall.waiting')}</h2>
      <ul>
        ${this.fields.map(
          (f) =>
            html`<li>
              <span class="prefix" aria-hidden="true">${f.prefix}</span>
              <span class="name">${localName(f)}</span>
              <span class="count" data-testid="waiting-${f.prefix}">${this.waiting.find((w) => w.fieldId === f.id)?.waiting ?? 0}</span>
            </li>`,
        )}
      </ul>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-wall-waiting': McWallWaiting;
  }
}
