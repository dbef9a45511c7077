import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { IssueTicketRequest } from '../../shared/schemas.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { kioskButtons } from './kiosk-styles.js';

export type FastTrackAnswers = NonNullable<IssueTicketRequest['fastTrack']>;

/** The citizen's answer so far: null until Yes or No is tapped. */
export type FastTrackDraft = { [Q in keyof FastTrackAnswers]: boolean | null };

/** The answers once the question has one. */
export function completeAnswers({ dossierComplete }: FastTrackDraft): FastTrackAnswers | null {
  return dossierComplete === null ? null : { dossierComplete };
}

/**
 * A fast-track procedure's documents, then the one question a citizen can answer: are they all
 * there? Whether the dossier needs verification is for the clerk to judge at the counter.
 *
 * @fires mc-checklist-answer - the question answered (Yes or No)
 * @fires mc-next - answered: on to the priority step
 * @fires mc-back - one step back
 */
@customElement('mc-kiosk-checklist')
export class McKioskChecklist extends LitElement {
  /** The documents a complete dossier needs, in the screen's language. */
  @property({ attribute: false }) items: string[] = [];
  @property({ attribute: false }) draft: FastTrackDraft = { dossierComplete: null };

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
      /* Beside the buttons, so the answer's consequence is read where Continue is. */
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

  private answer(dossierComplete: boolean) {
    fire(this, 'mc-checklist-answer', { dossierComplete });
  }

  override render() {
    const answers = completeAnswers(this.draft);
    const fast = answers?.dossierComplete === true;
    return html`
      <div class="columns">
        <section>
          <h3>${t('kiosk.checklist.documents')}</h3>
          <ol data-testid="checklist">
            ${this.items.map((item) => html`<li>${item}</li>`)}
          </ol>
        </section>
        <div class="questions">
          <fieldset class="question">
            <legend class="text">${t('kiosk.checklist.complete')}</legend>
            <p class="hint">${t('kiosk.checklist.completeHint')}</p>
            <div class="yesno">
              ${([true, false] as const).map(
                (value) =>
                  html`<button
                    type="button"
                    class="toggle"
                    aria-pressed=${this.draft.dossierComplete === value ? 'true' : 'false'}
                    data-testid="dossier-complete-${value ? 'yes' : 'no'}"
                    @click=${() => this.answer(value)}
                  >
                    ${t(value ? 'kiosk.yes' : 'kiosk.no')}
                  </button>`,
              )}
            </div>
          </fieldset>
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
    'mc-checklist-answer': CustomEvent<FastTrackAnswers>;
    'mc-next': CustomEvent<null>;
    'mc-back': CustomEvent<null>;
  }
}
