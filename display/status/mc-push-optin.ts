import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PushState } from '../../shared/types.js';
import { getPushState, subscribePush, unsubscribePush } from '../../ui/data/push.js';
import { LangController, lang, t } from '../../ui/i18n/lang.js';
import { pushAvailable, pushBlocked, subscribeBrowser } from './browser-push.js';
import { phoneButtonStyles } from './phone-button-styles.js';

/**
 * "Notify me when my turn is near", while the ticket waits: the citizen may step out and be called
 * back by a notification (Web Push), even with the page closed. Nothing happens until the button is
 * pressed. Where this browser cannot take notifications, or the citizen blocked them, it says so
 * plainly instead of offering a button that cannot work.
 */
@customElement('mc-push-optin')
export class McPushOptin extends LitElement {
  @property() token = '';
  @state() private _state: PushState | null = null;
  @state() private _busy = false;
  @state() private _error = '';
  private readonly _available = pushAvailable();

  static override styles = [
    phoneButtonStyles,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: 10px;
      }
      p {
        margin: 0;
        font-size: 1.05rem;
        line-height: 1.4;
      }
      .on {
        font-weight: 700;
        color: var(--mc-ok);
      }
      .plain {
        font-weight: 600;
        color: var(--mc-muted);
      }
      .error {
        font-weight: 700;
        color: var(--mc-accent);
      }
      button.phone.off {
        min-height: 44px;
        font-size: 1rem;
        border-width: 2px;
      }
      button:disabled {
        cursor: progress;
        opacity: 0.6;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') && this.token && this._available) void this.load();
  }

  private async load(): Promise<void> {
    const res = await getPushState(this.token);
    if (!('error' in res)) this._state = res;
  }

  private async turnOn(state: PushState): Promise<void> {
    this._busy = true;
    this._error = '';
    try {
      const subscription = await subscribeBrowser(state.publicKey);
      // Said no: the page now says the notifications are blocked.
      if (!subscription) return;
      const res = await subscribePush(this.token, { subscription, lang: lang() });
      if ('error' in res) this._error = res.error.message;
      else this._state = res;
    } catch {
      this._error = t('push.failed');
    } finally {
      this._busy = false;
    }
  }

  private async turnOff(): Promise<void> {
    this._busy = true;
    const res = await unsubscribePush(this.token);
    this._busy = false;
    if ('error' in res) this._error = res.error.message;
    else this._state = res;
  }

  override render() {
    if (!this._available) return html`<p class="plain" role="note" data-testid="push-unavailable">${t('push.unavailable')}</p>`;
    const state = this._state;
    if (!state) return html``;
    const error = this._error ? html`<p class="error" role="alert" data-testid="push-error">${this._error}</p>` : '';
    if (state.subscribed) {
      return html`<p class="on" role="status" data-testid="push-on">${t('push.on')}</p>
        <button type="button" class="phone off" data-testid="push-off" ?disabled=${this._busy} @click=${() => void this.turnOff()}>
          ${t('push.turnOff')}
        </button>
        ${error}`;
    }
    if (pushBlocked()) return html`<p class="plain" role="note" data-testid="push-blocked">${t('push.blocked')}</p>`;
    const { by, at } = state.nearNotice;
    return html`<button
        type="button"
        class="phone"
        data-testid="push-enable"
        ?disabled=${this._busy}
        @click=${() => void this.turnOn(state)}
      >
        ${this._busy ? t('push.working') : t('push.offer')}
      </button>
      <p>${t(by === 'places' ? 'push.hintPlaces' : 'push.hintMinutes', { at })}</p>
      ${error}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-push-optin': McPushOptin;
  }
}
