import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogView, TicketStatus } from '../../shared/types.js';
import { recordsNotice } from '../../shared/rules/records-status.js';
import { formatDay, formatTime } from '../../ui/format.js';
import { notCalledLines, rangeText } from '../../ui/estimate-text.js';
import { nextPartText, servedAtText } from '../../ui/visit-parts.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';

/**
 * One ticket as its citizen follows it on the phone: where it stands while waiting (people ahead,
 * counters, a transfer), a huge "go to counter 3" when called, and what happened once it ended.
 */
@customElement('mc-status-ticket')
export class McStatusTicket extends LitElement {
  @property({ attribute: false }) status: TicketStatus | null = null;
  /** For the names of the field and procedures, and the center's time zone. */
  @property({ attribute: false }) catalog: CatalogView | null = null;

  static override styles = css`
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :host {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    section {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: 6px;
      padding: 18px 14px;
      text-align: center;
      border: 4px solid var(--mc-primary);
      border-radius: var(--mc-radius);
    }
    .label {
      font-size: 1.15rem;
      font-weight: 700;
    }
    .number {
      font-size: 4.5rem;
      font-weight: 800;
      line-height: 1;
      letter-spacing: 0.04em;
      color: var(--mc-primary);
      font-variant-numeric: tabular-nums;
    }
    .state {
      margin: 0;
      font-size: 1.7rem;
      font-weight: 800;
      line-height: 1.2;
    }
    .hint {
      margin: 0;
      font-size: 1.15rem;
      line-height: 1.4;
    }
    .estimate {
      margin: 0;
      font-size: 1.35rem;
      line-height: 1.4;
    }
    .called {
      color: #fff;
      background: var(--mc-accent);
      border-color: var(--mc-accent);
    }
    .called .number {
      color: #fff;
    }
    .called .go {
      margin: 0;
      font-size: 2.3rem;
      font-weight: 800;
      line-height: 1.15;
    }
    .serving {
      border-color: var(--mc-ok);
    }
    /* The reason to come back: as loud as the state above it. */
    .records {
      margin: 8px 0;
      font-size: 1.35rem;
      font-weight: 800;
      line-height: 1.25;
    }
    .done {
      color: #fff;
      background: var(--mc-ok);
      border-color: var(--mc-ok);
    }
    .done .number {
      color: #fff;
    }
    .ended {
      border-color: var(--mc-border);
      background: var(--mc-surface);
    }
    .ended .number {
      color: var(--mc-fg);
    }
    .ahead {
      display: flex;
      flex-direction: column;
      align-items: center;
    }
    .ahead strong {
      font-size: 4rem;
      line-height: 1.05;
      font-variant-numeric: tabular-nums;
    }
    .next {
      font-size: 1.6rem;
      font-weight: 800;
      color: var(--mc-ok);
    }
    .not-called {
      margin: 0;
      font-size: 1.4rem;
      font-weight: 800;
      line-height: 1.3;
      color: var(--mc-warn);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 6px;
    }
    .tag {
      padding: 4px 12px;
      font-size: 1.1rem;
      font-weight: 700;
      border: 3px solid var(--mc-fg);
      border-radius: 8px;
    }
    .transfer {
      margin: 0;
      padding: 12px 14px;
      font-size: 1.15rem;
      font-weight: 700;
      line-height: 1.35;
      color: #fff;
      background: var(--mc-warn);
      border-radius: var(--mc-radius);
    }
    .next-part {
      background: var(--mc-primary);
    }
    .next-part strong {
      display: block;
      margin-top: 4px;
      font-size: 1.3rem;
    }
    .after {
      margin: 0;
      padding: 10px 14px;
      font-size: 1.15rem;
      font-weight: 700;
      line-height: 1.35;
      border: 3px solid var(--mc-primary);
      border-radius: var(--mc-radius);
    }
    dl {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 8px 12px;
      margin: 0;
      font-size: 1.15rem;
    }
    dt {
      font-weight: 400;
    }
    dd {
      margin: 0;
      font-weight: 800;
      text-align: right;
    }
    ul {
      margin: 0;
      padding-left: 1.2em;
      font-size: 1.15rem;
      line-height: 1.4;
    }
    h2 {
      margin: 0 0 6px;
      font-size: 1.2rem;
    }
    .outcome {
      display: block;
      font-size: 1rem;
      font-weight: 600;
      color: var(--mc-muted);
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  private numberBlock(s: TicketStatus) {
    return html`<span class="label">${t('status.yourNumber')}</span> <span class="number" data-testid="status-number">${s.number}</span>`;
  }

  /** What kind of ticket it is, as the slip prints it: priority, the same-day lane, a booking. */
  private tags(s: TicketStatus) {
    const timezone = this.catalog?.center.timezone;
    const tags = [
      s.priority
        ? html`<span class="tag" data-testid="status-priority">${t('priority.label')}: ${t(`priority.${s.priority}`)}</span>`
        : null,
      s.lane === 'fast' && !s.transferred ? html`<span class="tag">${t('ticket.lane.fast')}</span>` : null,
      s.lane === 'booking' && s.notBefore !== null && timezone
        ? html`<span class="tag">${t('ticket.lane.booking', { time: formatTime(s.notBefore, timezone) })}</span>`
        : null,
    ].filter((tag) => tag !== null);
    return tags.length ? html`<div class="tags">${tags}</div>` : '';
  }

  /** How many are ahead; "next" only when nobody is; why there is no number when none can be given. */
  private place(s: TicketStatus) {
    if (s.ahead === 0) return html`<span class="next">${t('status.aheadNone')}</span>`;
    if (s.ahead !== null) return html`<span class="label">${t('status.ahead')}</span><strong>${s.ahead}</strong>`;
    const timezone = this.catalog?.center.timezone ?? 'Asia/Ho_Chi_Minh';
    const [why, from] = notCalledLines(s, timezone, s.issuedAt, s.targetCounterNumber);
    return html`<p class="not-called" data-testid="status-not-called">${why}</p>
      ${from ? html`<p class="hint" data-testid="status-callable-from">${from}</p>` : ''}`;
  }

  /** The wait range as it stands now, kept current by the server; else the estimate made at issue. */
  private estimate(s: TicketStatus) {
    if (s.waitRange && s.aheadReason === null) {
      return html`<p class="estimate" data-testid="status-estimate">
        ${t('estimate.label')}: <strong>${rangeText(s.waitRange, s.ahead)}</strong>
      </p>`;
    }
    if (s.estimatedWaitMinutes !== null && s.estimatedWaitMinutes > 0 && s.aheadReason !== 'no-open-counter') {
      return html`<p class="hint" data-testid="status-estimate">${t('status.estimate', { minutes: s.estimatedWaitMinutes })}</p>`;
    }
    return '';
  }

  private main(s: TicketStatus) {
    const counter = s.counterNumber ?? '';
    switch (s.state) {
      case 'waiting':
        return html`<section data-testid="status-waiting" aria-live="polite">
          ${this.numberBlock(s)} ${this.tags(s)}
          <div class="ahead" data-testid="status-ahead">${this.place(s)}</div>
          ${this.estimate(s)}
        </section>`;
      case 'called':
        return html`<section class="called" role="alert" data-testid="status-called">
          ${this.numberBlock(s)}
          <p class="go" data-testid="status-counter">${t('status.called', { counter })}</p>
          <p class="hint">${t('status.calledHint', { number: s.number })}</p>
          ${s.recallCount > 0 ? html`<p class="hint" data-testid="status-recalled">${t('status.recalled', { count: s.recallCount + 1 })}</p>` : ''}
        </section>`;
      case 'serving':
        return html`<section class="serving" data-testid="status-serving" aria-live="polite">
          ${this.numberBlock(s)}
          <p class="state" data-testid="status-counter">${t('status.serving', { counter })}</p>
        </section>`;
      case 'done':
        return html`<section class="done" data-testid="status-done" aria-live="polite">
          ${this.numberBlock(s)}
          <p class="state">${t('status.done')}</p>
          ${this.records(s)}
          <p class="hint">${t('status.doneHint')}</p>
        </section>`;
      case 'no-show':
      case 'cancelled':
        return html`<section class="ended" data-testid="status-${s.state}" aria-live="polite">
          ${this.numberBlock(s)}
          <p class="state">${t(s.state === 'no-show' ? 'status.noShow' : 'status.cancelled')}</p>
          <p class="hint">${t(s.state === 'no-show' ? 'status.noShowHint' : 'status.cancelledHint')}</p>
        </section>`;
    }
  }

  /** The records system's word on the visit's dossiers, while the page is open (shared/rules/records-status.ts). */
  private records(s: TicketStatus) {
    const notice = recordsNotice(s.procedures);
    return notice ? html`<p class="records" data-testid="status-records" role="status">${t(`status.records.${notice}`)}</p>` : '';
  }

  /** Where a transferred ticket waits now; after a part of the visit, the part done and where to go next. */
  private transfer(s: TicketStatus) {
    const next = this.catalog ? nextPartText(s, this.catalog) : null;
    if (next !== null && s.state === 'waiting') {
      const done = s.procedures.filter((p) => p.outcome !== null).length;
      return html`<p class="transfer next-part" data-testid="status-next">
        <span>${t('visit.partDone', { done, total: s.procedures.length })}</span> <strong>${next}</strong>
      </p>`;
    }
    if (next !== null) return html`<p class="after" data-testid="status-after">${next}</p>`;
    if (s.state !== 'waiting' || !s.transferred) return '';
    const field = this.catalog?.fields.find((f) => f.id === s.fieldId);
    const text =
      s.targetCounterNumber !== null
        ? t('status.transferredCounter', { counter: s.targetCounterNumber })
        : t('status.transferredField', { field: field ? localName(field) : '' });
    return html`<p class="transfer" data-testid="status-transfer">${text}</p>`;
  }

  private details(s: TicketStatus) {
    const catalog = this.catalog;
    if (!catalog) return '';
    const field = catalog.fields.find((f) => f.id === s.fieldId);
    const multiField = new Set(s.servedAt.map((l) => l.fieldId)).size > 1;
    return html`<div>
        <h2>${field && !multiField ? localName(field) : t('ticket.procedures')}</h2>
        <ul data-testid="status-procedures">
          ${s.procedures.map((line) => {
            const p = catalog.procedures.find((x) => x.id === line.procedureId);
            const date = line.outcome === 'appointment' ? line.resultDate : null;
            // A visit over several fields: where each procedure still to do is served.
            const where = multiField && !line.outcome ? s.servedAt.find((l) => l.procedureId === line.procedureId) : undefined;
            return html`<li>
              ${p ? localName(p) : ''}
              ${
                line.outcome
                  ? html`<span class="outcome">
                      ${date ? t('status.resultDate', { date: formatDay(date, { weekday: true }) }) : t(`outcome.${line.outcome}`)}
                    </span>`
                  : ''
              }
              ${where ? html`<span class="outcome" data-testid="status-line-counters">${servedAtText(where.counterNumbers)}</span>` : ''}
            </li>`;
          })}
        </ul>
      </div>
      <dl>
        ${
          s.state === 'waiting'
            ? html`<dt>${t('status.counters')}</dt>
                <dd data-testid="status-counters">${s.counterNumbers.join(', ')}</dd>`
            : ''
        }
        <dt>${t('status.issuedAt')}</dt>
        <dd>${formatTime(s.issuedAt, catalog.center.timezone, true)}</dd>
      </dl>`;
  }

  override render() {
    const s = this.status;
    if (!s) return html``;
    return html`${this.main(s)} ${this.transfer(s)} ${s.state === 'waiting' ? html`<p class="hint">${t('status.waitingHint')}</p>` : ''}
    ${this.details(s)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-status-ticket': McStatusTicket;
  }
}
