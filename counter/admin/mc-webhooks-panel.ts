import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isApiError, type ApiResult } from '../../shared/errors.js';
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointCreated, type WebhookEndpointView, type WebhookEventType } from '../../shared/types.js';
import { createWebhook, deleteWebhook, listWebhooks, replayWebhook, setWebhookActive } from '../../ui/data/webhooks.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';
import './mc-choice-set.js';
import './mc-shown-once.js';

/**
 * Where the center's events are sent: each endpoint with how delivery stands (waiting, given up, the
 * last success and the last error), a replay from an event id (the oldest undelivered one by default),
 * disable or enable and delete; and the form that adds one and shows its signing secret, this once.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-webhooks-panel')
export class McWebhooksPanel extends LitElement {
  @property() centerId = '';
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @state() private _endpoints: WebhookEndpointView[] | null = null;
  @state() private _url = '';
  @state() private _types: ReadonlySet<WebhookEventType> = new Set(WEBHOOK_EVENT_TYPES);
  @state() private _created: WebhookEndpointCreated | null = null;
  /** The event id typed for each endpoint's replay, where it differs from the oldest undelivered. */
  @state() private _replayFrom: ReadonlyMap<number, string> = new Map();
  @state() private _done = '';

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .items li {
        display: block;
      }
      .url {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .state {
        margin-left: 6px;
        font-size: 0.9rem;
        color: var(--mc-ok);
      }
      .state.off {
        color: var(--mc-warn);
      }
      .line {
        margin: 2px 0 0;
        font-size: 0.95rem;
        overflow-wrap: anywhere;
      }
      .warn {
        font-weight: 700;
        color: var(--mc-warn);
      }
      .row {
        display: flex;
        align-items: end;
        gap: 8px;
        margin-top: 6px;
      }
      .row label {
        flex: 1;
      }
      .choices {
        grid-template-columns: 1fr 1fr;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('centerId') && this.centerId) void this.load();
  }

  private async load(): Promise<void> {
    const res = await listWebhooks(this.centerId);
    if ('error' in res) return reportError(this, res.error.message);
    this._endpoints = res.endpoints;
  }

  /** Reports the outcome of an action, and shows the list as it now stands. */
  private async report<T>(res: ApiResult<T>, done: (answer: T) => string): Promise<void> {
    if (isApiError(res)) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = done(res);
    await this.load();
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const url = this._url.trim();
    if (!url || this._types.size === 0) return reportError(this, t('webhooks.missing'));
    const res = await createWebhook(this.centerId, { url, eventTypes: WEBHOOK_EVENT_TYPES.filter((type) => this._types.has(type)) });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._created = res;
    this._url = '';
    this._done = '';
    await this.load();
  }

  private async toggle(endpoint: WebhookEndpointView): Promise<void> {
    await this.report(await setWebhookActive(this.centerId, endpoint.id, !endpoint.active), () => '');
  }

  private async deleteEndpoint(endpoint: WebhookEndpointView): Promise<void> {
    await this.report(await deleteWebhook(this.centerId, endpoint.id), () => {
      if (this._created?.endpoint.id === endpoint.id) this._created = null;
      return t('webhooks.deleted', { url: endpoint.url });
    });
  }

  private async replay(endpoint: WebhookEndpointView, fromEventId: string): Promise<void> {
    await this.report(await replayWebhook(this.centerId, endpoint.id, fromEventId), ({ requeued }) => {
      // Back to the oldest undelivered event, as the list now says.
      this._replayFrom = new Map([...this._replayFrom].filter(([id]) => id !== endpoint.id));
      return t('webhooks.replayed', { count: requeued, url: endpoint.url });
    });
  }

  private typesText(types: readonly WebhookEventType[]): string {
    return types.length === WEBHOOK_EVENT_TYPES.length
      ? t('webhooks.allTypes')
      : types.map((type) => t(`webhooks.type.${type}`)).join(', ');
  }

  private endpointItem(e: WebhookEndpointView) {
    const when = (at: number) => formatTime(at, this.timezone, true);
    const from = this._replayFrom.get(e.id) ?? e.oldestUndeliveredId ?? '';
    return html`<li data-testid="webhook-${e.id}">
      <span class="url">${e.url}</span>
      <span class="state ${e.active ? '' : 'off'}">${e.active ? t('webhooks.active') : t('webhooks.disabled')}</span>
      <p class="line ${e.backlog > 0 || e.failed > 0 ? 'warn' : ''}" data-testid="webhook-counts-${e.id}">
        ${t('webhooks.counts', { backlog: e.backlog, failed: e.failed })}
      </p>
      <p class="line muted">
        ${e.lastSuccessAt ? t('webhooks.lastSuccess', { time: when(e.lastSuccessAt) }) : t('webhooks.neverDelivered')}
      </p>
      ${
        e.lastError && e.lastErrorAt
          ? html`<p class="line warn" data-testid="webhook-error-${e.id}">
              ${t('webhooks.lastError', { time: when(e.lastErrorAt), error: e.lastError })}
            </p>`
          : ''
      }
      <p class="line muted">${t('webhooks.types', { types: this.typesText(e.eventTypes) })}</p>
      <div class="row">
        <label
          >${t('webhooks.replayFrom')}
          <input
            data-testid="webhook-replay-from-${e.id}"
            maxlength="36"
            spellcheck="false"
            .value=${from}
            @input=${(ev: Event) => (this._replayFrom = new Map(this._replayFrom).set(e.id, (ev.target as HTMLInputElement).value.trim()))}
          />
        </label>
        <button
          type="button"
          data-testid="webhook-replay-${e.id}"
          aria-label=${t('webhooks.replayLabel', { url: e.url })}
          ?disabled=${from === ''}
          @click=${() => void this.replay(e, from)}
        >
          ${t('webhooks.replay')}
        </button>
      </div>
      <div class="save">
        <button
          type="button"
          data-testid="webhook-toggle-${e.id}"
          aria-label=${t(e.active ? 'webhooks.disableLabel' : 'webhooks.enableLabel', { url: e.url })}
          @click=${() => void this.toggle(e)}
        >
          ${e.active ? t('webhooks.disable') : t('webhooks.enable')}
        </button>
        <button
          type="button"
          class="danger"
          data-testid="webhook-delete-${e.id}"
          aria-label=${t('webhooks.deleteLabel', { url: e.url })}
          @click=${() => void this.deleteEndpoint(e)}
        >
          ${t('webhooks.delete')}
        </button>
      </div>
    </li>`;
  }

  override render() {
    const list = this._endpoints;
    return html`
      <h2>${t('webhooks.title')}</h2>
      <p class="muted">${t('webhooks.intro')}</p>
      <p class="saved" role="status">${this._done}</p>
      ${list && list.length === 0 ? html`<p class="muted">${t('webhooks.none')}</p>` : ''}
      <ul class="items">
        ${list?.map((e) => this.endpointItem(e))}
      </ul>
      ${
        list && list.length > 0
          ? html`<div class="save">
              <button type="button" data-testid="webhooks-refresh" @click=${() => void this.load()}>${t('webhooks.refresh')}</button>
            </div>`
          : ''
      }
      <form class="form" novalidate @submit=${(e: Event) => void this.add(e)}>
        <h3>${t('webhooks.addTitle')}</h3>
        <label
          >${t('webhooks.url')}
          <input
            type="url"
            data-testid="webhook-url"
            maxlength="2048"
            spellcheck="false"
            placeholder="https://"
            .value=${this._url}
            @input=${(e: Event) => (this._url = (e.target as HTMLInputElement).value)}
          />
        </label>
        <mc-choice-set
          legend=${t('webhooks.chooseTypes')}
          .choices=${WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: t(`webhooks.type.${type}`), testid: `webhook-type-${type}` }))}
          .picked=${this._types}
          @picked=${(e: CustomEvent<ReadonlySet<WebhookEventType>>) => (this._types = e.detail)}
        ></mc-choice-set>
        <div class="save">
          <button type="submit" class="primary" data-testid="webhook-add">${t('webhooks.add')}</button>
        </div>
      </form>
      ${
        this._created
          ? html`<mc-shown-once
              heading=${t('webhooks.secretFor', { url: this._created.endpoint.url })}
              .value=${this._created.secret}
              note=${t('webhooks.secretOnce')}
              testid="webhook-secret"
            ></mc-shown-once>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-webhooks-panel': McWebhooksPanel;
  }
}
