import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { CatalogView, FastTrackDossier } from '../../shared/types.js';
import { approve, refuse } from '../../ui/data/fast-track.js';
import { formatTime, minutesBetween } from '../../ui/format.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { ClockController } from '../../ui/staff/clock-controller.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * The dossiers waiting for the leader's signature, oldest first, each with one big Approve and one
 * Refuse (which asks for the reason the clerk will read out to the citizen). Fires `mc-dossier-changed`
 * after either, and says what was done under the heading.
 *
 * @fires mc-dossier-changed - the dossier approved or refused
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-approval-list')
export class McApprovalList extends LitElement {
  @property({ attribute: false }) dossiers: FastTrackDossier[] = [];
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** The dossier whose refusal reason is being written. */
  @state() private _refusing: number | null = null;
  @state() private _reason = '';
  @state() private _reasonMissing = false;
  /** What was just done, kept as message and number so it follows a language switch. */
  @state() private _done: { key: 'leader.approved' | 'leader.refused'; number: string } | null = null;
  private _busy = false;
  private readonly clock = new ClockController(this);

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0;
        font-size: 1.6rem;
      }
      .notice {
        min-height: 1.5em;
        margin: 4px 0 8px;
        font-size: 1.15rem;
        font-weight: 700;
        color: var(--mc-ok);
      }
      .empty {
        margin: 0;
        padding: 22px;
        font-size: 1.3rem;
        text-align: center;
        background: var(--mc-surface);
        border: 2px dashed var(--mc-border);
        border-radius: var(--mc-radius);
      }
      ol {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(520px, 1fr));
        gap: 14px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .dossier {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 10px 16px;
        padding: 14px 18px;
        background: var(--mc-surface);
        border: 3px solid #5b2a86;
        border-radius: var(--mc-radius);
      }
      .head {
        display: flex;
        align-items: baseline;
        flex-wrap: wrap;
        gap: 4px 16px;
      }
      .number {
        font-size: 2.6rem;
        font-weight: 800;
        line-height: 1;
        color: #5b2a86;
      }
      .counter {
        font-size: 1.3rem;
        font-weight: 700;
      }
      ul {
        margin: 6px 0;
        padding-left: 1.2em;
        font-size: 1.15rem;
      }
      .times {
        display: flex;
        flex-wrap: wrap;
        gap: 2px 18px;
        color: var(--mc-muted);
      }
      .wait {
        font-weight: 700;
        color: var(--mc-fg);
      }
      .buttons {
        display: grid;
        align-content: start;
        gap: 10px;
        min-width: 200px;
      }
      .buttons button {
        min-height: 72px;
        font-size: 1.35rem;
      }
      button.approve {
        color: #fff;
        background: var(--mc-ok);
        border-color: var(--mc-ok);
      }
      form {
        grid-column: 1 / -1;
        display: grid;
        gap: 8px;
      }
      label {
        font-size: 1.15rem;
        font-weight: 700;
      }
      textarea {
        min-height: 88px;
        padding: 8px 12px;
        font: inherit;
        font-size: 1.15rem;
        border: 2px solid var(--mc-border);
        border-radius: 10px;
      }
      .missing {
        margin: 0;
        font-weight: 700;
        color: var(--mc-accent);
      }
      .form-buttons {
        display: flex;
        justify-content: flex-end;
        gap: 10px;
      }
      .form-buttons button {
        min-height: 60px;
      }
      button.refuse-confirm {
        color: #fff;
        background: var(--mc-accent);
        border-color: var(--mc-accent);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private async act(
    dossier: FastTrackDossier,
    call: () => ReturnType<typeof approve>,
    done: 'leader.approved' | 'leader.refused',
  ): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    const res = await call();
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._refusing = null;
    this._done = { key: done, number: dossier.number };
    fire(this, 'mc-dossier-changed', res);
  }

  private async openRefusal(ticketId: number | null): Promise<void> {
    this._refusing = ticketId;
    this._reason = '';
    this._reasonMissing = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  private confirmRefusal(e: Event, dossier: FastTrackDossier): void {
    e.preventDefault();
    const reason = this._reason.trim();
    if (!reason) {
      this._reasonMissing = true;
      this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
      return;
    }
    void this.act(dossier, () => refuse(dossier.ticketId, { reason }), 'leader.refused');
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    const sorted = [...this.dossiers].sort((a, b) => (a.appraisedAt ?? 0) - (b.appraisedAt ?? 0));
    return html`
      <h2 id="approvals-title">${t('leader.awaiting', { count: sorted.length })}</h2>
      <p class="notice" role="status">${this._done ? t(this._done.key, { number: this._done.number }) : ''}</p>
      ${sorted.length === 0 ? html`<p class="empty">${t('leader.none')}</p>` : ''}
      <ol data-testid="approvals" aria-labelledby="approvals-title">
        ${sorted.map((d) => this.renderDossier(d, catalog))}
      </ol>
    `;
  }

  private renderDossier(d: FastTrackDossier, catalog: CatalogView) {
    const tz = catalog.center.timezone;
    const refusing = this._refusing === d.ticketId;
    return html`<li class="dossier" data-testid="approval-${d.number}">
      <div>
        <div class="head">
          <span class="number">${d.number}</span>
          ${d.counterNumber !== null ? html`<span class="counter">${t('ticket.counter', { number: d.counterNumber })}</span>` : ''}
        </div>
        <ul aria-label=${t('ticket.procedures')}>
          ${d.procedureIds.map((id) => {
            const procedure = catalog.procedures.find((p) => p.id === id);
            return html`<li>${procedure ? localName(procedure) : ''}</li>`;
          })}
        </ul>
        <div class="times">
          ${d.receivedAt !== null ? html`<span>${t('leader.receivedAt', { time: formatTime(d.receivedAt, tz) })}</span>` : ''}
          ${d.appraisedAt !== null ? html`<span>${t('leader.appraisedAt', { time: formatTime(d.appraisedAt, tz) })}</span>` : ''}
          ${
            d.appraisedAt !== null
              ? html`<span class="wait">${t('leader.waiting', { minutes: minutesBetween(d.appraisedAt, this.clock.now) })}</span>`
              : ''
          }
        </div>
      </div>
      <div class="buttons">
        <button
          type="button"
          class="approve"
          data-testid="approve-${d.number}"
          aria-label=${t('leader.approveLabel', { number: d.number })}
          @click=${() => void this.act(d, () => approve(d.ticketId), 'leader.approved')}
        >
          ${t('leader.approve')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="refuse-${d.number}"
          aria-expanded=${refusing ? 'true' : 'false'}
          aria-label=${t('leader.refuseLabel', { number: d.number })}
          @click=${() => void this.openRefusal(refusing ? null : d.ticketId)}
        >
          ${t('leader.refuse')}
        </button>
      </div>
      ${
        refusing
          ? html`<form novalidate @submit=${(e: Event) => this.confirmRefusal(e, d)}>
              <label for="reason">${t('leader.reason', { number: d.number })}</label>
              <textarea
                id="reason"
                data-testid="refuse-reason"
                required
                maxlength="500"
                aria-invalid=${this._reasonMissing ? 'true' : 'false'}
                .value=${this._reason}
                @input=${(e: Event) => {
                  this._reason = (e.target as HTMLTextAreaElement).value;
                  this._reasonMissing = false;
                }}
              ></textarea>
              ${this._reasonMissing ? html`<p class="missing" role="alert">${t('leader.reasonMissing')}</p>` : ''}
              <div class="form-buttons">
                <button type="button" @click=${() => void this.openRefusal(null)}>${t('action.back')}</button>
                <button type="submit" class="refuse-confirm" data-testid="refuse-confirm">${t('leader.refuseConfirm')}</button>
              </div>
            </form>`
          : ''
      }
    </li>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-approval-list': McApprovalList;
  }
  interface HTMLElementEventMap {
    'mc-dossier-changed': CustomEvent<FastTrackDossier>;
  }
}
