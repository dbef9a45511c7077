import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { ApiErrorBody } from '../../shared/errors.js';
import { checkNewDossierCode } from '../../shared/rules/dossier-code.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { FinishRequest } from '../../shared/schemas.js';
import {
  OUTCOMES,
  VERIFICATION_REASONS,
  type CatalogView,
  type FastTrackDossier,
  type Outcome,
  type TicketView,
  type VerificationReason,
} from '../../shared/types.js';
import { refusalText, repeatedText } from '../../ui/dossier-code-text.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { serverNow } from '../../ui/server-time.js';
import { fire } from '../../ui/events.js';
import { formatDay } from '../../ui/format.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { finishRoute } from '../../ui/visit-parts.js';
import type { FinishRoute } from '../../shared/rules/visit-route.js';

type Choice = FinishRequest['outcomes'][number];

/** A line the clerk marked "needs verification", while its reason is still being chosen. */
interface VerifyDraft {
  reason: VerificationReason | null;
  note: string;
}

/**
 * The outcome of each procedure of the ticket. A procedure with a processing time defaults to an
 * appointment whose date the server computes in working days (staff may set one instead); one done
 * on the spot, and every fast-lane dossier, defaults to "returned". A fast-lane result is handed
 * over only once the leader has approved it. Enter confirms (`mc-finish-confirm` with the
 * FinishRequest); `mc-panel-close` goes back.
 *
 * Each line takes its dossier code (Circular 01/2018), typed or from a barcode/QR scanner that types
 * like a keyboard and ends with Enter: Enter in a code field checks the code by the shared rule and
 * moves to the next line's code, then to the confirm button — it never submits the form. A refused
 * code is said beside its field (and stays there to be scanned again); a line left empty has no code
 * (a guidance-only visit). The keyboard starts in the first code field.
 *
 * "Cần xác minh" on a line is the clerk's judgement (the kiosk never asks it): the line becomes an
 * appointment due after the procedure's verification days, with a reason from a short list and the
 * clerk's words (required for "Lý do khác"); a fast-lane dossier so marked leaves the same-day track.
 * Opened with `verifyAll` (the fast-track steps' "Cần xác minh"), every line starts marked and the
 * keyboard starts in the first reason. The citizen's name and phone, both optional, go on Form 01.
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
  /** Every line starts marked "needs verification". */
  @property({ type: Boolean }) verifyAll = false;
  @state() private _choices: Choice[] = [];
  /** The lines marked "needs verification", by procedure id. */
  @state() private _verify = new Map<number, VerifyDraft>();
  /** Why a marked line cannot be confirmed yet, by procedure id. */
  @state() private _verifyErrors = new Map<number, string>();
  @state() private _citizen = { name: '', phone: '' };
  /** Why a line's code is refused, by procedure id (the rule's reason, or the server's). */
  @state() private _codeErrors = new Map<number, string>();
  /** The ticket the choices were made for: the terminal hands over a fresh copy after every reload. */
  private _choicesFor: number | null = null;

  static override styles = [
    staffStyles,
    css`
      h2 {
        margin: 0 0 12px;
        font-size: 1.6rem;
      }
      fieldset.citizen {
        display: flex;
        flex-wrap: wrap;
        gap: 8px 16px;
        margin: 0 0 10px;
        padding: 6px 12px 10px;
        border: 1px solid #c4cad2;
        border-radius: 10px;
      }
      fieldset.citizen legend {
        font-weight: 700;
      }
      fieldset.citizen label {
        display: flex;
        flex-direction: column;
        font-size: 1rem;
      }
      fieldset.citizen label:first-of-type {
        flex: 2 1 14em;
      }
      fieldset.citizen label:last-of-type {
        flex: 1 1 9em;
      }
      fieldset.citizen input {
        width: 100%;
      }
      .verify-toggle {
        display: flex;
        align-items: center;
        gap: 6px;
        margin-top: 6px;
        font-size: 1rem;
        font-weight: 700;
      }
      .verify-toggle input {
        width: 22px;
        height: 22px;
      }
      tr.verify td {
        padding-top: 0;
        background: #fff8e6;
      }
      .verify-row {
        display: flex;
        flex-wrap: wrap;
        align-items: flex-end;
        gap: 8px 16px;
      }
      /* Within the table's width: the reason and the note share the row. */
      .verify-row label {
        display: flex;
        flex: 1 1 12em;
        flex-direction: column;
        min-width: 0;
        font-size: 1rem;
      }
      .verify-row select,
      .verify-row input {
        width: 100%;
        min-width: 0;
      }
      .verify-row .code-error {
        flex-basis: 100%;
        margin: 0;
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
        min-width: 7em;
        max-width: 22em;
      }
      select {
        width: 100%;
        min-width: 13em;
      }
      /* A whole code (25 characters) shows; the procedure's name takes what is left. */
      .code input {
        width: 15.5em;
        font-variant-numeric: tabular-nums;
        letter-spacing: 0.02em;
      }
      .code input[aria-invalid='true'] {
        border-color: var(--mc-accent);
        border-width: 3px;
      }
      .code-error {
        max-width: 19em;
        margin-top: 4px;
        font-size: 0.95rem;
        font-weight: 700;
        color: var(--mc-accent);
      }
      /* The dossier's papers digitised at the counter (the province's digitisation indicator). */
      .digitised {
        display: flex;
        align-items: center;
        gap: 8px;
        margin-top: 6px;
        font-weight: 700;
      }
      .digitised input {
        width: 24px;
        height: 24px;
      }
      .hint {
        margin: 0 0 8px;
        color: var(--mc-muted);
      }
      .later {
        font-weight: 700;
        color: var(--mc-fg);
      }
      /* The result date sits under the outcome: three columns fit the counter PC's 1366 px. */
      label.date {
        display: flex;
        flex-direction: column;
        gap: 2px;
        margin-top: 6px;
        font-size: 1rem;
        font-weight: 700;
      }
      label.date input {
        align-self: flex-start;
      }
      .weekday {
        font-weight: 700;
      }
      .auto {
        max-width: 18em;
        font-size: 0.95rem;
        font-weight: 400;
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

  /** The center's today by the server's clock. */
  private get today(): string {
    return this.catalog ? localDate(serverNow(), this.catalog.center.timezone) : '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Only a new ticket starts the choices again: what staff typed or scanned survives reloads.
    if ((changed.has('ticket') || changed.has('catalog')) && this.ticket && this.catalog && this._choicesFor !== this.ticket.id) {
      this._choicesFor = this.ticket.id;
      this._codeErrors = new Map();
      this._verifyErrors = new Map();
      this._citizen = { name: '', phone: '' };
      const procedures = this.catalog.procedures;
      const fast = this.ticket.lane === 'fast';
      const here = new Set(this.route(this.ticket, this.catalog).here);
      this._choices = this.ticket.procedures
        .filter(({ procedureId }) => here.has(procedureId))
        .map(({ procedureId }) => {
          const days = procedures.find((p) => p.id === procedureId)?.processingDays ?? 0;
          return (days > 0 && !fast) || this.verifyAll
            ? { procedureId, outcome: 'appointment', resultDate: null, dossierCode: null }
            : { procedureId, outcome: 'returned', resultDate: null, dossierCode: null };
        });
      this._verify = new Map(this.verifyAll ? this._choices.map((c) => [c.procedureId, { reason: null, note: '' }]) : []);
    }
  }

  /** The lines this counter records and where the ticket goes after (shared/rules/visit-route.ts). */
  private route(ticket: TicketView, catalog: CatalogView): FinishRoute {
    return finishRoute(ticket, catalog, catalog.counters.find((c) => c.id === ticket.counterId)?.fieldIds ?? []);
  }

  /** The lines left for a later field: said above the buttons, so staff know Finish sends the ticket on. */
  private later(ticket: TicketView, catalog: CatalogView) {
    const { here } = this.route(ticket, catalog);
    const left = ticket.procedures.filter((p) => p.outcome === null && !here.includes(p.procedureId));
    if (!left.length) return '';
    const names = left.map((l) => catalog.procedures.find((p) => p.id === l.procedureId)).filter((p) => p !== undefined);
    const numbers = [...new Set(names.flatMap((p) => catalog.counters.filter((c) => c.fieldIds.includes(p.fieldId)).map((c) => c.number)))];
    return html`<p class="hint later" data-testid="finish-later">
      ${t('visit.later', { numbers: numbers.sort((a, b) => a - b).join(', '), procedures: names.map((p) => localName(p)).join('; ') })}
    </p>`;
  }

  override firstUpdated(): void {
    const first = this._choices[0]?.procedureId;
    if (this.verifyAll) this.renderRoot.querySelector<HTMLSelectElement>(`[data-testid="verify-reason-${first}"]`)?.focus();
    else this.codeInput(first)?.focus();
  }

  /** Marks or unmarks a line "needs verification"; a marked line is an appointment. */
  private toggleVerify(choice: Choice, on: boolean): void {
    const verify = new Map(this._verify);
    if (on) {
      verify.set(choice.procedureId, { reason: null, note: '' });
      this.set(choice.procedureId, { outcome: 'appointment' });
    } else verify.delete(choice.procedureId);
    this._verify = verify;
    this.setVerifyError(choice.procedureId, null);
  }

  private editVerify(procedureId: number, change: Partial<VerifyDraft>): void {
    const draft = this._verify.get(procedureId);
    if (!draft) return;
    this._verify = new Map(this._verify).set(procedureId, { ...draft, ...change });
    this.setVerifyError(procedureId, null);
  }

  private setVerifyError(procedureId: number, message: string | null): void {
    const errors = new Map(this._verifyErrors);
    if (message === null) errors.delete(procedureId);
    else errors.set(procedureId, message);
    this._verifyErrors = errors;
  }

  /** Each marked line's reason (and words, for "other"), or why it is missing; the first missing one focused. */
  private verifications(): Map<number, NonNullable<Choice['verification']>> | null {
    const done = new Map<number, NonNullable<Choice['verification']>>();
    let missing: string | null = null;
    for (const [procedureId, draft] of this._verify) {
      const note = draft.note.trim();
      if (draft.reason === null) this.setVerifyError(procedureId, t('counter.finish.verifyReason'));
      else if (draft.reason === 'other' && note === '') this.setVerifyError(procedureId, t('counter.finish.verifyNoteHint'));
      else {
        done.set(procedureId, { reason: draft.reason, note: note || null });
        continue;
      }
      missing ??= draft.reason === null ? `verify-reason-${procedureId}` : `verify-note-${procedureId}`;
    }
    if (missing === null) return done;
    const testid = missing;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`[data-testid="${testid}"]`)?.focus());
    return null;
  }

  private codeInput(procedureId: number | undefined): HTMLInputElement | null {
    return procedureId === undefined
      ? null
      : this.renderRoot.querySelector<HTMLInputElement>(`[data-testid="dossier-code-${procedureId}"]`);
  }

  private setCodeError(procedureId: number, message: string | null): void {
    const errors = new Map(this._codeErrors);
    if (message === null) errors.delete(procedureId);
    else errors.set(procedureId, message);
    this._codeErrors = errors;
  }

  /**
   * Checks a line's code as typed, by the shared rule and against the visit's other lines; keeps it
   * normalised (or none when empty) and says why when refused. True when the line is fine.
   */
  private acceptCode(choice: Choice, raw: string): boolean {
    if (raw.trim() === '') {
      this.set(choice.procedureId, { dossierCode: null });
      this.setCodeError(choice.procedureId, null);
      return true;
    }
    const check = checkNewDossierCode(raw, { agencyCode: this.catalog?.center.agencyCode ?? null, today: this.today });
    const repeated = check.ok && this._choices.some((c) => c.procedureId !== choice.procedureId && c.dossierCode === check.dossier.code);
    if (!check.ok || repeated) {
      this.set(choice.procedureId, { dossierCode: raw });
      this.setCodeError(choice.procedureId, check.ok ? repeatedText(check.dossier.code) : refusalText(check));
      return false;
    }
    this.set(choice.procedureId, { dossierCode: check.dossier.code });
    this.setCodeError(choice.procedureId, null);
    return true;
  }

  /** Enter (a scanner ends each code with it) accepts the code and moves on, and never submits the form. */
  private async onCodeKeydown(e: KeyboardEvent, choice: Choice): Promise<void> {
    if (e.key !== 'Enter' || e.isComposing) return;
    e.preventDefault();
    const input = e.target as HTMLInputElement;
    const fine = this.acceptCode(choice, input.value);
    await this.updateComplete;
    if (!fine) {
      // The next scan replaces what was refused.
      input.select();
      return;
    }
    const index = this._choices.findIndex((c) => c.procedureId === choice.procedureId);
    const next = this.codeInput(this._choices[index + 1]?.procedureId);
    if (next) next.focus();
    else this.renderRoot.querySelector<HTMLButtonElement>('[data-testid="finish-confirm"]')?.focus();
  }

  /**
   * A refusal of the server about one line's code (already taken in the center, say): shown beside
   * that line's field, which gets the keyboard. False when it is about no line here.
   */
  showRefusal(error: ApiErrorBody['error']): boolean {
    if (!error.code.startsWith('dossier-code-')) return false;
    const line = this._choices.find((c) => c.dossierCode && error.message.includes(c.dossierCode));
    if (!line) return false;
    this.setCodeError(line.procedureId, error.message);
    void this.updateComplete.then(() => this.codeInput(line.procedureId)?.select());
    return true;
  }

  private set(procedureId: number, change: Partial<Choice>): void {
    this._choices = this._choices.map((c) => (c.procedureId === procedureId ? { ...c, ...change } : c));
  }

  private setOutcome(choice: Choice, outcome: Outcome): void {
    this.set(choice.procedureId, { outcome, resultDate: outcome === 'appointment' ? choice.resultDate : null });
    // Only an appointment can wait for a verification.
    if (outcome !== 'appointment' && this._verify.has(choice.procedureId)) this.toggleVerify(choice, false);
  }

  /** Only a dossier received — a code, not sent back — may be marked digitised (the server refuses the rest). */
  private receivable(choice: Choice): boolean {
    return choice.dossierCode !== null && choice.dossierCode !== undefined && choice.outcome !== 'incomplete';
  }

  private digitised(choice: Choice): boolean {
    return choice.digitised === true && this.receivable(choice);
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
    // Every code checked again as it stands (a field left without Enter), the first refused one focused.
    const refused = this._choices.filter((c) => !this.acceptCode(c, c.dossierCode ?? ''));
    if (refused.length > 0) {
      void this.updateComplete.then(() => this.codeInput(refused[0]?.procedureId)?.select());
      return;
    }
    const verified = this.verifications();
    if (!verified) return;
    const name = this._citizen.name.trim();
    const phone = this._citizen.phone.trim();
    fire(this, 'mc-finish-confirm', {
      outcomes: this._choices.map((c) => ({ ...c, digitised: this.digitised(c), verification: verified.get(c.procedureId) ?? null })),
      ...(name || phone ? { citizen: { name: name || null, phone: phone || null } } : {}),
    });
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
        <p class="hint">${t('counter.finish.codeHint')}</p>
        ${this.later(ticket, catalog)}
        <fieldset class="citizen">
          <legend>${t('counter.finish.citizen')}</legend>
          <label
            >${t('counter.finish.citizenName')}
            <input
              type="text"
              maxlength="100"
              autocomplete="off"
              data-testid="citizen-name"
              .value=${this._citizen.name}
              @input=${(e: Event) => (this._citizen = { ...this._citizen, name: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}
          /></label>
          <label
            >${t('counter.finish.citizenPhone')}
            <input
              type="tel"
              inputmode="tel"
              maxlength="20"
              autocomplete="off"
              data-testid="citizen-phone"
              .value=${this._citizen.phone}
              @input=${(e: Event) => (this._citizen = { ...this._citizen, phone: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}
          /></label>
        </fieldset>
        <table>
          <thead>
            <tr>
              <th scope="col">${t('ticket.procedures')}</th>
              <th scope="col">${t('counter.finish.outcome')}</th>
              <th scope="col">${t('counter.finish.dossierCode')}</th>
            </tr>
          </thead>
          <tbody>
            ${this._choices.map((choice) => {
              const procedure = catalog.procedures.find((p) => p.id === choice.procedureId);
              const name = procedure ? localName(procedure) : '';
              const codeError = this._codeErrors.get(choice.procedureId);
              const verify = this._verify.get(choice.procedureId);
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
                    <label class="verify-toggle">
                      <input
                        type="checkbox"
                        data-testid="verify-${choice.procedureId}"
                        .checked=${verify !== undefined}
                        @change=${(e: Event) => this.toggleVerify(choice, (e.target as HTMLInputElement).checked)}
                      />
                      ${t('counter.finish.verify')}
                    </label>
                    ${
                      choice.outcome === 'appointment'
                        ? html`<label class="date"
                            >${t('counter.finish.resultDate')}
                            <input
                              type="date"
                              min=${this.today}
                              .value=${choice.resultDate ?? ''}
                              data-testid="result-date-${choice.procedureId}"
                              aria-label="${t('counter.finish.resultDate')}: ${name}"
                              @input=${(e: Event) => this.set(choice.procedureId, { resultDate: (e.target as HTMLInputElement).value || null })}
                            />
                            ${
                              choice.resultDate
                                ? html`<span class="weekday">${formatDay(choice.resultDate, { weekday: true })}</span>`
                                : html`<span class="auto">${t(verify ? 'counter.finish.verifyAuto' : 'counter.finish.autoDate')}</span>`
                            }
                          </label>`
                        : ''
                    }
                  </td>
                  <td class="code">
                    <input
                      type="text"
                      inputmode="text"
                      autocomplete="off"
                      autocapitalize="characters"
                      spellcheck="false"
                      maxlength="64"
                      placeholder="${this.catalog?.center.agencyCode ?? '000.00.01.H26'}-YYMMDD-XXXX"
                      data-testid="dossier-code-${choice.procedureId}"
                      aria-label="${t('counter.finish.dossierCode')}: ${name}"
                      aria-invalid=${codeError ? 'true' : 'false'}
                      aria-describedby="dossier-error-${choice.procedureId}"
                      .value=${choice.dossierCode ?? ''}
                      @input=${() => this._codeErrors.has(choice.procedureId) && this.setCodeError(choice.procedureId, null)}
                      @keydown=${(e: KeyboardEvent) => void this.onCodeKeydown(e, choice)}
                      @change=${(e: Event) => this.acceptCode(choice, (e.target as HTMLInputElement).value)}
                    />
                    <div class="code-error" id="dossier-error-${choice.procedureId}" data-testid="dossier-error-${choice.procedureId}">
                      ${codeError ?? ''}
                    </div>
                    <label class="digitised" data-testid="digitised-label-${choice.procedureId}">
                      <input
                        type="checkbox"
                        data-testid="digitised-${choice.procedureId}"
                        .checked=${this.digitised(choice)}
                        ?disabled=${!this.receivable(choice)}
                        @change=${(e: Event) => this.set(choice.procedureId, { digitised: (e.target as HTMLInputElement).checked })}
                      />
                      ${t('counter.finish.digitised')}
                    </label>
                  </td>
                </tr>
                ${verify ? this.renderVerify(choice.procedureId, name, verify) : ''}`;
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

  /** A marked line's reason and the clerk's words, under it. */
  private renderVerify(procedureId: number, name: string, verify: VerifyDraft) {
    const error = this._verifyErrors.get(procedureId);
    return html`<tr class="verify">
      <td colspan="3">
        <div class="verify-row">
          <label
            >${t('counter.finish.verifyReason')}
            <select
              data-testid="verify-reason-${procedureId}"
              aria-label="${t('counter.finish.verifyReason')}: ${name}"
              aria-invalid=${error && verify.reason === null ? 'true' : 'false'}
              @change=${(e: Event) => this.editVerify(procedureId, { reason: (e.target as HTMLSelectElement).value as VerificationReason })}
            >
              <option value="" ?selected=${verify.reason === null} disabled>—</option>
              ${VERIFICATION_REASONS.map((r) => html`<option value=${r} ?selected=${r === verify.reason}>${t(`counter.verification.${r}`)}</option>`)}
            </select>
          </label>
          <label
            >${t('counter.finish.verifyNote')}
            <input
              type="text"
              maxlength="300"
              autocomplete="off"
              data-testid="verify-note-${procedureId}"
              aria-label="${t('counter.finish.verifyNote')}: ${name}"
              placeholder=${verify.reason === 'other' ? t('counter.finish.verifyNoteHint') : ''}
              .value=${verify.note}
              @input=${(e: Event) => this.editVerify(procedureId, { note: (e.target as HTMLInputElement).value })}
              @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && e.preventDefault()}
          /></label>
          <span class="code-error" role="status" data-testid="verify-error-${procedureId}">${error ?? ''}</span>
        </div>
      </td>
    </tr>`;
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
