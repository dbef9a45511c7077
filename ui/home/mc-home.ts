import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CenterInfo } from '../../shared/types.js';
import { listCenters } from '../data/centers.js';
import { LangController, localName, t } from '../i18n/lang.js';
import '../components/mc-lang-switch.js';

const SCREENS = [
  { path: '/kiosk', key: 'home.kiosk' },
  { path: '/wall', key: 'home.wall' },
  { path: '/counter', key: 'home.counter' },
  { path: '/reception', key: 'home.reception' },
  { path: '/booking', key: 'home.booking' },
  { path: '/leader', key: 'home.leader' },
  { path: '/admin', key: 'home.admin' },
  { path: '/board', key: 'home.board' },
] as const;

/** The start page: every screen of every center hosted here, one tap away. */
@customElement('mc-home')
export class McHome extends LitElement {
  @state() private _centers: CenterInfo[] = [];

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
    if (!('error' in res)) this._centers = res.centers;
  }

  override render() {
    return html`
      <header>
        <h1>${t('home.title')}</h1>
        <mc-lang-switch></mc-lang-switch>
      </header>
      ${this._centers.map(
        (c) => html`
          <section>
            <h2>${localName({ nameVi: c.name, nameEn: c.nameEn })}</h2>
            <ul>
              ${SCREENS.map((s) => html`<li><a href="${s.path}?center=${encodeURIComponent(c.id)}">${t(s.key)}</a></li>`)}
            </ul>
          </section>
        `,
      )}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-home': McHome;
  }
}
