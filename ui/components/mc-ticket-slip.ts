import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { CatalogView, IssuedTicket } from '../../shared/types.js';
import { LangController, localName, t } from '../i18n/lang.js';
import { formatTime } from '../format.js';
import { estimateText, notCalledText } from '../estimate-text.js';
import { statusUrl } from '../status-url.js';
import { servedAtText, visitParts, type VisitPart } from '../visit-parts.js';
import './mc-qr-code.js';

/** The printed ticket, laid out for an 80 mm receipt printer (also shown on screen after issue). */
@customElement('mc-ticket-slip')
export class McTicketSlip extends LitElement {
  @property({ attribute: false }) issued: IssuedTicket | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;

  static override styles = css`
    :host {
      display: block;
      width: 80mm;
      max-width: 100%;
      padding: 4mm;
      color: #000;
      background: #fff;
      font-family: var(--mc-font, sans-serif);
      text-align: center;
    }
    .center {
      font-size: 13px;
      font-weight: 700;
      text-transform: uppercase;
    }
    .label {
      font-size: 13px;
      margin-top: 3mm;
    }
    .number {
      font-size: 64px;
      font-weight: 800;
      line-height: 1.05;
      letter-spacing: 2px;
    }
    .priority {
      font-size: 15px;
      font-weight: 700;
      border: 2px solid #000;
      display: inline-block;
      padding: 1mm 3mm;
    }
    .field {
      font-size: 18px;
      font-weight: 700;
      margin-top: 2mm;
    }
    ul {
      list-style: none;
      padding: 0;
      margin: 1mm 0;
      font-size: 14px;
    }
    dl {
      display: grid;
      grid-template-columns: auto auto;
      gap: 1mm 3mm;
      text-align: left;
      font-size: 14px;
      margin: 3mm 0;
    }
    dt {
      font-weight: 400;
    }
    dd {
      margin: 0;
      font-weight: 700;
      text-align: right;
    }
    .part {
      margin-top: 2mm;
      font-size: 15px;
      font-weight: 700;
    }
    .where {
      font-size: 14px;
      font-weight: 700;
      border: 1px solid #000;
      display: inline-block;
      padding: 0.5mm 2mm;
    }
    .route {
      font-size: 12px;
      margin: 2mm 0 0;
    }
    .keep {
      font-size: 12px;
      border-top: 1px dashed #000;
      padding-top: 2mm;
    }
    .not-called {
      font-size: 14px;
      font-weight: 700;
      border: 2px solid #000;
      padding: 1.5mm 2mm;
      margin: 3mm 0 0;
    }
    .follow {
      display: flex;
      align-items: center;
      gap: 3mm;
      margin: 0 0 3mm;
      text-align: left;
      font-size: 13px;
      font-weight: 700;
    }
    mc-qr-code {
      flex: none;
      --mc-qr-size: 30mm;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  /** A visit over fields served at different counters: each stop's fields, procedures and counters, in the visit's order. */
  private parts(parts: VisitPart[], catalog: CatalogView) {
    return html`${parts.map((part) => {
        const fields = part.fieldIds.map((id) => catalog.fields.find((f) => f.id === id)).filter((f) => f !== undefined);
        return html`<div class="part" data-testid="slip-part">${fields.map((f) => localName(f)).join(' · ')}</div>
          <ul>
            ${part.procedureIds.map((id) => {
              const p = catalog.procedures.find((x) => x.id === id);
              return p ? html`<li>${localName(p)}</li>` : '';
            })}
          </ul>
          <div class="where" data-testid="slip-part-counters">${servedAtText(part.counterNumbers)}</div>`;
      })}
      <p class="route">${t('visit.route')}</p>`;
  }

  override render() {
    const { issued, catalog } = this;
    if (!issued || !catalog) return html``;
    const { ticket } = issued;
    const field = catalog.fields.find((f) => f.id === ticket.fieldId);
    const procedures = ticket.procedures.map((p) => catalog.procedures.find((x) => x.id === p.procedureId));
    const parts = visitParts(issued.servedAt);
    const timezone = catalog.center.timezone;
    // No number of people ahead when nobody can say (no open counter, a booking before its slot).
    const notCalled = notCalledText(issued, timezone, ticket.issuedAt);
    return html`
      <div class="center">${localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn })}</div>
      <div class="label">${t('ticket.number')}</div>
      <div class="number" data-testid="slip-number">${ticket.number}</div>
      ${ticket.priority ? html`<div class="priority">${t('priority.label')}: ${t(`priority.${ticket.priority}`)}</div>` : ''}
      ${ticket.lane === 'fast' ? html`<div class="priority">${t('ticket.lane.fast')}</div>` : ''}
      ${
        ticket.lane === 'booking' && ticket.notBefore
          ? html`<div class="priority">${t('ticket.lane.booking', { time: formatTime(ticket.notBefore, catalog.center.timezone) })}</div>`
          : ''
      }
      ${
        parts.length > 1
          ? this.parts(parts, catalog)
          : html`<div class="field">${field ? localName(field) : ''}</div>
              <ul>
                ${procedures.map((p) => (p ? html`<li>${localName(p)}</li>` : ''))}
              </ul>`
      }
      ${notCalled ? html`<p class="not-called" data-testid="slip-not-called">${notCalled}</p>` : ''}
      <dl>
        <dt>${t('ticket.counters')}</dt>
        <dd>${issued.counterNumbers.join(', ')}</dd>
        ${
          issued.ahead !== null
            ? html`<dt>${t('ticket.ahead')}</dt>
                <dd data-testid="slip-ahead">${issued.ahead}</dd>`
            : ''
        }
        <dt>${t('estimate.label')}</dt>
        <dd data-testid="slip-estimate">${estimateText(issued, timezone, ticket.issuedAt)}</dd>
        <dt>${t('ticket.issuedAt')}</dt>
        <dd>${formatTime(ticket.issuedAt, catalog.center.timezone, true)}</dd>
      </dl>
      <div class="follow">
        <mc-qr-code
          data-testid="slip-qr"
          .value=${statusUrl(issued.statusToken, catalog.center)}
          .label=${t('status.qrLabel', { number: ticket.number })}
        ></mc-qr-code>
        <span>${t('status.slipScan')}</span>
      </div>
      <div class="keep">${t('ticket.keep')}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-ticket-slip': McTicketSlip;
  }
}
