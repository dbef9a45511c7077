import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { IssueTicketRequest } from '../../shared/schemas.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

export type FastTrackAnswers = NonNullable<IssueTicketRequest['fastTrack']>;
export type FastTrackQuestion = keyof FastTrackAnswers;

/** One tap on Yes or No. */
export interface FastTrackAnswer {
  question: FastTrackQuestion;
  value: boolean;
}

/** The citizen's answers so far: a question stays null until tapped. */
export type FastTrackDraft = { [Q in FastTrackQuestion]: boolean | null };

/** The answers once both questions have one. */
export function completeAnswers(draft: FastTrackDraft): FastTrackAnswers | null {
  const { dossierComplete, needsVerification } = draft;
  return dossierComplete === null || needsVerification === null ? null : { dossierComplete, needsVerification };
}

const QUESTIONS = [
  {
    key: 'dossierComplete',
    testid: 'dossier-complete',
    text: 'kiosk.checklist.complete',
    hint: 'kiosk.checklist.completeHint',
  },
  {
    key: 'needsVerification',
    testid: 'needs-verification',
    text: 'kiosk.checklist.verification',
    hint: 'kiosk.checklist.verificationHint',
  },
] as const;

/**
 * A fast-track procedure's documents, then the two questions that decide the lane.
 *
 * @fires mc-checklist-answer - one of the two questions answered
 * @fires mc-next - both answered: on to the priority step
 * @fires mc-back - one step back
 */
@customElement('mc-kiosk-checklist')
export class McKioskChecklist extends LitElement {
  /** The documents a complete dossier needs, in the screen's language. */
  @property({ attribute: false }) items: string[] = [];
  @property({ attribute: false }) draft: FastTrackDraft = { dossierComplete: null, needsVerification: null };

  static override styles = [
    kioskButtons,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 8px;
      }
      .columns {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 32px;
        align-items: start;
      }
      @media (orientation: portrait) {
        .columns {
          grid-template-columns: 1fr;
        }
      }
      h3 {
        margin: 0 0 12px;
        font-size: 1.8rem;
      }
      ol {
        margin: 0;
        padding: 16px 24px 16px 64px;
        background: var(--mc-surface);
        border-radius: var(--mc-radius);
      }
      li {
        padding: 8px 0;
        font-size: 1.8rem;
        font-weight: 600;
        line-height: 1.3;
      }
      li + li {
        border-top: 2px solid #d5dbe3;
      }
      .questions {
        display: flex;
        flex-direction: column;
        gap: 24px;
      }
      .question {
        padding: 0;
        margin: 0;
        border: 0;
      }
      .text {
        display: block;
        margin: 0 0 4px;
        font-size: 1.9rem;
        font-weight: 800;
        color: var(--mc-primary);
      }
      .hint {
        margin: 0 0 12px;
        font-size: 1.3rem;
        line-height: 1.35;
      }
      .yesno {
        display: grid;
        grid-template-columns: 1fr 1fr;
        gap: 16px;
      }
      .toggle {
        min-height: 88px;
        font-size: 2rem;
        color: var(--mc-primary);
        background: var(--mc-bg);
        border: 3px solid var(--mc-primary);
      }
      .toggle[aria-pressed='true'] {
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      .actions {
        align-items: center;
      }
      /* Beside the buttons, so the second question never slips under them. */
      .outcome {
        flex: 1;
        margin: 0;
        font-size: 1.4rem;
        font-weight: 800;
        line-height: 1.3;
      }
      .outcome.fast {
        color: var(--mc-ok);
      }
      .back {
        min-width: 240px;
      }
      .next {
        min-width: 340px;
        color: #fff;
        background: var(--mc-ok);
        border: 3px solid var(--mc-ok);
        font-size: 2.2rem;
      }
      .next:disabled {
        color: var(--mc-muted);
        background: var(--mc-surface);
        border-color: var(--mc-border);
        cursor: not-allowed;
      }
      @media (max-height: 900px) {
        h3 {
          margin-bottom: 8px;
          font-size: 1.6rem;
        }
        ol {
          padding-top: 8px;
          padding-bottom: 8px;
        }
        li {
          padding: 4px 0;
          font-size: 1.55rem;
        }
        .questions {
          gap: 12px;
        }
        .text {
          margin-bottom: 2px;
          font-size: 1.7rem;
        }
        .hint {
          margin-bottom: 8px;
          font-size: 1.15rem;
          line-height: 1.3;
        }
        .toggle {
          min-height: 68px;
        }
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  private answer(question: FastTrackQuestion, value: boolean) {
    fire(this, 'mc-checklist-answer', { question, value });
  }

  override render() {
    const answers = completeAnswers(this.draft);
    const fast = answers !== null && answers.dossierComplete && !answers.needsVerification;
    return html`
      <div class="columns">
        <section>
          <h3>${t('kiosk.checklist.documents')}</h3>
          <ol data-testid="checklist">
            ${this.items.map((item) => html`<li>${item}</li>`)}
          </ol>
        </section>
        <div class="questions">
          ${QUESTIONS.map(
            (q) =>
              html`<fieldset class="question">
                <legend class="text">${t(q.text)}</legend>
                <p class="hint">${t(q.hint)}</p>
                <div class="yesno">
                  ${([true, false] as const).map(
                    (value) =>
                      html`<button
                        type="button"
                        class="toggle"
                        aria-pressed=${this.draft[q.key] === value ? 'true' : 'false'}
                        data-testid="${q.testid}-${value ? 'yes' : 'no'}"
                        @click=${() => this.answer(q.key, value)}
                      >
                        ${t(value ? 'kiosk.yes' : 'kiosk.no')}
                      </button>`,
                  )}
                </div>
              </fieldset>`,
          )}
        </div>
      </div>
      <div class="actions">
        <button type="button" class="secondary back" @click=${() => fire(this, 'mc-back')}>← ${t('action.back')}</button>
        <p class="outcome ${fast ? 'fast' : ''}" role="status" data-testid="checklist-outcome">
          ${answers ? t(fast ? 'kiosk.checklist.fast' : 'kiosk.checklist.normal') : ''}
        </p>
        <button type="button" class="next" data-testid="checklist-continue" ?disabled=${!answers} @click=${() => fire(this, 'mc-next')}>
          ${t('kiosk.continue')} →
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk-checklist': McKioskChecklist;
  }
  interface HTMLElementEventMap {
    'mc-checklist-answer': CustomEvent<FastTrackAnswer>;
    'mc-next': CustomEvent<null>;
    'mc-back': CustomEvent<null>;
  }
}
