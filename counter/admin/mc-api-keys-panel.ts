import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { API_SCOPES, type ApiKeyCreated, type ApiKeyView, type ApiScope } from '../../shared/types.js';
import { createApiKey, listApiKeys, revokeApiKey } from '../../ui/data/api-keys.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';
import './mc-choice-set.js';
import './mc-shown-once.js';

/**
 * The center's integration API keys (its admins): each with its prefix, scopes and last use, revoke;
 * and the form that creates one and shows its token, this once. Without the center's agency code
 * the server refuses the first key, and the panel says why beforehand.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-api-keys-panel')
export class McApiKeysPanel extends LitElement {
  @property() centerId = '';
  @property() timezone = 'Asia/Ho_Chi_Minh';
  /** The center's agency code: none, and no key can be made. */
  @property() agencyCode: string | null = null;
  @state() private _keys: ApiKeyView[] | null = null;
  @state() private _name = '';
  @state() private _scopes: ReadonlySet<ApiScope> = new Set(['tickets:read']);
  @state() private _created: ApiKeyCreated | null = null;
  @state() private _done = '';

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .items li {
        display: block;
      }
      .name {
        font-weight: 700;
        overflow-wrap: anywhere;
      }
      .line {
        margin: 2px 0 0;
        font-size: 0.95rem;
        overflow-wrap: anywhere;
      }
      .off {
        color: var(--mc-warn);
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
    const res = await listApiKeys(this.centerId);
    if ('error' in res) return reportError(this, res.error.message);
    this._keys = res.keys;
  }

  private async add(e: Event): Promise<void> {
    e.preventDefault();
    const name = this._name.trim();
    if (!name || this._scopes.size === 0) return reportError(this, t('apiKeys.missing'));
    const res = await createApiKey(this.centerId, { name, scopes: API_SCOPES.filter((s) => this._scopes.has(s)) });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._created = res;
    this._name = '';
    this._done = '';
    await this.load();
  }

  private async revoke(key: ApiKeyView): Promise<void> {
    const res = await revokeApiKey(this.centerId, key.id);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    if (this._created?.key.id === key.id) this._created = null;
    this._done = t('apiKeys.revokedDone', { name: key.name });
    await this.load();
  }

  private keyItem(k: ApiKeyView) {
    const when = (at: number) => formatTime(at, this.timezone, true);
    return html`<li data-testid="api-key-${k.id}">
      <span class="name">${k.name}</span>
      <p class="line muted">${t('apiKeys.prefix', { prefix: k.prefix })}</p>
      <p class="line">${t('apiKeys.scopes', { scopes: k.scopes.map((s) => t(`apiKeys.scope.${s}`)).join(', ') })}</p>
      <p class="line muted" data-testid="api-key-used-${k.id}">
        ${k.lastUsedAt ? t('apiKeys.lastUsed', { time: when(k.lastUsedAt) }) : t('apiKeys.neverUsed')}
      </p>
      ${
        k.revokedAt
          ? html`<p class="line off" data-testid="api-key-revoked-${k.id}">${t('apiKeys.revoked', { time: when(k.revokedAt) })}</p>`
          : html`<div class="save">
              <button
                type="button"
                class="danger"
                data-testid="api-key-revoke-${k.id}"
                aria-label=${t('apiKeys.revokeLabel', { name: k.name })}
                @click=${() => void this.revoke(k)}
              >
                ${t('apiKeys.revoke')}
              </button>
            </div>`
      }
    </li>`;
  }

  override render() {
    const list = this._keys;
    return html`
      <h2>${t('apiKeys.title')}</h2>
      <p class="muted">${t('apiKeys.intro')}</p>
      ${this.agencyCode === null ? html`<p class="line off" data-testid="api-keys-needs-agency">${t('apiKeys.needsAgency')}</p>` : ''}
      <p class="saved" role="status">${this._done}</p>
      ${list && list.length === 0 ? html`<p class="muted">${t('apiKeys.none')}</p>` : ''}
      <ul class="items">
        ${list?.map((k) => this.keyItem(k))}
      </ul>
      <form class="form" novalidate @submit=${(e: Event) => void this.add(e)}>
        <h3>${t('apiKeys.addTitle')}</h3>
        <label
          >${t('apiKeys.name')}
          <input
            data-testid="api-key-name"
            maxlength="100"
            .value=${this._name}
            @input=${(e: Event) => (this._name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <mc-choice-set
          legend=${t('apiKeys.chooseScopes')}
          .choices=${API_SCOPES.map((scope) => ({ value: scope, label: t(`apiKeys.scope.${scope}`), testid: `api-key-scope-${scope}` }))}
          .picked=${this._scopes}
          @picked=${(e: CustomEvent<ReadonlySet<ApiScope>>) => (this._scopes = e.detail)}
        ></mc-choice-set>
        <div class="save">
          <button type="submit" class="primary" data-testid="api-key-add">${t('apiKeys.add')}</button>
        </div>
      </form>
      ${
        this._created
          ? html`<mc-shown-once
              heading=${t('apiKeys.tokenFor', { name: this._created.key.name })}
              .value=${this._created.token}
              note=${t('apiKeys.tokenOnce')}
              testid="api-key-token"
            ></mc-shown-once>`
          : ''
      }
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-api-keys-panel': McApiKeysPanel;
  }
}
