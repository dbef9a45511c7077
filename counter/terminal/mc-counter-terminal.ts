import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { isApiError, type ApiErrorBody, type ApiResult } from '../../shared/errors.js';
import type { FinishRequest } from '../../shared/schemas.js';
import type { CatalogView, CounterView, FastTrackDossier, StaffView, TicketView } from '../../shared/types.js';
import {
  callNext,
  callTicket,
  closeCounter,
  counterQueue,
  finish,
  getCounter,
  noShow,
  pauseCounter,
  recall,
  resumeCounter,
  startServing,
  transfer,
} from '../../ui/data/counters.js';
import { appraise } from '../../ui/data/fast-track.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { CoalescedLoader } from '../../ui/staff/coalesced-loader.js';
import { fire, type McEvent } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { actionsForKey, allowedActions, type CounterAction } from './counter-actions.js';
import { CurrentDossier } from './current-dossier.js';
import './mc-appointment-panel.js';
import './mc-counter-actions.js';
import type { McCounterActions } from './mc-counter-actions.js';
import './mc-counter-queue.js';
import '../components/mc-appointment-reprint.js';
import './mc-current-ticket.js';
import './mc-fast-track-steps.js';
import type { McFastTrackSteps } from './mc-fast-track-steps.js';
import './mc-finish-panel.js';
import type { McFinishPanel } from './mc-finish-panel.js';
import './mc-pause-panel.js';
import './mc-transfer-panel.js';

/** The action panels, and the appointment slip shown after a finish with an appointment. */
type Panel = 'finish' | 'transfer' | 'pause' | 'appointment';

/**
 * One counter at work: the current ticket (with the "4 tại chỗ" steps of a fast-lane dossier), the
 * actions (buttons and keys), the queue. Its state is always re-read from the server after an action
 * and whenever the feed reports a change, so it shows what the wall display shows.
 *
 * @fires mc-counter-closed - the counter was closed
 * @fires mc-counter-lost - someone else took the counter over
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-counter-terminal')
export class McCounterTerminal extends LitElement {
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @property({ attribute: false }) staff: StaffView | null = null;
  /** The counter as opened; the terminal keeps it up to date from then on. */
  @property({ attribute: false }) counter: CounterView | null = null;
  /** The center's counters as the feed sees them; a change to this counter's entry triggers a reload. */
  @property({ attribute: false }) counters: CounterView[] = [];
  /** Moves on every ticket event of the center: the queue may have changed. */
  @property({ type: Number }) revision = 0;
  @state() private _counter: CounterView | null = null;
  @state() private _queue: TicketView[] = [];
  @state() private _panel: Panel | null = null;
  /** The ticket just finished with an appointment, for its slip. */
  @state() private _finished: TicketView | null = null;
  /** The last ticket finished here with an appointment, for "In lại phiếu hẹn" at any time after. */
  @state() private _lastAppointment: TicketView | null = null;
  /** The ticket whose Form 01 is shown for a reprint. */
  @state() private _reprint: number | null = null;
  /** The finish panel opens with every line marked "needs verification" (from the fast-track strip). */
  @state() private _verifyAll = false;
  @query('mc-counter-actions') private _actions?: McCounterActions;
  @query('mc-fast-track-steps') private _steps?: McFastTrackSteps;
  @query('mc-finish-panel') private _finishPanel?: McFinishPanel;
  private readonly fastTrack = new CurrentDossier(this, (message) => reportError(this, message));
  private _busy = false;
  private _seenLive: CounterView | undefined;
  private readonly loader = new CoalescedLoader(() => this.load());

  static override styles = [
    staffStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1.75fr) minmax(340px, 1fr);
        grid-template-rows: minmax(0, 1fr);
        gap: 14px;
        height: 100%;
        padding: 12px 16px 16px;
      }
      .work,
      .side {
        display: flex;
        flex-direction: column;
        gap: 12px;
        min-height: 0;
      }
      .side mc-counter-queue {
        flex: 1;
        min-height: 0;
      }
      .reprint {
        min-height: 56px;
        font-size: 1.1rem;
      }
      mc-current-ticket {
        flex: 1;
        min-height: 0;
        overflow: auto;
      }
      .panel {
        flex: 1;
        min-height: 0;
        overflow: auto;
        padding: 16px 22px;
        border: 3px solid var(--mc-primary);
        border-radius: var(--mc-radius);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onShortcut);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onShortcut);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('counter')) this.show(this.counter);
  }

  private show(counter: CounterView | null): void {
    this._counter = counter;
    if (counter) this.fastTrack.follow(counter.current);
  }

  /** From the center's feed: a fast-track dossier moved a step (the leader approved, say). */
  dossierUpdated(dossier: FastTrackDossier): void {
    this.fastTrack.set(dossier);
  }

  /** The feed joined again after a reconnect: the dossier may have moved meanwhile. */
  rejoined(): void {
    void this.fastTrack.reload();
  }

  override updated(changed: PropertyValues<this>): void {
    const live = this.counters.find((c) => c.id === this.counter?.id);
    if (changed.has('revision') || live !== this._seenLive) {
      this._seenLive = live;
      void this.loader.refresh();
    }
  }

  private get allowed() {
    return this._counter && this.catalog
      ? allowedActions(this._counter, this.catalog.center, this.fastTrack.dossier)
      : new Set<CounterAction>();
  }

  private async load(): Promise<void> {
    const id = this.counter?.id;
    if (!id) return;
    const [counter, queue] = await Promise.all([getCounter(id), counterQueue(id)]);
    if ('error' in counter) return reportError(this, counter.error.message);
    // Display names stand for the holder: CounterView carries no staff id.
    if (counter.status === 'closed' || counter.staffId !== this.staff?.id) {
      fire(this, 'mc-counter-lost', counter);
      return;
    }
    this.show(counter);
    if ('error' in queue) reportError(this, queue.error.message);
    else this._queue = queue.tickets;
  }

  /**
   * Runs one API call; shows its refusal (and answers null), or clears the last one and (unless leaving) reloads.
   * `shownElsewhere` may show a refusal itself (beside the field it is about), answering true.
   */
  private async run<T>(
    call: (counterId: number) => Promise<ApiResult<T>>,
    reload = true,
    shownElsewhere: (error: ApiErrorBody['error']) => boolean = () => false,
  ): Promise<T | null> {
    const id = this._counter?.id;
    if (!id || this._busy) return null;
    this._busy = true;
    const res = await call(id);
    this._busy = false;
    if (isApiError(res)) {
      reportError(this, shownElsewhere(res.error) ? null : res.error.message);
      return null;
    }
    reportError(this, null);
    if (reload) {
      await this.loader.refresh();
      await this.keepFocus();
    }
    return res;
  }

  /**
   * Finishes the ticket. An appointment's dates come back from the server: the panel then stays
   * open as the slip to print (answering false keeps closePanel from closing it).
   */
  private async finishTicket(req: FinishRequest): Promise<boolean> {
    // A refused dossier code is said beside its field.
    const done = await this.run(
      (id) => finish(id, req),
      true,
      (error) => this._finishPanel?.showRefusal(error) ?? false,
    );
    if (!done) return false;
    this._verifyAll = false;
    if (done.procedures.some((p) => p.outcome === 'appointment')) {
      this._finished = done;
      this._lastAppointment = done;
      this._panel = 'appointment';
      return false;
    }
    return true;
  }

  /** The step that usually follows in the current state, where the keyboard goes after an action. */
  private nextStep(): CounterAction {
    const ticket = this._counter?.current;
    if (ticket?.state === 'called') return 'start';
    if (ticket) return this.allowed.has('appraise') ? 'appraise' : 'finish';
    return this._counter?.status === 'paused' ? 'resume' : 'call-next';
  }

  /** "Thẩm định xong" sits on the fast-track strip, every other action in the button grid. */
  private focusAction(action: CounterAction): void {
    if (action === 'appraise' && this._steps?.focusAppraise()) return;
    this._actions?.focusAction(action);
  }

  /** A button pressed may have become disabled (dropping focus): move the keyboard to the next step. */
  private async keepFocus(): Promise<void> {
    await this.updateComplete;
    await Promise.all([this._actions?.updateComplete, this._steps?.updateComplete]);
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (this._panel || (active && active !== document.body && !(active instanceof HTMLButtonElement && active.disabled))) return;
    this.focusAction(this.nextStep());
  }

  private onAction(action: CounterAction): void {
    if (!this.allowed.has(action)) return;
    switch (action) {
      case 'finish':
      case 'transfer':
      case 'pause':
        this._panel = action;
        return;
      case 'call-next':
        void this.run(callNext);
        return;
      case 'recall':
        void this.run(recall);
        return;
      case 'start':
        void this.run(startServing);
        return;
      case 'appraise':
        // The answer is the dossier's new step: shown before the reload moves the keyboard on.
        void this.run(async (id) => {
          const res = await appraise(id);
          if (!isApiError(res)) this.fastTrack.set(res);
          return res;
        });
        return;
      case 'no-show':
        void this.run(noShow);
        return;
      case 'resume':
        void this.run(resumeCounter);
        return;
      case 'close':
        void this.run(closeCounter, false).then((closed) => closed && fire(this, 'mc-counter-closed'));
        return;
    }
  }

  private readonly onShortcut = (e: KeyboardEvent): void => {
    if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return;
    if (this._panel) {
      if (e.key === 'Escape') void this.closePanel();
      return;
    }
    const target = e.composedPath()[0];
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLSelectElement ||
      target instanceof HTMLTextAreaElement ||
      (target instanceof HTMLElement && target.isContentEditable)
    ) {
      return;
    }
    const candidates = actionsForKey(e.key);
    if (candidates.length === 0) return;
    // F1 would open the browser's help, F5 reload the page, F6 go to the address bar, F7 caret browsing.
    e.preventDefault();
    const action = candidates.find((a) => this.allowed.has(a));
    if (action) this.onAction(action);
  };

  /**
   * Closes the panel (after its action succeeded — answered something — if it has one) and puts the keyboard on the next
   * likely step, or back on the button that opened the panel.
   */
  private async closePanel(action?: () => Promise<unknown>): Promise<void> {
    const panel = this._panel;
    if (!panel || (action && !(await action()))) return;
    this._panel = null;
    this._finished = null;
    this._verifyAll = false;
    await this.updateComplete;
    await Promise.all([this._actions?.updateComplete, this._steps?.updateComplete]);
    this.focusAction(action || panel === 'appointment' ? this.nextStep() : panel);
  }

  override render() {
    const counter = this._counter;
    const catalog = this.catalog;
    if (!counter || !catalog) return html``;
    const allowed = this.allowed;
    const ticket = counter.current;
    const onAction = (e: McEvent<'mc-counter-action'>) => this.onAction(e.detail);
    return html`
      <div class="work">
        ${
          this._panel
            ? this.renderPanel(this._panel, counter, catalog)
            : html`
                <mc-current-ticket .ticket=${ticket} .catalog=${catalog}></mc-current-ticket>
                ${
                  ticket?.lane === 'fast'
                    ? html`<mc-fast-track-steps
                        .dossier=${this.fastTrack.dossier}
                        timezone=${catalog.center.timezone}
                        ?canAppraise=${allowed.has('appraise')}
                        ?canVerify=${allowed.has('finish')}
                        @mc-counter-action=${onAction}
                        @mc-needs-verification=${() => {
                          this._verifyAll = true;
                          this.onAction('finish');
                        }}
                      ></mc-fast-track-steps>`
                    : ''
                }
                <mc-counter-actions
                  role="group"
                  aria-label=${t('counter.actions.label')}
                  .allowed=${allowed}
                  ?paused=${counter.status === 'paused'}
                  .recalls=${ticket?.state === 'called' ? { count: ticket.recallCount, needed: catalog.center.recallsBeforeNoShow } : null}
                  finishHint=${this.finishHint()}
                  @mc-counter-action=${onAction}
                ></mc-counter-actions>
              `
        }
      </div>
      <div class="side">
        <mc-counter-queue
          .tickets=${this._queue}
          .catalog=${catalog}
          ?canCall=${allowed.has('call-next')}
          @mc-call-ticket=${(e: McEvent<'mc-call-ticket'>) => void this.run((id) => callTicket(id, e.detail.id))}
        ></mc-counter-queue>
        ${
          this._lastAppointment
            ? html`<button
                type="button"
                class="reprint"
                data-testid="counter-reprint"
                @click=${() => (this._reprint = this._lastAppointment?.id ?? null)}
              >
                ${t('counter.appointment.reprintLast', { number: this._lastAppointment.number })}
              </button>`
            : ''
        }
      </div>
      <mc-appointment-reprint
        .ticketId=${this._reprint}
        .catalog=${catalog}
        @mc-reprint-close=${() => (this._reprint = null)}
      ></mc-appointment-reprint>
    `;
  }

  /** What Finish cannot do yet for a fast-lane dossier: hand over the result before the leader approves. */
  private finishHint(): string {
    const ticket = this._counter?.current;
    const dossier = this.fastTrack.dossier;
    if (ticket?.lane !== 'fast' || ticket.state !== 'serving' || dossier?.approvedAt) return '';
    return dossier?.refusedAt ? t('counter.fastTrack.finishRefused') : t('counter.fastTrack.finishHint');
  }

  private renderPanel(panel: Panel, counter: CounterView, catalog: CatalogView) {
    const close = () => void this.closePanel();
    switch (panel) {
      case 'finish':
        return html`<mc-finish-panel
          class="panel"
          .ticket=${counter.current}
          .catalog=${catalog}
          .dossier=${this.fastTrack.dossier}
          ?verifyAll=${this._verifyAll}
          @mc-panel-close=${close}
          @mc-finish-confirm=${(e: McEvent<'mc-finish-confirm'>) => void this.closePanel(() => this.finishTicket(e.detail))}
        ></mc-finish-panel>`;
      case 'appointment':
        return html`<mc-appointment-panel
          class="panel"
          .ticket=${this._finished}
          .catalog=${catalog}
          @mc-panel-close=${close}
        ></mc-appointment-panel>`;
      case 'transfer':
        return html`<mc-transfer-panel
          class="panel"
          .ticket=${counter.current}
          .catalog=${catalog}
          .counters=${this.counters}
          .counterId=${counter.id}
          @mc-panel-close=${close}
          @mc-transfer-confirm=${(e: McEvent<'mc-transfer-confirm'>) => void this.closePanel(() => this.run((id) => transfer(id, e.detail)))}
        ></mc-transfer-panel>`;
      case 'pause':
        return html`<mc-pause-panel
          class="panel"
          @mc-panel-close=${close}
          @mc-pause-confirm=${(e: McEvent<'mc-pause-confirm'>) => void this.closePanel(() => this.run((id) => pauseCounter(id, { reason: e.detail })))}
        ></mc-pause-panel>`;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-counter-terminal': McCounterTerminal;
  }
  interface HTMLElementEventMap {
    'mc-counter-closed': CustomEvent<null>;
    'mc-counter-lost': CustomEvent<CounterView>;
  }
}
