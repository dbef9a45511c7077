import { LitElement, css, html } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { pairingCodeSchema } from '../../shared/schemas.js';
import type { DeviceView } from '../../shared/types.js';
import { getCatalog } from '../../ui/data/centers.js';
import { pairDevice } from '../../ui/data/devices.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import '../common/mc-display-header.js';

/** What may be typed: the code is shown as the admin read it, upper case, letters and digits only. */
const normalise = (typed: string) =>
  typed
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);

/**
 * /pair: a wall display, kiosk or rating screen trades the code an admin issued for its device cookie,
 * then opens its own screen for its center (a rating screen at its counter).
 */
@customElement('mc-pair-app')
export class McPairApp extends LitElement {
  @state() private _code = '';
  @state() private _busy = false;
  @state() private _error = '';
  @state() private _paired = false;

  static override styles = css`
    :host {
      display: flex;
      flex-direction: column;
      min-height: 100vh;
      --mc-header-title-size: 2.4rem;
      --mc-lang-switch-size: 64px;
    }
    main {
      flex: 1;
      display: flex;
      justify-content: center;
      padding: 40px 24px;
    }
    form {
      display: flex;
      flex-direction: column;
      align-items: stretch;
      gap: 28px;
      width: min(100%, 900px);
    }
    h2 {
      margin: 0;
      font-size: 3.4rem;
      line-height: 1.15;
      color: var(--mc-primary);
      text-align: center;
    }
    .hint {
      margin: 0;
      font-size: 1.7rem;
      font-weight: 600;
      text-align: center;
    }
    label {
      display: grid;
      gap: 8px;
      font-size: 1.5rem;
      font-weight: 700;
    }
    input {
      box-sizing: border-box;
      width: 100%;
      min-height: 128px;
      padding: 8px 16px;
      font: inherit;
      font-size: 4.4rem;
      font-weight: 800;
      font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
      letter-spacing: 0.3em;
      text-align: center;
      text-transform: uppercase;
      color: var(--mc-fg);
      border: 4px solid var(--mc-border);
      border-radius: var(--mc-radius);
    }
    button {
      min-height: 112px;
      font: inherit;
      font-size: 2.6rem;
      font-weight: 800;
      color: var(--mc-primary-fg);
      background: var(--mc-primary);
      border: none;
      border-radius: var(--mc-radius);
      cursor: pointer;
      touch-action: manipulation;
    }
    button:disabled {
      opacity: 0.7;
      cursor: progress;
    }
    .error {
      margin: 0;
      padding: 20px 24px;
      font-size: 2rem;
      font-weight: 700;
      color: #fff;
      background: var(--mc-accent);
      border-radius: var(--mc-radius);
    }
    .done {
      margin: 0;
      font-size: 2rem;
      font-weight: 700;
      color: var(--mc-ok);
      text-align: center;
    }
  `;

  constructor() {
    super();
    new LangController(this);
  }

  private async submit(e: Event) {
    e.preventDefault();
    if (this._busy) return;
    const code = pairingCodeSchema.safeParse(this._code);
    if (!code.success) {
      this._error = t('pair.invalid');
      return;
    }
    this._busy = true;
    const res = await pairDevice(code.data);
    if ('error' in res) {
      this._busy = false;
      this._error = res.error.message;
      return;
    }
    this._paired = true;
    location.assign(await this.screenUrl(res.device));
  }

  /** The device's own screen: kiosk, wall, or the rating screen of its counter (by number, as the page takes it). */
  private async screenUrl(device: DeviceView): Promise<string> {
    const params = new URLSearchParams({ center: device.centerId });
    if (device.kind === 'rating') {
      const catalog = await getCatalog(device.centerId);
      const counter = 'error' in catalog ? undefined : catalog.counters.find((c) => c.id === device.counterId);
      if (counter) params.set('counter', String(counter.number));
    }
    return `/${device.kind}?${params}`;
  }

  override render() {
    return html`
      <mc-display-header .heading=${t('app.name')}></mc-display-header>
      <main>
        <form novalidate @submit=${(e: Event) => void this.submit(e)}>
          <h2>${t('pair.title')}</h2>
          <p class="hint">${t('pair.hint')}</p>
          <label
            >${t('pair.codeLabel')}
            <input
              data-testid="pair-code"
              autocomplete="off"
              autocapitalize="characters"
              spellcheck="false"
              maxlength="8"
              .value=${this._code}
              @input=${(e: Event) => {
                const input = e.target as HTMLInputElement;
                this._code = input.value = normalise(input.value);
                this._error = '';
              }}
            />
          </label>
          ${this._error ? html`<p class="error" role="alert" data-testid="pair-error">${this._error}</p>` : ''}
          ${this._paired ? html`<p class="done" role="status">${t('pair.done')}</p>` : ''}
          <button type="submit" data-testid="pair-submit" ?disabled=${this._busy}>${this._busy ? t('pair.busy') : t('pair.submit')}</button>
        </form>
      </main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-pair-app': McPairApp;
  }
}
