import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { DEVICE_KINDS, type DeviceKind } from '../../shared/schemas.js';
import { PAIRING_CODE_HOURS, type CounterInfo, type DeviceList, type DeviceView, type IssuedDeviceCode } from '../../shared/types.js';
import { issueDeviceCode, listDevices, revokeDevice, setRequirePairing } from '../../ui/data/devices.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';

/**
 * The center's paired screens: the switch that admits paired screens only, every device with its
 * state and a Revoke button, and the form that issues a one-time pairing code, shown large enough to
 * read across the room while someone types it on the screen.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-devices-panel')
export class McDevicesPanel extends LitElement {
  @property() centerId = '';
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @property({ attribute: false }) counters: CounterInfo[] = [];
  @state() private _list: DeviceList | null = null;
  @state() private _kind: DeviceKind = 'wall';
  @state() private _name = '';
  @state() private _counterId: number | null = null;
  @state() private _issued: IssuedDeviceCode | null = null;
  @state() private _done = '';

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .items {
        max-height: 260px;
        overflow-y: auto;
      }
      .kind {
        font-weight: 700;
      }
      .revoked {
        text-decoration: line-through;
      }
      .code {
        margin: 8px 0 0;
        padding: 10px 12px;
        background: #fff;
        border: 3px solid var(--mc-primary);
        border-radius: var(--mc-radius);
        text-align: center;
      }
      .code strong {
        display: block;
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: 3rem;
        letter-spacing: 0.2em;
        color: var(--mc-primary);
      }
      .code p {
        margin: 4px 0 0;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('centerId') && this.centerId) void this.load();
  }

  private async load(): Promise<void> {
    const res = await listDevices(this.centerId);
    if ('error' in res) return reportError(this, res.error.message);
    this._list = res;
  }

  private async toggle(on: boolean): Promise<void> {
    const res = await setRequirePairing(this.centerId, on);
    if ('error' in res) {
      // The switch shows what the server holds, not what was clicked.
      this.requestUpdate();
      return reportError(this, res.error.message);
    }
    reportError(this, null);
    if (this._list) this._list = { ...this._list, requirePairing: res.requirePairing };
  }

  private async issue(e: Event): Promise<void> {
    e.preventDefault();
    const name = this._name.trim();
    const rating = this._kind === 'rating';
    if (!name || (rating && this._counterId === null)) return reportError(this, t('devices.missing'));
    const res = await issueDeviceCode(this.centerId, {
      kind: this._kind,
      name,
      ...(rating && this._counterId !== null ? { counterId: this._counterId } : {}),
    });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._issued = res;
    this._done = '';
    this._name = '';
    await this.load();
  }

  private async revoke(device: DeviceView): Promise<void> {
    const res = await revokeDevice(this.centerId, device.id);
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._done = t('devices.revokedDone', { name: device.name });
    if (this._issued?.device.id === device.id) this._issued = null;
    await this.load();
  }

  private state(device: DeviceView): string {
    if (device.revokedAt !== null) return t('devices.revoked');
    return device.pairedAt !== null ? t('devices.paired') : t('devices.waiting');
  }

  private counterNumber(id: number | null): number | undefined {
    return this.counters.find((c) => c.id === id)?.number;
  }

  private deviceItem(d: DeviceView) {
    const counter = this.counterNumber(d.counterId);
    return html`<li data-testid="device-${d.id}">
      <span class="grow ${d.revokedAt !== null ? 'revoked' : ''}">
        <span class="kind">${t(`devices.kind.${d.kind}`)}</span> — ${d.name}
        ${counter !== undefined ? html` · ${t('ticket.counter', { number: counter })}` : ''} <br /><span class="muted"
          >${this.state(d)}</span
        >
      </span>
      ${
        d.revokedAt === null
          ? html`<button
              type="button"
              class="danger"
              data-testid="device-revoke-${d.id}"
              aria-label=${t('devices.revokeLabel', { name: d.name })}
              @click=${() => void this.revoke(d)}
            >
              ${t('devices.revoke')}
            </button>`
          : ''
      }
    </li>`;
  }

  private issuedCode(issued: IssuedDeviceCode) {
    const until = issued.device.createdAt + PAIRING_CODE_HOURS * 3600_000;
    return html`<div class="code" role="status">
      <p>${t('devices.codeFor', { name: issued.device.name })}</p>
      <strong data-testid="device-code">${issued.code}</strong>
      <p class="muted">${t('devices.codeValid', { hours: PAIRING_CODE_HOURS, until: formatTime(until, this.timezone, true) })}</p>
    </div>`;
  }

  override render() {
    const list = this._list;
    const on = list?.requirePairing ?? false;
    return html`
      <h2>${t('devices.title')}</h2>
      <label class="check">
        <input
          type="checkbox"
          role="switch"
          data-testid="require-pairing"
          .checked=${live(on)}
          ?disabled=${!list}
          @change=${(e: Event) => void this.toggle((e.target as HTMLInputElement).checked)}
        />
        ${t('devices.requirePairing')}
      </label>
      <p class="muted">${on ? t('devices.requireOn') : t('devices.requireOff')}</p>
      <p class="saved" role="status">${this._done}</p>
      ${list && list.devices.length === 0 ? html`<p class="muted">${t('devices.none')}</p>` : ''}
      <ul class="items">
        ${list?.devices.map((d) => this.deviceItem(d))}
      </ul>
      <form class="form" novalidate @submit=${(e: Event) => void this.issue(e)}>
        <h3>${t('devices.issueTitle')}</h3>
        <div class="pair">
          <label
            >${t('devices.kind')}
            <select data-testid="device-kind" @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value as DeviceKind)}>
              ${DEVICE_KINDS.map((k) => html`<option value=${k} ?selected=${k === this._kind}>${t(`devices.kind.${k}`)}</option>`)}
            </select>
          </label>
          <label
            >${t('devices.counter')}
            <select
              data-testid="device-counter"
              ?disabled=${this._kind !== 'rating'}
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                this._counterId = value ? Number(value) : null;
              }}
            >
              <option value="" ?selected=${this._counterId === null}>${t('devices.chooseCounter')}</option>
              ${this.counters.map(
                (c) =>
                  html`<option value=${c.id} ?selected=${c.id === this._counterId}>${t('ticket.counter', { number: c.number })}</option>`,
              )}
            </select>
          </label>
        </div>
        <label
          >${t('devices.name')}
          <input
            data-testid="device-name"
            maxlength="80"
            .value=${this._name}
            @input=${(e: Event) => (this._name = (e.target as HTMLInputElement).value)}
          />
        </label>
        <div class="save">
          <button type="submit" class="primary" data-testid="device-issue">${t('devices.issue')}</button>
        </div>
      </form>
      ${this._issued ? this.issuedCode(this._issued) : ''}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-devices-panel': McDevicesPanel;
  }
}
