import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CounterView, Field } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';

/** One counter on the wall: its number, the ticket it serves (huge), and whether it is paused or closed. */
@customElement('mc-wall-counter')
export class McWallCounter extends LitElement {
  @property({ attribute: false }) counter: CounterView | null = null;
  @property({ attribute: false }) fields: Field[] = [];
  /** Set for a few seconds after a call or recall at this counter; the tile blinks while it is. */
  @property({ type: Boolean, reflect: true }) flashing = false;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      overflow: hidden;
      color: var(--mc-fg);
      background: var(--mc-bg);
      border: 4px solid var(--mc-primary);
      border-radius: var(--mc-radius);
      container-type: size;
    }
    :host([status='closed']) {
      background: #e4e7eb;
      border-color: var(--mc-border);
    }
    :host([flashing]) {
      animation: flash 1s steps(1, end) infinite;
    }
    @keyframes flash {
      0% {
        color: #fff;
        background: var(--mc-accent);
        border-color: var(--mc-accent);
      }
      50% {
        color: var(--mc-fg);
        background: var(--mc-bg);
        border-color: var(--mc-accent);
      }
    }
    header {
      padding: 8px 24px;
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
    }
    :host([status='closed']) header {
      background: var(--mc-border);
    }
    h2 {
      margin: 0;
      font-size: 2.8rem;
      font-weight: 800;
      white-space: nowrap;
    }
    .fields {
      padding: 0 24px 10px;
      font-size: 1.5rem;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-align: right;
    }
    .body {
      flex: 1;
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 4px;
    }
    .ticket {
      font-size: clamp(96px, min(30cqw, 45cqh), 200px);
      font-weight: 800;
      line-height: 1;
      letter-spacing: 0.02em;
      font-variant-numeric: tabular-nums;
    }
    .ticket.called {
      color: var(--mc-accent);
    }
    :host([flashing]) .ticket.called {
      color: inherit;
    }
    .status {
      font-size: 2.2rem;
      font-weight: 800;
      padding: 2px 20px;
      border-radius: 10px;
    }
    .status.paused {
      color: #fff;
      background: var(--mc-warn);
    }
    .status.closed {
      color: var(--mc-muted);
    }
    .reason {
      font-size: 1.6rem;
      font-weight: 600;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate() {
    // Reflected for the styles: a closed counter fades back, the others stand out.
    if (this.counter) this.setAttribute('status', this.counter.status);
  }

  override render() {
    const c = this.counter;
    if (!c) return html``;
    const prefixes = c.fieldIds.map((id) => this.fields.find((f) => f.id === id)?.prefix ?? '').join(' · ');
    const current = c.current;
    return html`
      <header>
        <h2>${t('ticket.counter', { number: c.number })}</h2>
      </header>
      <div class="body">
        <span
          class="ticket ${current?.state === 'called' ? 'called' : ''}"
          data-testid="counter-${c.number}-ticket"
          aria-label=${current ? current.number : t('wall.noTicket')}
          >${current ? current.number : '—'}</span
        >
        ${c.status === 'open' ? '' : html`<span class="status ${c.status}">${t(`counter.status.${c.status}`)}</span>`}
        ${c.status === 'paused' && c.pauseReason ? html`<span class="reason">${t(`pause.${c.pauseReason}`)}</span>` : ''}
      </div>
      <div class="fields">${prefixes}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-wall-counter': McWallCounter;
  }
}
