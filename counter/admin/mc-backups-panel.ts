import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BackupsView } from '../../shared/types.js';
import { getBackups, takeBackup } from '../../ui/data/backups.js';
import { formatTime } from '../../ui/format.js';
import { LangController, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';

/**
 * For the system administrator: when the newest backup on this machine was taken, where the last
 * verified copy off the machine stands (or why the latest copy failed), and a button to back up now.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-backups-panel')
export class McBackupsPanel extends LitElement {
  @property() timezone = 'Asia/Ho_Chi_Minh';
  @state() private _view: BackupsView | null = null;
  @state() private _done = '';
  @state() private _busy = false;

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .warn {
        font-weight: 700;
        color: var(--mc-warn);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const res = await getBackups();
    if ('error' in res) return reportError(this, res.error.message);
    this._view = res;
  }

  private async backUp(): Promise<void> {
    this._busy = true;
    const res = await takeBackup();
    this._busy = false;
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    await this.load();
    const at = this._view?.lastBackupAt;
    this._done = at ? t('backups.done', { time: formatTime(at, this.timezone, true) }) : '';
  }

  override render() {
    const view = this._view;
    const when = (at: number) => formatTime(at, this.timezone, true);
    return html`
      <h2>${t('backups.title')}</h2>
      ${
        view
          ? html`<p data-testid="backup-last">
                ${view.lastBackupAt ? t('backups.last', { time: when(view.lastBackupAt) }) : t('backups.none')}
              </p>
              <p data-testid="backup-copy" class=${view.lastCopy && !view.copyError ? '' : 'warn'}>
                ${
                  !view.copyConfigured
                    ? t('backups.copyOff')
                    : view.lastCopy
                      ? t('backups.copy', { time: when(view.lastCopy.takenAt) })
                      : t('backups.noCopy')
                }
              </p>
              ${view.copyError ? html`<p class="warn" data-testid="backup-copy-error">${t('backups.copyError', { reason: view.copyError })}</p>` : ''}`
          : ''
      }
      <p class="saved" role="status">${this._done}</p>
      <button type="button" data-testid="backup-now" ?disabled=${this._busy} @click=${() => void this.backUp()}>${t('backups.now')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-backups-panel': McBackupsPanel;
  }
}
