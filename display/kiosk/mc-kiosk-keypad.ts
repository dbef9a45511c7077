import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

const CODE_LENGTH = 6;
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;

/**
 * A big numeric keypad for the 6-digit booking code (a hardware keypad's keys work too).
 *
 * @fires mc-code-edit - the code changed
 * @fires mc-code-submit - the 6-digit code entered
 * @fires mc-back - one step back
 */
@customElement('mc-kiosk-keypad')
export class McKioskKeypad extends LitElement {
  /** While the code is being checked: one tap, one ticket. */
  @property({ type: Boolean }) busy = false;
  /** Why the last code was refused, shown large until the code is changed. */
  @property() error = '';
  @state() private _code = '';

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .columns {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 40px;
        align-items: start;
      }
      @media (orientation: portrait) {
        .columns {
          grid-template-columns: 1fr;
          justify-items: center;
        }
      }
      .code {
        display: flex;
        gap: 12px;
        margin: 0 0 24px;
      }
      .digit {
        display: flex;
        align-items: center;
        justify-content: center;
        width: 84px;
        height: 108px;
        font-size: 4rem;
        font-weight: 800;
        font-variant-numeric: tabular-nums;
        border: 4px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      .digit.next {
        border-color: var(--mc-primary);
        box-shadow: 0 0 0 4px var(--mc-focus);
      }
      [role='alert'] {
        margin: 0;
        padding: 20px 24px;
        font-size: 1.9rem;
        font-weight: 700;
        line-height: 1.3;
        color: #fff;
        background: var(--mc-accent);
        border-radius: var(--mc-radius);
      }
      .keys {
        display: grid;
        grid-template-columns: repeat(3, 132px);
        gap: 14px;
      }
      .keys button {
        min-height: 96px;
        padding: 0;
        font-size: 2.8rem;
      }
      .keys .small {
        font-size: 1.6rem;
      }
      .ok {
        color: #fff;
        background: var(--mc-ok);
        border: 3px solid var(--mc-ok);
      }
      .ok:disabled {
        color: var(--mc-muted);
        background: var(--mc-surface);
        border-color: var(--mc-border);
        cursor: not-allowed;
      }
      .back {
        min-width: 240px;
      }
      @media (max-height: 900px) {
        .keys {
          gap: 10px;
        }
        .keys button {
          min-height: 84px;
        }
      }
      /* A tall kiosk has room for keys an unsteady finger cannot miss. */
      @media (orientation: portrait) {
        .digit {
          width: 112px;
          height: 140px;
          font-size: 5rem;
        }
        .keys {
          grid-template-columns: repeat(3, 220px);
          gap: 20px;
          margin-top: 16px;
        }
        .keys button {
          min-height: 140px;
          font-size: 4rem;
        }
        .keys .small {
          font-size: 2rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
  }

  private readonly onKey = (e: KeyboardEvent) => {
    if (/^\d$/.test(e.key)) this.type(e.key);
    else if (e.key === 'Backspace') this.erase();
    else if (e.key === 'Enter') this.submit();
  };

  private setCode(code: string) {
    if (this.busy || code === this._code) return;
    this._code = code;
    fire(this, 'mc-code-edit');
  }

  private type(digit: string) {
    if (this._code.length < CODE_LENGTH) this.setCode(this._code + digit);
  }

  private erase() {
    this.setCode(this._code.slice(0, -1));
  }

  private submit() {
    if (this.busy || this._code.length !== CODE_LENGTH) return;
    fire(this, 'mc-code-submit', this._code);
  }

  private key(digit: string) {
    return html`<button type="button" class="choice" data-testid="keypad-${digit}" @click=${() => this.type(digit)}>${digit}</button>`;
  }

  override render() {
    const code = this._code;
    return html`
      <div class="columns">
        <div>
          <div class="code" role="status" aria-label="${t('kiosk.booking.code')}: ${code}" data-testid="keypad-code">
            ${Array.from(
              { length: CODE_LENGTH },
              (_, i) => html`<span class="digit ${i === code.length ? 'next' : ''}" aria-hidden="true">${code[i] ?? ''}</span>`,
            )}
          </div>
          ${this.error ? html`<p role="alert" data-testid="keypad-error">${this.error}</p>` : ''}
        </div>
        <div class="keys">
          ${DIGITS.map((d) => this.key(d))}
          <button
            type="button"
            class="secondary small"
            aria-label=${t('kiosk.booking.deleteLabel')}
            data-testid="keypad-delete"
            @click=${() => this.erase()}
          >
            ⌫ ${t('kiosk.booking.delete')}
          </button>
          ${this.key('0')}
          <button
            type="button"
            class="ok small"
            data-testid="keypad-ok"
            ?disabled=${this.busy || code.length !== CODE_LENGTH}
            @click=${() => this.submit()}
          >
            ${this.busy ? t('kiosk.booking.checking') : t('kiosk.booking.ok')}
          </button>
        </div>
      </div>
      <div class="actions">
        <button type="button" class="secondary back" ?disabled=${this.busy} @click=${() => fire(this, 'mc-back')}>
          ← ${t('action.back')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-keypad': McKioskKeypad;
  }
  interface HTMLElementEventMap {
    'mc-code-edit': CustomEvent<null>;
    'mc-code-submit': CustomEvent<string>;
    'mc-back': CustomEvent<null>;
  }
}
