import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { CatalogView, Field, IssuedTicket, PriorityKind, Procedure } from '../../shared/types.js';
import { CenterFeed } from '../../ui/center-feed.js';
import { getCatalog, resolveCenterId } from '../../ui/data/centers.js';
import { issueTicket } from '../../ui/data/tickets.js';
import { LangController, lang, localName, setLang, t } from '../../ui/i18n/lang.js';
import { printSlip } from '../../ui/print-slip.js';
import '../../ui/components/mc-connection-status.js';
import '../common/mc-display-header.js';
import { IdleTimer } from './idle-timer.js';
import './mc-kiosk-error.js';
import './mc-kiosk-fields.js';
import './mc-kiosk-priority.js';
import './mc-kiosk-procedures.js';
import './mc-kiosk-result.js';

const IDLE_MS = 60_000;
const CATALOG_RETRY_MS = 10_000;

type KioskView =
  | { step: 'field' }
  | { step: 'procedure'; field: Field }
  | { step: 'priority'; field: Field; procedure: Procedure; priority: PriorityKind | null }
  | { step: 'issued'; issued: IssuedTicket }
  | { step: 'error'; message: string; back: KioskView };

type Loading = 'loading' | 'not-found' | 'unavailable' | 'ready';

/** The self-service ticket kiosk: field → procedure → priority → printed ticket, then ready for the next citizen. */
@customElement('mc-kiosk')
export class McKiosk extends LitElement {
  @state() private _loading: Loading = 'loading';
  @state() private _catalog: CatalogView | null = null;
  @state() private _view: KioskView = { step: 'field' };
  @state() private _busy = false;
  private _centerId = '';
  private _feed: CenterFeed | null = null;
  private _retry: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      height: 100vh;
      user-select: none;
      -webkit-user-select: none;
      --mc-header-title-size: 2.2rem;
      --mc-lang-switch-size: 64px;
    }
    main { flex: 1; overflow-y: auto; padding: 28px 32px 40px; }
    .head { margin-bottom: 24px; }
    .step { margin: 0; font-size: 1.3rem; font-weight: 700; color: var(--mc-muted); }
    h2 { margin: 4px 0 8px; font-size: 2.6rem; line-height: 1.15; color: var(--mc-primary); }
    .hint { margin: 0; font-size: 1.5rem; }
    .chosen { margin: 0 0 6px; font-size: 1.5rem; font-weight: 700; }
    .notice { margin: 15vh auto; max-width: 900px; font-size: 2rem; font-weight: 700; text-align: center; }
    /* A landscape kiosk (1280×800) keeps every step, confirm button included, on one screen. */
    @media (max-height: 900px) {
      main { padding: 16px 32px 16px; }
      .head { margin-bottom: 16px; }
      h2 { font-size: 2.2rem; margin: 0 0 4px; }
      .chosen, .hint { font-size: 1.35rem; }
    }
  `;

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
    this._feed ??= new CenterFeed(this, centerId);
  }

  /** Back to step 1, in Vietnamese, for the next citizen. */
  private startOver() {
    this._view = { step: 'field' };
    if (lang() !== 'vi') setLang('vi');
  }

  private async take(view: Extract<KioskView, { step: 'priority' }>) {
    const catalog = this._catalog;
    if (this._busy || !catalog) return;
    this._busy = true;
    const res = await issueTicket(this._centerId, { procedureIds: [view.procedure.id], priority: view.priority });
    this._busy = false;
    if ('error' in res) {
      this._view = { step: 'error', message: res.error.message, back: view };
      return;
    }
    this._view = { step: 'issued', issued: res };
    // Show the number first: a print dialog would hold the page until it closes.
    await this.updateComplete;
    printSlip(res, catalog);
  }

  private heading(step: 1 | 2 | 3, title: string, hint: string, chosen = '') {
    return html`<div class="head">
      <p class="step">${t('kiosk.step', { step })}</p>
      <h2>${title}</h2>
      ${chosen ? html`<p class="chosen">${chosen}</p>` : ''}
      <p class="hint">${hint}</p>
    </div>`;
  }

  private renderView(catalog: CatalogView) {
    const view = this._view;
    switch (view.step) {
      case 'field': {
        const fields = catalog.fields.filter((f) => catalog.procedures.some((p) => p.fieldId === f.id));
        return html`${this.heading(1, t('kiosk.chooseField'), t('kiosk.chooseFieldHint'))}
          <mc-kiosk-fields
            .fields=${fields}
            .waiting=${this._feed?.snapshot?.waiting ?? []}
            @choose=${(e: CustomEvent<Field>) => (this._view = { step: 'procedure', field: e.detail })}
          ></mc-kiosk-fields>`;
      }
      case 'procedure':
        return html`${this.heading(2, t('kiosk.chooseProcedure'), t('kiosk.chooseProcedureHint'), localName(view.field))}
          <mc-kiosk-procedures
            .procedures=${catalog.procedures.filter((p) => p.fieldId === view.field.id)}
            @choose=${(e: CustomEvent<Procedure>) =>
              (this._view = { step: 'priority', field: view.field, procedure: e.detail, priority: null })}
            @back=${() => (this._view = { step: 'field' })}
          ></mc-kiosk-procedures>`;
      case 'priority':
        return html`${this.heading(3, t('kiosk.priorityTitle'), t('kiosk.priorityHint'), localName(view.procedure))}
          <mc-kiosk-priority
            .selected=${view.priority}
            ?busy=${this._busy}
            @select=${(e: CustomEvent<PriorityKind | null>) => (this._view = { ...view, priority: e.detail })}
            @take=${() => void this.take(view)}
            @back=${() => (this._view = { step: 'procedure', field: view.field })}
          ></mc-kiosk-priority>`;
      case 'issued':
        return html`<mc-kiosk-result
          .issued=${view.issued}
          .catalog=${catalog}
          @done=${() => this.startOver()}
        ></mc-kiosk-result>`;
      case 'error':
        return html`<mc-kiosk-error .message=${view.message} @back=${() => (this._view = view.back)}></mc-kiosk-error>`;
    }
  }

  override render() {
    const catalog = this._catalog;
    return html`
      <mc-connection-status .connected=${this._feed?.connected ?? false}></mc-connection-status>
      <mc-display-header
        .centerName=${catalog ? localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn }) : ''}
        .heading=${t('kiosk.title')}
        .timezone=${catalog?.center.timezone ?? 'Asia/Ho_Chi_Minh'}
      ></mc-display-header>
      <main>
        ${this._loading === 'ready' && catalog
          ? this.renderView(catalog)
          : html`<p class="notice" role="status">
              ${t(this._loading === 'loading' ? 'center.loading' : this._loading === 'not-found' ? 'center.notFound' : 'kiosk.unavailable')}
            </p>`}
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-kiosk': McKiosk;
  }
}
