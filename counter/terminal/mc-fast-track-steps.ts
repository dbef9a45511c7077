import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FastTrackDossier } from '../../shared/types.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { SHORTCUTS, type CounterAction } from './counter-actions.js';

const STEPS = ['received', 'appraised', 'approved', 'returned'] as const;
type Step = (typeof STEPS)[number];

interface StepView {
  step: Step;
  done: boolean;
  refused: boolean;
  at: number | null;
  note: string;
}

/** Each step's time and state; step 3 is the leader's approval (and who gave it), or the refusal. */
function stepViews(d: FastTrackDossier | null): StepView[] {
  const refused = d?.refusedAt != null && d.approvedAt === null;
  return STEPS.map((step) => {
    switch (step) {
      case 'received':
        return { step, done: d?.receivedAt != null, refused: false, at: d?.receivedAt ?? null, note: '' };
      case 'appraised':
        return { step, done: d?.appraisedAt != null, refused: false, at: d?.appraisedAt ?? null, note: '' };
      case 'approved':
        return refused
          ? { step, done: false, refused, at: d?.refusedAt ?? null, note: '' }
          : { step, done: d?.approvedAt != null, refused, at: d?.approvedAt ?? null, note: d?.approvedBy ?? '' };
      case 'returned':
        return { step, done: d?.returnedAt != null, refused: false, at: d?.returnedAt ?? null, note: '' };
    }
  });
}

/**
 * The "4 tại chỗ" strip of a fast-lane dossier: received, appraised, approved (or refused, with
 * the reason in full: the clerk tells the citizen), returned, each with its time; and the clerk's own step-2 button, "Thẩm định xong",
 * which fires `mc-counter-action` with 'appraise' like the other action buttons; and "Cần xác minh",
 * the clerk's judgement that the dossier cannot be settled the same day (the finish panel opens with
 * every line marked, for its reason and the appointment).
 *
 * @fires mc-counter-action - 'appraise', like the action buttons
 * @fires mc-needs-verification - the clerk marks the dossier "needs verification"
 */
@customElement('mc-fast-track-steps')
export class McFastTrackSteps extends LitElement {
  @property({ attribute: false }) dossier: FastTrackDossier | null = null;
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @property({ type: Boolean }) canAppraise = false;
  /** The dossier is being served and not yet returned: it may still leave the track. */
  @property({ type: Boolean }) canVerify = false;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: minmax(0, 1fr) 140px;
        gap: 4px 10px;
        padding: 6px 12px 10px;
        background: #f5effa;
        border: 3px solid #5b2a86;
        border-radius: var(--mc-radius);
      }
      /* The title and "Cần xác minh" share one line: the strip stays as low as before. */
      .head {
        grid-column: 1 / -1;
        display: flex;
        align-items: center;
        justify-content: space-between;
        gap: 12px;
      }
      h2 {
        margin: 0;
        font-size: 1rem;
        color: #5b2a86;
      }
      .head button {
        min-height: 36px;
        padding: 2px 14px;
        font-size: 1rem;
      }
      ol {
        display: grid;
        grid-template-columns: repeat(4, minmax(0, 1fr));
        gap: 6px;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: auto minmax(0, 1fr);
        align-content: start;
        gap: 0 6px;
        padding: 4px 6px;
        background: #fff;
        border: 2px dashed #7a7a7a;
        border-radius: 10px;
      }
      li.done {
        border: 2px solid var(--mc-ok);
      }
      li.next {
        border: 3px solid var(--mc-primary);
      }
      li.refused {
        border: 3px solid var(--mc-accent);
      }
      .mark {
        grid-row: span 2;
        display: grid;
        place-items: center;
        width: 1.6em;
        height: 1.6em;
        font-size: 0.9rem;
        font-weight: 800;
        color: #fff;
        background: #5a6572;
        border-radius: 50%;
      }
      .done .mark {
        background: var(--mc-ok);
      }
      .refused .mark {
        background: var(--mc-accent);
      }
      .name,
      .time,
      .note {
        overflow: hidden;
        white-space: nowrap;
        text-overflow: ellipsis;
      }
      .name {
        font-size: 0.95rem;
        font-weight: 700;
      }
      .time {
        font-size: 0.9rem;
        color: var(--mc-muted);
      }
      .done .time {
        font-weight: 700;
        color: var(--mc-ok);
      }
      .note {
        grid-column: 1 / -1;
        font-size: 0.8rem;
      }
      .reason {
        margin: 2px 0 0;
        font-weight: 700;
        color: var(--mc-accent);
      }
      button.verify:enabled {
        color: #5b2a86;
        background: #fff;
      }
      button {
        display: flex;
        flex-direction: column;
        justify-content: center;
        align-items: center;
        gap: 2px;
        padding: 4px 8px;
        font-size: 1.05rem;
      }
      button:enabled {
        color: #fff;
        background: #5b2a86;
        border-color: #5b2a86;
      }
      .keys {
        display: flex;
        gap: 4px;
        font-size: 0.9rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  /** Puts the keyboard on "Thẩm định xong"; false when it is not enabled (the caller looks elsewhere). */
  focusAppraise(): boolean {
    const button = this.renderRoot.querySelector<HTMLButtonElement>('[data-testid=appraise]');
    if (!button || button.disabled) return false;
    button.focus();
    return true;
  }

  override render() {
    const views = stepViews(this.dossier);
    const next = views.find((v) => !v.done)?.step;
    const keys = SHORTCUTS.appraise ?? [];
    return html`
      <div class="head">
        <h2 id="steps-title">${t('counter.fastTrack.title')}</h2>
        <button
          type="button"
          class="verify"
          data-testid="needs-verification"
          ?disabled=${!this.canVerify}
          @click=${() => fire(this, 'mc-needs-verification')}
        >
          ${t('counter.fastTrack.verify')}
        </button>
      </div>
      <div>
        <ol data-testid="fast-track-steps" aria-labelledby="steps-title">
          ${views.map((v, i) => this.renderStep(v, i + 1, v.step === next))}
        </ol>
        ${
          views.some((v) => v.refused)
            ? html`<p class="reason" data-testid="refusal-reason">
                ${t('counter.finish.refusalReason', { reason: this.dossier?.refusalReason ?? '' })}
              </p>`
            : nothing
        }
      </div>
      <button
        type="button"
        data-testid="appraise"
        data-action="appraise"
        aria-keyshortcuts=${keys.join(' ')}
        ?disabled=${!this.canAppraise}
        @click=${() => fire(this, 'mc-counter-action', 'appraise')}
      >
        <span>${t('counter.action.appraise')}</span>
        <span class="keys" aria-hidden="true">${keys.map((k) => html`<kbd>${k}</kbd>`)}</span>
      </button>
    `;
  }

  private renderStep(v: StepView, n: number, isNext: boolean) {
    const cls = v.refused ? 'refused' : v.done ? 'done' : isNext ? 'next' : '';
    const name = v.refused ? t('counter.fastTrack.refused') : t(`counter.fastTrack.step.${v.step}`);
    const time = v.at !== null ? formatTime(v.at, this.timezone) : this.pending(v.step, isNext);
    return html`<li class=${cls} data-testid="step-${v.step}" data-done=${v.done ? 'true' : 'false'}>
      <span class="mark" aria-hidden="true">${v.refused ? '✗' : v.done ? '✓' : n}</span>
      <span class="name" title=${name}>${name}</span>
      <span class="time">${time}</span>
      ${v.note ? html`<span class="note" title=${v.note}>${v.note}</span>` : nothing}
    </li>`;
  }

  /** What a step not done yet waits for: the leader's signature is the one wait worth naming. */
  private pending(step: Step, isNext: boolean): string {
    if (isNext && step === 'approved') return t('counter.fastTrack.awaitingLeader');
    return t('counter.fastTrack.notYet');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-fast-track-steps': McFastTrackSteps;
  }
  interface HTMLElementEventMap {
    'mc-needs-verification': CustomEvent<null>;
    'mc-counter-action': CustomEvent<CounterAction>;
  }
}
