import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { CatalogView, TicketView } from '../../shared/types.js';
import { formatDay, formatTime } from '../../ui/format.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';

/**
 * Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", on A5: the center, the citizen's ticket
 * number, each procedure with the date its result will be ready, when the dossier was received,
 * and room for both signatures. Only the procedures finished with an appointment are listed.
 */
@customElement('mc-appointment-slip')
export class McAppointmentSlip extends LitElement {
  @property({ attribute: false }) ticket: TicketView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  /** The clerk who received the dossier, printed under the receiver's signature. */
  @property() staffName = '';

  static override styles = css`
    :host {
      display: block;
      box-sizing: border-box;
      width: 148mm;
      min-height: 210mm;
      padding: 12mm 12mm 10mm;
      font-family: 'Times New Roman', 'Noto Serif', serif;
      font-size: 13pt;
      line-height: 1.35;
      color: #000;
      background: #fff;
    }
    .heads {
      display: grid;
      grid-template-columns: 1fr 1.6fr;
      gap: 3mm;
      text-align: center;
      font-size: 10pt;
    }
    .heads strong {
      display: block;
      text-transform: uppercase;
    }
    .motto {
      display: inline-block;
      font-weight: 700;
      border-bottom: 1px solid #000;
    }
    .dated {
      margin-top: 2mm;
      font-style: italic;
    }
    .form {
      margin: 3mm 0 0;
      font-size: 10pt;
      text-align: right;
    }
    h1 {
      margin: 2mm 0 4mm;
      font-size: 15pt;
      text-align: center;
      text-transform: uppercase;
    }
    p {
      margin: 0 0 2mm;
    }
    .number {
      font-size: 22pt;
      font-weight: 800;
      letter-spacing: 1px;
    }
    table {
      width: 100%;
      margin: 2mm 0 3mm;
      border-collapse: collapse;
      font-size: 12pt;
    }
    th,
    td {
      padding: 1.5mm 2mm;
      text-align: left;
      vertical-align: top;
      border: 1px solid #000;
    }
    td.due {
      font-weight: 700;
      white-space: nowrap;
    }
    .note {
      font-size: 11pt;
      font-style: italic;
    }
    .signs {
      display: grid;
      grid-template-columns: 1fr 1fr;
      margin-top: 5mm;
      text-align: center;
    }
    .signs strong {
      display: block;
    }
    .signs small {
      font-style: italic;
    }
    .signer {
      margin-top: 16mm;
      font-weight: 700;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const { ticket, catalog } = this;
    if (!ticket || !catalog) return html``;
    const tz = catalog.center.timezone;
    const receivedAt = ticket.startedAt ?? ticket.issuedAt;
    const [year, month, day] = localDate(receivedAt, tz).split('-');
    const appointments = ticket.procedures.filter((p) => p.outcome === 'appointment');
    return html`
      <div class="heads">
        <div><strong>${localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn })}</strong></div>
        <div>
          <strong>${t('counter.slip.nation')}</strong>
          <span class="motto">${t('counter.slip.motto')}</span>
          <div class="dated">${t('counter.slip.dated', { day: day ?? '', month: month ?? '', year: year ?? '' })}</div>
        </div>
      </div>
      <p class="form">${t('counter.slip.form')}</p>
      <h1>${t('counter.slip.title')}</h1>
      <p>${t('counter.slip.received', { center: localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) })}</p>
      <p>${t('ticket.number')}: <span class="number" data-testid="appointment-number">${ticket.number}</span></p>
      <p>${t('counter.slip.receivedAt')}: <strong>${formatTime(receivedAt, tz, true)}</strong></p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('ticket.procedures')}</th>
            <th scope="col">${t('counter.slip.dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          ${appointments.map((p) => {
            const procedure = catalog.procedures.find((x) => x.id === p.procedureId);
            const date = p.resultDate ?? p.dueDate;
            return html`<tr>
              <td>${procedure ? localName(procedure) : ''}</td>
              <td class="due" data-testid="appointment-due-${p.procedureId}">${date ? formatDay(date, { weekday: true }) : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p class="note">${t('counter.slip.bring')}</p>
      <div class="signs">
        <div><strong>${t('counter.slip.citizen')}</strong><small>${t('counter.slip.signHint')}</small></div>
        <div>
          <strong>${t('counter.slip.receiver')}</strong><small>${t('counter.slip.signHint')}</small>
          <div class="signer">${this.staffName}</div>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-appointment-slip': McAppointmentSlip;
  }
}
