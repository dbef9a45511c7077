import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { timeliness, type Timeliness } from '../../shared/rules/working-days.js';
import type { CatalogView, TicketView } from '../../shared/types.js';
import { returnResult, todaysTickets } from '../../ui/data/tickets.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../components/coalesced-loader.js';
import { reportError } from '../components/events.js';
import { formatResultDate } from '../components/result-date.js';
import { staffStyles } from '../components/staff-styles.js';

interface Pending {
  ticket: TicketView;
  procedureId: number;
  /** The date on the slip: the one staff promised, else the legal due date. */
  date: string | null;
}

interface Returned {
  number: string;
  procedureId: number;
  timeliness: Timeliness;
}

/**
 * "Trả kết quả theo giấy hẹn": the results promised on appointment slips of today's tickets and
 * not handed over yet, narrowed to the ticket number the citizen shows. Handing one over records
 * the day and says whether it came early, on time or late against the due date.
 */
@customElement('mc-result-return')
export class McResultReturn extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** Moves on every ticket event of the center. */
  @property({ type: Number }) revision = 0;
  @state() private _tickets: TicketView[] = [];
  @state() private _query = '';
  @state() private _returned: Returned | null = null;
  private _busy = false;
  private readonly loader = new CoalescedLoader(() => this.load());

  static override styles = [
    staffStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
        padding: 12px 14px;
        background: var(--mc-surface);
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      h2 {
        margin: 0;
        font-size: 1.3rem;
      }
      label {
        display: grid;
        gap: 4px;
        font-weight: 700;
      }
      input {
        font-size: 1.2rem;
        text-transform: uppercase;
      }
      input::placeholder {
        text-transform: none;
      }
      .result {
        margin: 0;
        padding: 8px 12px;
        font-size: 1.15rem;
        background: #fff;
        border: 2px solid var(--mc-ok);
        border-radius: 10px;
      }
      .timeliness {
        display: inline-block;
        padding: 2px 10px;
        font-weight: 800;
        color: #fff;
        background: var(--mc-ok);
        border-radius: 8px;
      }
      .timeliness.late {
        background: var(--mc-accent);
      }
      ul {
        display: grid;
        gap: 6px;
        max-height: 300px;
        margin: 0;
        padding: 0;
        overflow-y: auto;
        list-style: none;
      }
      li {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 6px 8px 6px 12px;
        background: #fff;
        border: 1px solid #9aa5b1;
        border-radius: 8px;
      }
      .number {
        font-size: 1.5rem;
        font-weight: 800;
      }
      .what {
        flex: 1;
        min-width: 0;
      }
      .due {
        display: block;
        color: var(--mc-muted);
      }
      .empty {
        margin: 0;
        font-size: 1.05rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('revision') || changed.has('catalog')) void this.loader.refresh();
  }

  private async load(): Promise<void> {
    if (!this.catalog) return;
    const res = await todaysTickets(this.catalog.center.id);
    if ('error' in res) reportError(this, res.error.message);
    else this._tickets = res.tickets;
  }

  private pending(): Pending[] {
    const query = this._query.trim().toUpperCase();
    return this._tickets
      .filter((ticket) => !query || ticket.number === query)
      .flatMap((ticket) =>
        ticket.procedures
          .filter((p) => p.outcome === 'appointment' && p.returnedOn === null)
          .map((p) => ({ ticket, procedureId: p.procedureId, date: p.resultDate ?? p.dueDate })),
      );
  }

  private async hand(item: Pending): Promise<void> {
    if (this._busy) return;
    this._busy = true;
    const res = await returnResult(item.ticket.id, item.procedureId);
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    const returned = res.procedures.find((p) => p.procedureId === item.procedureId);
    const due = returned?.dueDate ?? returned?.resultDate;
    if (returned?.returnedOn && due) {
      this._returned = { number: res.number, procedureId: item.procedureId, timeliness: timeliness(returned.returnedOn, due) };
    }
    void this.loader.refresh();
  }

  override render() {
    const items = this.pending();
    const query = this._query.trim().toUpperCase();
    const returned = this._returned;
    const procedureName = (id: number) => {
      const procedure = this.catalog?.procedures.find((p) => p.id === id);
      return procedure ? localName(procedure) : '';
    };
    return html`
      <h2>${t('reception.return.title')}</h2>
      <label>
        ${t('reception.return.number')}
        <input type="search" data-testid="return-number" autocomplete="off" placeholder=${t('reception.return.placeholder')}
          .value=${this._query} @input=${(e: Event) => (this._query = (e.target as HTMLInputElement).value)} />
      </label>
      ${returned
        ? html`<p class="result" role="status">
            ${t('reception.return.done', { number: returned.number, procedure: procedureName(returned.procedureId) })}
            <span class="timeliness ${returned.timeliness}" data-testid="timeliness">${t(`reception.timeliness.${returned.timeliness}`)}</span>
          </p>`
        : ''}
      ${items.length === 0
        ? html`<p class="empty">
            ${query
              ? this._tickets.some((x) => x.number === query)
                ? t('reception.return.nothingFor', { number: query })
                : t('reception.return.notToday', { number: query })
              : t('reception.return.none')}
          </p>`
        : html`<ul>
            ${items.map(
              (item) => html`<li>
                <span class="number">${item.ticket.number}</span>
                <span class="what">
                  ${procedureName(item.procedureId)}
                  ${item.date ? html`<span class="due">${t('reception.return.due', { date: formatResultDate(item.date) })}</span>` : ''}
                </span>
                <button type="button" class="primary" data-testid="return-result-${item.ticket.number}-${item.procedureId}"
                  @click=${() => void this.hand(item)}>
                  ${t('reception.return.hand')}
                </button>
              </li>`,
            )}
          </ul>`}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-result-return': McResultReturn;
  }
}
