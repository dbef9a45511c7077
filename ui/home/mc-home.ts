import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { hasWards, PAIR_PATH, screenLinks, type ScreenLink } from '../../shared/rules/screen-links.js';
import type { CenterInfo } from '../../shared/types.js';
import { getCatalog, listCenters } from '../data/centers.js';
import { LangController, localName, t } from '../i18n/lang.js';
import '../components/mc-lang-switch.js';

/**
 * The start page: every screen of every center hosted here, one tap away — the links the start-up
 * log prints (shared/rules/screen-links.ts), and the pairing page.
 */
@customElement('mc-home')
export class McHome extends LitElement {
  @state() private _centers: { center: CenterInfo; links: ScreenLink[] }[] = [];

  static override styles = css`
    :host {
      display: block;
      max-width: 960px;
      margin: 0 auto;
      padding: 24px;
    }
    header {
      display: flex;
      justify-content: space-between;
      align-items: center;
      gap: 16px;
    }
    h1 {
      font-size: 2rem;
      margin: 0;
      color: var(--mc-primary);
    }
    h2 {
      font-size: 1.4rem;
    }
    ul {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(200px, 1fr));
      gap: 16px;
    }
    a {
      display: flex;
      align-items: center;
      justify-content: center;
      min-height: 96px;
      padding: 16px;
      font-size: 1.3rem;
      font-weight: 700;
      text-align: center;
      text-decoration: none;
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
      border-radius: var(--mc-radius);
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.attach();
  }

  /** What connecting needs from the server (Lit's connectedCallback itself stays synchronous). */
  private async attach(): Promise<void> {
    const res = await listCenters();
    if ('error' in res) return;
    const { centers } = res;
    this._centers = await Promise.all(
      centers.map(async (center) => {
        const catalog = await getCatalog(center.id);
        const counterNumbers = 'error' in catalog ? [] : catalog.counters.map((c) => c.number);
        return { center, links: screenLinks({ id: center.id, counterNumbers, hasChildren: hasWards(center.id, centers) }) };
      }),
    );
  }

  override render() {
    return html`
      <header>
        <h1>${t('home.title')}</h1>
        <mc-lang-switch></mc-lang-switch>
      </header>
      ${this._centers.map(
        ({ center, links }) => html`
          <section data-testid="home-center-${center.id}">
            <h2>${localName({ nameVi: center.name, nameEn: center.nameEn })}</h2>
            <ul>
              ${links.map((l) => html`<li><a href=${l.href} data-testid="home-${l.screen}">${t(`home.${l.screen}`)}</a></li>`)}
            </ul>
          </section>
        `,
      )}
      <section>
        <h2>${t('home.devices')}</h2>
        <ul>
          <li><a href=${PAIR_PATH} data-testid="home-pair">${t('home.pair')}</a></li>
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-home': McHome;
  }
}
