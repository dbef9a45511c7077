import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { RATING_REASONS, RATING_SCORES, type RatingReason, type RatingScore } from '../../shared/types.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';

export interface RatingChoice {
  score: RatingScore;
  reasons: RatingReason[];
}

/**
 * "Xin mời đánh giá": three huge buttons; "Chưa hài lòng" then asks why (optional, several allowed).
 * Used by the counter's rating screen and the citizen's status page.
 *
 * @fires mc-rate - the score and the reasons chosen
 */
@customElement('mc-rating-form')
export class McRatingForm extends LitElement {
  /** The ticket being rated, named in the question. */
  @property() number = '';
  @property({ type: Boolean }) busy = false;
  @state() private _asking = false;
  @state() private _reasons: ReadonlySet<RatingReason> = new Set();

  static override styles = css`
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    :host {
      display: block;
    }
    h2 {
      margin: 0 0 8px;
      font-size: var(--mc-rating-title-size, 1.8rem);
      line-height: 1.15;
      color: var(--mc-primary);
    }
    p {
      margin: 0 0 16px;
      font-size: var(--mc-rating-text-size, 1.2rem);
      line-height: 1.35;
    }
    .scores,
    .reasons {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(220px, 1fr));
      gap: 16px;
    }
    button {
      min-height: var(--mc-rating-button-height, 80px);
      padding: 12px 20px;
      font: inherit;
      font-size: var(--mc-rating-button-size, 1.6rem);
      font-weight: 800;
      line-height: 1.2;
      border-radius: var(--mc-radius, 14px);
      cursor: pointer;
      touch-action: manipulation;
    }
    button:disabled {
      cursor: wait;
      opacity: 0.7;
    }
    .score {
      color: #fff;
      border: 4px solid transparent;
    }
    .score[data-score='very-satisfied'] {
      background: var(--mc-ok);
    }
    .score[data-score='satisfied'] {
      background: var(--mc-primary);
    }
    .score[data-score='unsatisfied'] {
      background: var(--mc-accent);
    }
    .score[aria-pressed='true'] {
      outline: 6px solid var(--mc-focus);
      outline-offset: 2px;
    }
    /* With the reasons open the three scores may be lower (a screen sets how low), so the reasons
       and the send button fit under them. */
    .scores.asking .score {
      min-height: var(--mc-rating-asking-height, var(--mc-rating-button-height, 80px));
    }
    .reason {
      min-height: var(--mc-rating-reason-height, var(--mc-rating-button-height, 80px));
      color: var(--mc-fg);
      background: var(--mc-bg);
      border: 4px solid var(--mc-border);
      font-size: 1.3rem;
    }
    .reason[aria-pressed='true'] {
      color: #fff;
      background: var(--mc-fg);
      border-color: var(--mc-fg);
    }
    .reason[aria-pressed='true']::before {
      content: '✓ ';
    }
    fieldset {
      margin: 20px 0 0;
      padding: 0;
      border: 0;
    }
    legend {
      margin: 0 0 12px;
      padding: 0;
      font-size: var(--mc-rating-text-size, 1.2rem);
      font-weight: 700;
    }
    .send {
      min-height: var(--mc-rating-send-height, var(--mc-rating-button-height, 80px));
      width: 100%;
      margin-top: 16px;
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
      border: 4px solid var(--mc-primary);
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  private choose(score: RatingScore) {
    if (score === 'unsatisfied') {
      this._asking = true;
      return;
    }
    this.send({ score, reasons: [] });
  }

  private toggle(reason: RatingReason) {
    const next = new Set(this._reasons);
    if (!next.delete(reason)) next.add(reason);
    this._reasons = next;
  }

  private send(choice: RatingChoice) {
    fire(this, 'mc-rate', choice);
  }

  override render() {
    return html`
      <h2>${t('rating.title')}</h2>
      <p>${t('rating.question', { number: this.number })}</p>
      <div class="scores ${this._asking ? 'asking' : ''}" role="group" aria-label=${t('rating.title')}>
        ${RATING_SCORES.map(
          (score) =>
            html`<button
              type="button"
              class="score"
              data-score=${score}
              data-testid="rate-${score}"
              aria-pressed=${score === 'unsatisfied' && this._asking ? 'true' : 'false'}
              ?disabled=${this.busy}
              @click=${() => this.choose(score)}
            >
              ${t(`rating.${score}`)}
            </button>`,
        )}
      </div>
      ${
        this._asking
          ? html`<fieldset>
              <legend>${t('rating.reasonsTitle')}</legend>
              <div class="reasons">
                ${RATING_REASONS.map(
                  (reason) =>
                    html`<button
                      type="button"
                      class="reason"
                      data-testid="reason-${reason}"
                      aria-pressed=${this._reasons.has(reason) ? 'true' : 'false'}
                      @click=${() => this.toggle(reason)}
                    >
                      ${t(`rating.reason.${reason}`)}
                    </button>`,
                )}
              </div>
              <button
                type="button"
                class="send"
                data-testid="rate-send"
                ?disabled=${this.busy}
                @click=${() => this.send({ score: 'unsatisfied', reasons: RATING_REASONS.filter((r) => this._reasons.has(r)) })}
              >
                ${t('rating.send')}
              </button>
            </fieldset>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-rating-form': McRatingForm;
  }
  interface HTMLElementEventMap {
    'mc-rate': CustomEvent<RatingChoice>;
  }
}
