import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { AppointmentSlipView, CatalogView } from '../../shared/types.js';
import '../../ui/components/mc-qr-code.js';
import { formatDay, formatTime } from '../../ui/format.js';
import { lang, LangController, localName, t } from '../../ui/i18n/lang.js';

/**
 * Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", on A5: the center, the citizen's ticket
 * number, the applicant's name and phone (when the clerk typed them), each procedure finished with
 * an appointment with its dossier code (and its QR code, for a scanner at reception), the papers
 * received, why it needs verification, and the date its result will be ready (working days), when
 * the dossier was received, where to collect the result, and both signatures with the receiving
 * clerk's name.
 */
@customElement('mc-appointment-slip')
export class McAppointmentSlip extends LitElement {
  @property({ attribute: false }) slip: AppointmentSlipView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;

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
    td.code {
      width: 30mm;
      font-size: 9pt;
      text-align: center;
      word-break: break-all;
      --mc-qr-size: 22mm;
    }
    .procedure {
      font-weight: 700;
    }
    .documents {
      margin: 1mm 0 0;
      padding-left: 5mm;
      font-size: 10.5pt;
    }
    .verify {
      margin: 1mm 0 0;
      font-size: 10.5pt;
      font-style: italic;
    }
    .applicant {
      display: grid;
      grid-template-columns: 1.5fr 1fr;
      gap: 3mm;
    }
    .applicant strong {
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
    const { slip, catalog } = this;
    if (!slip || !catalog) return html``;
    const tz = catalog.center.timezone;
    const center = localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn });
    const [year, month, day] = localDate(slip.receivedAt, tz).split('-');
    const en = lang() === 'en';
    return html`
      <div class="heads">
        <div><strong>${center}</strong></div>
        <div>
          <strong>${t('counter.slip.nation')}</strong>
          <span class="motto">${t('counter.slip.motto')}</span>
          <div class="dated">${t('counter.slip.dated', { day: day ?? '', month: month ?? '', year: year ?? '' })}</div>
        </div>
      </div>
      <p class="form">${t('counter.slip.form')}</p>
      <h1>${t('counter.slip.title')}</h1>
      <p>${t('counter.slip.received', { center })}</p>
      <p>${t('ticket.number')}: <span class="number" data-testid="appointment-number">${slip.number}</span></p>
      <div class="applicant">
        <p>${t('counter.slip.applicant')}: <strong data-testid="appointment-name">${slip.citizenName ?? '…………………………'}</strong></p>
        <p>${t('counter.slip.phone')}: <strong data-testid="appointment-phone">${slip.citizenPhone ?? '……………'}</strong></p>
      </div>
      <p>${t('counter.slip.receivedAt')}: <strong>${formatTime(slip.receivedAt, tz, true)}</strong></p>
      <table>
        <thead>
          <tr>
            <th scope="col">${t('ticket.procedures')}</th>
            <th scope="col">${t('counter.slip.code')}</th>
            <th scope="col">${t('counter.slip.dueDate')}</th>
          </tr>
        </thead>
        <tbody>
          ${slip.lines.map((line) => {
            const procedure = catalog.procedures.find((x) => x.id === line.procedureId);
            const date = line.resultDate ?? line.dueDate;
            const documents = en ? line.documentsEn : line.documentsVi;
            return html`<tr>
              <td>
                <div class="procedure">${procedure ? localName(procedure) : ''}</div>
                ${
                  documents.length
                    ? html`<div>${t('counter.slip.documents')}:</div>
                        <ol class="documents">
                          ${documents.map((d) => html`<li>${d}</li>`)}
                        </ol>`
                    : ''
                }
                ${
                  line.verification
                    ? html`<p class="verify">
                        ${t('counter.slip.verification', {
                          reason: line.verification.note ?? t(`counter.verification.${line.verification.reason}`),
                        })}
                      </p>`
                    : ''
                }
              </td>
              <td class="code" data-testid="appointment-code-${line.procedureId}">
                ${
                  line.dossierCode
                    ? html`<mc-qr-code value=${line.dossierCode} label=${line.dossierCode}></mc-qr-code>
                        <div>${line.dossierCode}</div>`
                    : '—'
                }
              </td>
              <td class="due" data-testid="appointment-due-${line.procedureId}">${date ? formatDay(date, { weekday: true }) : ''}</td>
            </tr>`;
          })}
        </tbody>
      </table>
      <p data-testid="appointment-collect">${t('counter.slip.collectAt', { center })}</p>
      <p class="note">${t('counter.slip.bring')}</p>
      <div class="signs">
        <div><strong>${t('counter.slip.citizen')}</strong><small>${t('counter.slip.signHint')}</small></div>
        <div>
          <strong>${t('counter.slip.receiver')}</strong><small>${t('counter.slip.signHint')}</small>
          <div class="signer" data-testid="appointment-clerk">${slip.receivedBy ?? ''}</div>
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
