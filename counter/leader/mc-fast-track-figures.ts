import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { FastTrackDay } from '../../shared/types.js';
import { percentText } from '../../ui/figure-text.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';

/**
 * The fast lane's day in five figures: the dossiers on the same-day track, results returned, the
 * same-day rate, the late ones by number, and — apart, not counted as failures — those the clerk
 * marked "needs verification", with how many lines gave each reason.
 */
@customElement('mc-fast-track-figures')
export class McFastTrackFigures extends LitElement {
  @property({ attribute: false }) day: FastTrackDay | null = null;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
      }
      h2 {
        margin: 0 0 8px;
        font-size: 1.4rem;
      }
      dl {
        display: grid;
        grid-template-columns: repeat(5, minmax(0, 1fr));
        gap: 12px;
        margin: 0;
      }
      dl > div {
        padding: 12px 16px;
        background: var(--mc-surface);
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      dt {
        font-size: 1.05rem;
        font-weight: 700;
        color: var(--mc-muted);
      }
      dd {
        margin: 4px 0 0;
        font-size: 2.4rem;
        font-weight: 800;
        line-height: 1.1;
      }
      .late dd {
        color: var(--mc-accent);
      }
      .reason {
        display: block;
        margin-top: 4px;
        font-size: 1rem;
        font-weight: 600;
        line-height: 1.3;
      }
      .apart {
        display: block;
        font-size: 0.95rem;
        font-weight: 600;
      }
      .numbers {
        display: block;
        font-size: 1.1rem;
        font-weight: 700;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    const day = this.day;
    if (!day) return html``;
    const late = day.all.filter((d) => d.late);
    // No dossier on the track yet: no rate (the board says the same), not 0 %.
    const rate = percentText(day.dossiers ? day.sameDayRate : null);
    return html`
      <h2>${t('leader.figures.title')}</h2>
      <dl>
        <div>
          <dt>${t('leader.figures.dossiers')}</dt>
          <dd data-testid="fast-track-dossiers">${day.dossiers}</dd>
        </div>
        <div>
          <dt>${t('leader.figures.returned')}</dt>
          <dd data-testid="fast-track-returned">${day.returned}</dd>
        </div>
        <div>
          <dt>${t('leader.figures.rate')}</dt>
          <dd data-testid="fast-track-rate">${rate}</dd>
        </div>
        <div class=${late.length ? 'late' : ''}>
          <dt>${t('leader.figures.late')}</dt>
          <dd data-testid="fast-track-late">
            ${late.length} ${late.length ? html`<span class="numbers">${late.map((d) => d.number).join(', ')}</span>` : ''}
          </dd>
        </div>
        <div>
          <dt>${t('leader.figures.verification')}<span class="apart">${t('leader.figures.verificationHint')}</span></dt>
          <dd data-testid="fast-track-verification">
            ${day.verification.dossiers}
            ${day.verification.reasons.map((r) => html`<span class="reason">${t(`counter.verification.${r.reason}`)}: ${r.lines}</span>`)}
          </dd>
        </div>
      </dl>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-fast-track-figures': McFastTrackFigures;
  }
}
