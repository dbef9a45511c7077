import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { ApiResult } from '../../shared/errors.js';
import type { CatalogView, FastTrackProcedureView, Field, IssuedTicket, PriorityKind, Procedure } from '../../shared/types.js';
import { CenterFeed } from '../../ui/center-feed.js';
import { checkIn } from '../../ui/data/bookings.js';
import { getCatalog, resolveCenterId } from '../../ui/data/centers.js';
import { issueTicket } from '../../ui/data/tickets.js';
import type { McEvent } from '../../ui/events.js';
import { LangController, lang, localName, setLang, t } from '../../ui/i18n/lang.js';
import { printSlip } from '../../ui/print-slip.js';
import '../../ui/components/mc-connection-status.js';
import '../common/mc-display-header.js';
import '../common/mc-not-paired.js';
import { outreachPlace } from '../common/session-format.js';
import { SessionWatch } from '../common/session-watch.js';
import { IdleTimer } from './idle-timer.js';
import { kioskButtons } from './kiosk-styles.js';
import type { IssueContext } from './lane-note.js';
import { completeAnswers, type FastTrackAnswers, type FastTrackDraft } from './mc-kiosk-checklist.js';
import './mc-kiosk-checklist.js';
import './mc-kiosk-closed.js';
import './mc-kiosk-error.js';
import './mc-kiosk-fields.js';
import './mc-kiosk-keypad.js';
import './mc-kiosk-priority.js';
import './mc-kiosk-procedures.js';
import './mc-kiosk-result.js';

const IDLE_MS = 60_000;
const CATALOG_RETRY_MS = 10_000;

/** A fast-track procedure's checklist and, once given, the citizen's answer to its question. */
interface FastTrackChoice {
  checklist: FastTrackProcedureView;
  answers: FastTrackAnswers;
}

type KioskView =
  | { step: 'field' }
  | { step: 'procedure'; field: Field }
  | { step: 'checklist'; field: Field; procedure: Procedure; checklist: FastTrackProcedureView; draft: FastTrackDraft }
  | { step: 'priority'; field: Field; procedure: Procedure; priority: PriorityKind | null; fastTrack: FastTrackChoice | null }
  | { step: 'booking'; error: string }
  | { step: 'issued'; issued: IssuedTicket; context: IssueContext }
  | { step: 'error'; message: string; back: KioskView };

type Loading = 'loading' | 'not-found' | 'unavailable' | 'ready';

/**
 * The self-service ticket kiosk: field → procedure → (on a fast-track day, the checklist) → priority →
 * printed ticket; or a booking code → ticket. Outside every session it says when the next one opens.
 */
@customElement('mc-kiosk')
export class McKiosk extends LitElement {
  @state() private _loading: Loading = 'loading';
  @state() private _catalog: CatalogView | null = null;
  @state() private _view: KioskView = { step: 'field' };
  @state() private _busy = false;
  /** A ticket was refused because pairing was switched on after the feed joined. */
  @state() private _refusedUnpaired = false;
  private _centerId = '';
  private _feed: CenterFeed | null = null;
  private _session: SessionWatch | null = null;
  private _retry: ReturnType<typeof setTimeout> | undefined;

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        height: 100vh;
        user-select: none;
        -webkit-user-select: none;
        --mc-header-title-size: 2.2rem;
        --mc-lang-switch-size: 64px;
      }
      main {
        flex: 1;
        display: flex;
        flex-direction: column;
        overflow-y: auto;
        padding: 28px 32px 40px;
      }
      /* A step takes the height its heading leaves: its buttons spread over the screen (a portrait
         kiosk's lower half is not left empty) and its Back / confirm buttons sit at the bottom. */
      mc-kiosk-fields,
      mc-kiosk-procedures,
      mc-kiosk-priority,
      mc-kiosk-checklist,
      mc-kiosk-keypad {
        flex: 1 0 auto;
      }
      .head {
        margin-bottom: 24px;
      }
      .step {
        margin: 0;
        font-size: 1.3rem;
        font-weight: 700;
        color: var(--mc-muted);
      }
      h2 {
        margin: 4px 0 8px;
        font-size: 2.6rem;
        line-height: 1.15;
        color: var(--mc-primary);
      }
      .hint {
        margin: 0;
        font-size: 1.5rem;
      }
      .chosen {
        margin: 0 0 6px;
        font-size: 1.5rem;
        font-weight: 700;
      }
      .notice {
        margin: 15vh auto;
        max-width: 900px;
        font-size: 2rem;
        font-weight: 700;
        text-align: center;
      }
      mc-display-header {
        --mc-header-note-size: 1.6rem;
      }
      .head-row {
        display: flex;
        align-items: flex-end;
        justify-content: space-between;
        gap: 24px;
        margin-bottom: 24px;
      }
      .head-row .head {
        margin-bottom: 0;
      }
      .have-booking {
        flex: none;
        display: flex;
        flex-direction: column;
        align-items: center;
        min-width: 300px;
        min-height: 96px;
        font-size: 1.9rem;
        color: var(--mc-primary);
        background: var(--mc-bg);
        border: 4px solid var(--mc-primary);
      }
      .have-booking small {
        font-size: 1.15rem;
        font-weight: 600;
      }
      @media (orientation: portrait) {
        .head-row {
          flex-direction: column;
          align-items: stretch;
        }
      }
      /* A landscape kiosk (1280×800) keeps every step, confirm button included, on one screen. */
      @media (max-height: 900px) {
        main {
          padding: 16px 32px 16px;
        }
        .head {
          margin-bottom: 16px;
        }
        h2 {
          font-size: 2.2rem;
          margin: 0 0 4px;
        }
        .chosen,
        .hint {
          font-size: 1.35rem;
        }
        .head-row {
          margin-bottom: 16px;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
    new IdleTimer(this, IDLE_MS, () => this.startOver());
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    clearTimeout(this._retry);
  }

  /** The kiosk stands alone: if the server is not there yet, keep trying rather than show a dead screen. */
  private async load() {
    const centerId = this._centerId || (await resolveCenterId());
    if (!centerId) {
      this._loading = 'not-found';
      return;
    }
    this._centerId = centerId;
    const res = await getCatalog(centerId);
    if ('error' in res) {
      this._loading = res.error.code === 'center-not-found' ? 'not-found' : 'unavailable';
      if (this._loading === 'unavailable') this._retry = setTimeout(() => void this.load(), CATALOG_RETRY_MS);
      return;
    }
    this._catalog = res;
    this._loading = 'ready';
    this._session ??= new SessionWatch(this, centerId);
    const session = this._session;
    this._feed ??= new CenterFeed(this, centerId, {
      // A reconnect may have missed a calendar change; a manager's change arrives at once.
      onSnapshot: () => void session.reload(),
      onCalendarUpdated: () => void session.reload(),
    });
  }

  /** Back to step 1, in Vietnamese, for the next citizen. */
  private startOver() {
    this._view = { step: 'field' };
    if (lang() !== 'vi') setLang('vi');
  }

  /** The procedures with a same-day result today, with their checklists. */
  private fastTrackToday(): FastTrackProcedureView[] {
    const session = this._session;
    return session?.status?.fastTrackToday ? (session.calendar?.fastTrack.procedures ?? []) : [];
  }

  /**
   * How many steps the count says: four on a fast-track day in a field with a same-day procedure
   * (any field, before one is chosen), as its checklist may come; three otherwise. The count may end
   * sooner than it said (a procedure with no checklist), never grow.
   */
  private steps(catalog: CatalogView, field: Field | null): number {
    const listed = new Set(this.fastTrackToday().map((p) => p.procedureId));
    return catalog.procedures.some((p) => listed.has(p.id) && (field === null || p.fieldId === field.id)) ? 4 : 3;
  }

  private chooseProcedure(field: Field, procedure: Procedure) {
    const checklist = this.fastTrackToday().find((p) => p.procedureId === procedure.id);
    this._view = checklist
      ? { step: 'checklist', field, procedure, checklist, draft: { dossierComplete: null } }
      : { step: 'priority', field, procedure, priority: null, fastTrack: null };
  }

  private async take(view: Extract<KioskView, { step: 'priority' }>) {
    if (this._busy) return;
    this._busy = true;
    const res = await issueTicket(this._centerId, {
      procedureIds: [view.procedure.id],
      priority: view.priority,
      ...(view.fastTrack ? { fastTrack: view.fastTrack.answers } : {}),
    });
    this._busy = false;
    const context: IssueContext = view.fastTrack ? { kind: 'fast-track', answers: view.fastTrack.answers } : { kind: 'walk-in' };
    await this.issued(res, context, (message) => {
      this._view = { step: 'error', message, back: view };
    });
  }

  private async checkIn(code: string) {
    if (this._busy) return;
    this._busy = true;
    const res = await checkIn(this._centerId, code);
    this._busy = false;
    await this.issued(res, { kind: 'booking' }, (message) => {
      this._view = { step: 'booking', error: message };
    });
  }

  /**
   * Shows and prints the ticket; a walk-in refused because the session has closed sees the closed
   * screen instead (a booking keeps its keypad, where the refusal says when to come back).
   */
  private async issued(res: ApiResult<IssuedTicket>, context: IssueContext, refused: (message: string) => void) {
    const catalog = this._catalog;
    if ('error' in res) {
      if (res.error.code === 'device-not-paired') {
        this._refusedUnpaired = true;
        return;
      }
      if (res.error.code === 'outside-session' && this._session) {
        await this._session.reload();
        // The server's word is final: if the status has not caught up yet, its message says when to come back.
        if (this._session.closed && context.kind !== 'booking') {
          this._view = { step: 'field' };
          return;
        }
      }
      refused(res.error.message);
      return;
    }
    this._view = { step: 'issued', issued: res, context };
    // Show the number first: a print dialog would hold the page until it closes.
    await this.updateComplete;
    if (catalog) printSlip(res, catalog);
  }

  private heading(step: { step: number; total: number } | null, title: string, hint: string, chosen = '') {
    return html`<div class="head">
      ${step ? html`<p class="step" data-testid="kiosk-step">${t('kiosk.step', step)}</p>` : ''}
      <h2>${title}</h2>
      ${chosen ? html`<p class="chosen">${chosen}</p>` : ''} ${hint ? html`<p class="hint">${hint}</p>` : ''}
    </div>`;
  }

  /** "Tôi đã đặt lịch": on the first step, and on the closed screen (a booked citizen may check in before the session opens). */
  private haveBookingButton() {
    return html`<button
      type="button"
      class="have-booking"
      data-testid="have-booking"
      @click=${() => (this._view = { step: 'booking', error: '' })}
    >
      ${t('kiosk.booking.button')}
      <small>${t('kiosk.booking.buttonHint')}</small>
    </button>`;
  }

  private renderView(catalog: CatalogView) {
    const view = this._view;
    switch (view.step) {
      case 'field': {
        const fields = catalog.fields.filter((f) => catalog.procedures.some((p) => p.fieldId === f.id));
        return html`<div class="head-row">
            ${this.heading({ step: 1, total: this.steps(catalog, null) }, t('kiosk.chooseField'), t('kiosk.chooseFieldHint'))}
            ${this.haveBookingButton()}
          </div>
          <mc-kiosk-fields
            .fields=${fields}
            .waiting=${this._feed?.snapshot?.waiting ?? []}
            @mc-field-chosen=${(e: McEvent<'mc-field-chosen'>) => (this._view = { step: 'procedure', field: e.detail })}
          ></mc-kiosk-fields>`;
      }
      case 'procedure':
        return html`${this.heading(
            { step: 2, total: this.steps(catalog, view.field) },
            t('kiosk.chooseProcedure'),
            t('kiosk.chooseProcedureHint'),
            localName(view.field),
          )}
          <mc-kiosk-procedures
            .procedures=${catalog.procedures.filter((p) => p.fieldId === view.field.id)}
            .fastTrackIds=${new Set(this.fastTrackToday().map((p) => p.procedureId))}
            @mc-procedure-chosen=${(e: McEvent<'mc-procedure-chosen'>) => this.chooseProcedure(view.field, e.detail)}
            @mc-back=${() => (this._view = { step: 'field' })}
          ></mc-kiosk-procedures>`;
      case 'checklist':
        return html`${this.heading({ step: 3, total: 4 }, t('kiosk.checklist.title'), '', localName(view.procedure))}
          <mc-kiosk-checklist
            .items=${lang() === 'en' ? view.checklist.checklistEn : view.checklist.checklistVi}
            .draft=${view.draft}
            @mc-checklist-answer=${(e: McEvent<'mc-checklist-answer'>) => (this._view = { ...view, draft: e.detail })}
            @mc-next=${() => {
              const answers = completeAnswers(view.draft);
              if (answers) {
                this._view = {
                  step: 'priority',
                  field: view.field,
                  procedure: view.procedure,
                  priority: null,
                  fastTrack: { checklist: view.checklist, answers },
                };
              }
            }}
            @mc-back=${() => (this._view = { step: 'procedure', field: view.field })}
          ></mc-kiosk-checklist>`;
      case 'priority':
        return html`${this.heading(
            view.fastTrack ? { step: 4, total: 4 } : { step: 3, total: 3 },
            t('kiosk.priorityTitle'),
            t('kiosk.priorityHint'),
            localName(view.procedure),
          )}
          <mc-kiosk-priority
            .selected=${view.priority}
            ?busy=${this._busy}
            @mc-priority-chosen=${(e: McEvent<'mc-priority-chosen'>) => (this._view = { ...view, priority: e.detail })}
            @mc-take-ticket=${() => void this.take(view)}
            @mc-back=${() => {
              const { field, procedure, fastTrack } = view;
              this._view = fastTrack
                ? { step: 'checklist', field, procedure, checklist: fastTrack.checklist, draft: fastTrack.answers }
                : { step: 'procedure', field };
            }}
          ></mc-kiosk-priority>`;
      case 'booking':
        return html`${this.heading(null, t('kiosk.booking.title'), t('kiosk.booking.hint'))}
          <mc-kiosk-keypad
            .error=${view.error}
            ?busy=${this._busy}
            @mc-code-edit=${() => {
              if (view.error) this._view = { step: 'booking', error: '' };
            }}
            @mc-code-submit=${(e: McEvent<'mc-code-submit'>) => void this.checkIn(e.detail)}
            @mc-back=${() => (this._view = { step: 'field' })}
          ></mc-kiosk-keypad>`;
      case 'issued':
        return html`<mc-kiosk-result
          .issued=${view.issued}
          .catalog=${catalog}
          .context=${view.context}
          @mc-done=${() => this.startOver()}
        ></mc-kiosk-result>`;
      case 'error':
        return html`<mc-kiosk-error .message=${view.message} @mc-back=${() => (this._view = view.back)}></mc-kiosk-error>`;
    }
  }

  /**
   * Outside every session the closed screen replaces the steps, except the booking check-in (the
   * server accepts one on the booked day, e.g. a few minutes before the first slot); a ticket just
   * issued stays on screen.
   */
  private renderMain(catalog: CatalogView) {
    const session = this._session;
    if (session?.closed && this._view.step !== 'issued' && this._view.step !== 'booking') {
      return html`<mc-kiosk-closed .next=${session.status?.next ?? null}>${this.haveBookingButton()}</mc-kiosk-closed>`;
    }
    return this.renderView(catalog);
  }

  private get notPaired(): boolean {
    return this._refusedUnpaired || (this._feed?.notPaired ?? false);
  }

  override render() {
    const catalog = this._catalog;
    const open = this._session?.status?.open;
    const place = open?.kind === 'outreach' ? outreachPlace(open) : null;
    return html`
      <mc-connection-status .connected=${this.notPaired || (this._feed?.connected ?? false)}></mc-connection-status>
      <mc-display-header
        .centerName=${catalog ? localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) : ''}
        .heading=${t('kiosk.title')}
        .timezone=${catalog?.center.timezone ?? 'Asia/Ho_Chi_Minh'}
      >
        ${place ? html`<p data-testid="session-place">${t('kiosk.outreach', { place })}</p>` : ''}
      </mc-display-header>
      <main>
        ${
          this.notPaired
            ? html`<mc-not-paired></mc-not-paired>`
            : this._loading === 'ready' && catalog
              ? this.renderMain(catalog)
              : html`<p class="notice" role="status">
                  ${t(this._loading === 'loading' ? 'center.loading' : this._loading === 'not-found' ? 'center.notFound' : 'kiosk.unavailable')}
                </p>`
        }
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk': McKiosk;
  }
}
