import { LitElement, css, html } from 'lit';
import { formatDay } from '../../ui/format.js';
import { customElement, property, state } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { FinishRequest } from '../../shared/schemas.js';
import { OUTCOMES, type CatalogView, type FastTrackDossier, type Outcome, type TicketView } from '../../shared/types.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

type Choice = FinishRequest['outcomes'][number];

/**
 * The outcome of each procedure of the ticket. A procedure with a processing time defaults to an
 * appointment whose date the server computes in working days (staff may set one instead); one done
 * on the spot, and every fast-lane dossier, defaults to "returned". A fast-lane result is handed
 * over only once the leader has approved it. Enter confirms (`mc-finish-confirm` with the
 * FinishRequest); `mc-panel-close` goes back.
 *
 * @fires mc-finish-confirm - each procedure's outcome
 * @fires mc-panel-close - back to the terminal
 */
@customElement('mc-finish-panel')
export class McFinishPanel extends LitElement {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** The fast-lane dossier of the ticket, live: approval may arrive while the panel is open. */
  @property({ attribute: false }) dossier: FastTrackDossier | null = null;
  @state() private _choices: Choice[] = [];

  static override styles = [
    staffStyles,
    css`
      h2 {
        margin: 0 0 12px;
        font-size: 1.6rem;
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 1.1rem;
      }
      th,
      td {
        padding: 8px;
        text-align: left;
        border-bottom: 1px solid #c4cad2;
      }
      thead th {
        color: var(--mc-muted);
      }
      tbody th {
        max-width: 22em;
      }
      select {
        width: 100%;
      }
      .weekday {
        margin-top: 4px;
        font-weight: 700;
      }
      .auto {
        margin-top: 4px;
        font-size: 0.95rem;
        color: var(--mc-muted);
      }
      .blocked {
        margin: 12px 0 0;
        padding: 8px 14px;
        font-weight: 700;
        color: var(--mc-accent);
        border: 2px solid var(--mc-accent);
        border-radius: 10px;
      }
      .buttons {
        display: flex;
        justify-content: flex-end;
        gap: 12px;
        margin-top: 16px;
      }
      .buttons button {
        min-height: 64px;
        font-size: 1.2rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private get today(): string {
    return this.catalog ? localDate(serverNow(), this.catalog.center.timezone) : '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('ticket') || changed.has('catalog')) && this.ticket && this.catalog) {
      const procedures = this.catalog.procedures;
      const fast = this.ticket.lane === 'fast';
      this._choices = this.ticket.procedures.map(({ procedureId }) => {
        const days = procedures.find((p) => p.id === procedureId)?.processingDays ?? 0;
        return days > 0 && !fast
          ? { procedureId, outcome: 'appointment', resultDate: null }
          : { procedureId, outcome: 'returned', resultDate: null };
      });
    }
  }

  override firstUpdated(): void {
    this.renderRoot.querySelector('select')?.focus();
  }

  private set(procedureId: number, change: Partial<Choice>): void {
    this._choices = this._choices.map((c) => (c.procedureId === procedureId ? { ...c, ...change } : c));
  }

  private setOutcome(choice: Choice, outcome: Outcome): void {
    this.set(choice.procedureId, { outcome, resultDate: outcome === 'appointment' ? choice.resultDate : null });
  }

  /** Why the result cannot be handed over yet, or '' when it can. */
  private blockedReason(): string {
    if (this.ticket?.lane !== 'fast' || this.dossier?.approvedAt != null) return '';
    if (!this._choices.some((c) => c.outcome === 'returned')) return '';
    return this.dossier?.refusedAt != null ? t('counter.finish.refused') : t('counter.finish.awaitingApproval');
  }

  private confirm(e: Event): void {
    e.preventDefault();
    if (this.blockedReason()) return;
    fire(this, 'mc-finish-confirm', { outcomes: this._choices });
  }

  /** Enter confirms: date inputs submit the form by themselves, selects do not. */
  private onKeydown(e: KeyboardEvent): void {
    const target = e.composedPath()[0];
    if (e.key === 'Enter' && !e.isComposing && target instanceof HTMLSelectElement) {
      this.confirm(e);
    }
  }

  override render() {
    const { ticket, catalog } = this;
    if (!ticket || !catalog) return html``;
    const blocked = this.blockedReason();
    return html`
      <form novalidate @submit=${(e: SubmitEvent) => this.confirm(e)} @keydown=${(e: KeyboardEvent) => this.onKeydown(e)}>
        <h2>${t('counter.finish.title', { number: ticket.number })}</h2>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('ticket.procedures')}</th>
              <th scope="col">${t('counter.finish.outcome')}</th>
              <th scope="col">${t('counter.finish.resultDate')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._choices.map((choice) => {
              const procedure = catalog.procedures.find((p) => p.id === choice.procedureId);
              const name = procedure ? localName(procedure) : '';
              return html`<tr>
                <th scope="row">${name}</th>
                <td>
                  <select
                    data-testid="outcome-${choice.procedureId}"
                    aria-label="${t('counter.finish.outcome')}: ${name}"
                    @change=${(e: Event) => this.setOutcome(choice, (e.target as HTMLSelectElement).value as Outcome)}
                  >
                    ${OUTCOMES.map((o) => html`<option value=${o} ?selected=${o === choice.outcome}>${t(`outcome.${o}`)}</option>`)}
                  </select>
                </td>
                <td>
                  ${
                    choice.outcome === 'appointment'
                      ? html`<input
                            type="date"
                            min=${this.today}
                            .value=${choice.resultDate ?? ''}
                            data-testid="result-date-${choice.procedureId}"
                            aria-label="${t('counter.finish.resultDate')}: ${name}"
                            @input=${(e: Event) => this.set(choice.procedureId, { resultDate: (e.target as HTMLInputElement).value || null })}
                          />
                          ${
                            choice.resultDate
                              ? html`<div class="weekday">${formatDay(choice.resultDate, { weekday: true })}</div>`
                              : html`<div class="auto">${t('counter.finish.autoDate')}</div>`
                          }`
                      : '—'
                  }
                </td>
              </tr>`;
            })}
          </tbody>
        </table>
        ${
          this.dossier?.refusalReason && this.dossier.approvedAt === null
            ? html`<p class="blocked">${t('counter.finish.refusalReason', { reason: this.dossier.refusalReason })}</p>`
            : ''
        }
        <div class="buttons">
          <button type="button" @click=${() => fire(this, 'mc-panel-close')}>${t('counter.panel.back')} <kbd>Esc</kbd></button>
          <button type="submit" class="primary" data-testid="finish-confirm" ?disabled=${blocked !== ''}>
            ${blocked || html`${t('counter.finish.confirm')} <kbd>Enter</kbd>`}
          </button>
        </div>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-finish-panel': McFinishPanel;
  }
  interface HTMLElementEventMap {
    'mc-finish-confirm': CustomEvent<FinishRequest>;
    'mc-panel-close': CustomEvent<null>;
  }
}
