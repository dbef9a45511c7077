import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { checkBoxStyles } from './admin-styles.js';

/** One check box of a set: what it stands for, its words, and its data-testid. */
export interface Choice {
  value: string;
  label: string;
  testid: string;
}

/**
 * A set of check boxes under a small heading (a webhook's event types, an API key's scopes): shows
 * what is picked and tells each change as `picked`, with the whole new set.
 */
@customElement('mc-choice-set')
export class McChoiceSet extends LitElement {
  @property() legend = '';
  @property({ attribute: false }) choices: readonly Choice[] = [];
  @property({ attribute: false }) picked: ReadonlySet<string> = new Set();

  static override styles = [
    staffStyles,
    checkBoxStyles,
    css`
      fieldset {
        display: grid;
        gap: 0 8px;
        margin: 0;
        padding: 0;
        border: 0;
      }
      input {
        flex: none;
      }
      legend {
        padding: 0;
        font-size: 0.95rem;
        font-weight: 700;
      }
    `,
  ];

  private pick(value: string, on: boolean): void {
    const next = new Set(this.picked);
    if (on) next.add(value);
    else next.delete(value);
    this.dispatchEvent(new CustomEvent<ReadonlySet<string>>('picked', { detail: next }));
  }

  override render() {
    return html`<fieldset>
      <legend>${this.legend}</legend>
      ${this.choices.map(
        (c) =>
          html`<label class="check"
            ><input
              type="checkbox"
              data-testid=${c.testid}
              .checked=${this.picked.has(c.value)}
              @change=${(e: Event) => this.pick(c.value, (e.target as HTMLInputElement).checked)}
            />${c.label}</label
          >`,
      )}
    </fieldset>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-choice-set': McChoiceSet;
  }
}
