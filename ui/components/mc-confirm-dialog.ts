import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { fire } from '../events.js';

/**
 * "Are you sure?" before a step that cannot be taken back (cancelling a booking, handing over a
 * result): a modal dialog naming what is concerned, with Confirm and Cancel. The browser's own modal
 * <dialog> keeps the keyboard inside it and closes on Escape (which cancels); Cancel has the focus,
 * so a stray Enter changes nothing.
 *
 * @fires mc-confirm - the person confirmed
 * @fires mc-confirm-cancel - the person cancelled (button, Escape)
 */
@customElement('mc-confirm-dialog')
export class McConfirmDialog extends LitElement {
  @property({ type: Boolean }) open = false;
  @property() heading = '';
  /** What is concerned, named so the person can check it: the ticket number, the booking code. */
  @property() message = '';
  @property() confirmLabel = '';
  @property() cancelLabel = '';
  /** The Confirm button warns in red (a cancellation). */
  @property({ type: Boolean }) danger = false;
  @query('dialog') private _dialog!: HTMLDialogElement;

  static override styles = css`
    dialog {
      box-sizing: border-box;
      width: min(92vw, 520px);
      padding: 20px;
      color: var(--mc-fg);
      background: #fff;
      border: 3px solid var(--mc-primary);
      border-radius: var(--mc-radius);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 45%);
    }
    h2 {
      margin: 0 0 8px;
      font-size: 1.4rem;
    }
    p {
      margin: 0 0 18px;
      font-size: 1.2rem;
      line-height: 1.4;
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      justify-content: flex-end;
      gap: 12px;
    }
    button {
      min-height: 56px;
      padding: 0 20px;
      font: inherit;
      font-size: 1.15rem;
      font-weight: 700;
      color: var(--mc-primary);
      background: #fff;
      border: 3px solid var(--mc-primary);
      border-radius: var(--mc-radius);
      cursor: pointer;
    }
    button.confirm {
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
    }
    button.confirm.danger {
      background: var(--mc-accent);
      border-color: var(--mc-accent);
    }
    button:focus-visible {
      outline: 4px solid var(--mc-focus, #ffbf47);
      outline-offset: 2px;
    }
  `;

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('open')) return;
    if (this.open && !this._dialog.open) this._dialog.showModal();
    if (!this.open && this._dialog.open) this._dialog.close();
  }

  override render() {
    return html`<dialog
      aria-labelledby="heading"
      aria-describedby="message"
      data-testid="confirm-dialog"
      @cancel=${(e: Event) => {
        // Escape: the host decides (it closes the dialog by dropping `open`).
        e.preventDefault();
        fire(this, 'mc-confirm-cancel');
      }}
    >
      <h2 id="heading">${this.heading}</h2>
      <p id="message">${this.message}</p>
      <div class="buttons">
        <button type="button" autofocus data-testid="confirm-no" @click=${() => fire(this, 'mc-confirm-cancel')}>
          ${this.cancelLabel}
        </button>
        <button
          type="button"
          class="confirm ${this.danger ? 'danger' : ''}"
          data-testid="confirm-yes"
          @click=${() => fire(this, 'mc-confirm')}
        >
          ${this.confirmLabel}
        </button>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-confirm-dialog': McConfirmDialog;
  }
  interface HTMLElementEventMap {
    'mc-confirm': CustomEvent<null>;
    'mc-confirm-cancel': CustomEvent<null>;
  }
}
