// The frame every staff screen shares — the counter terminal, reception, leader, admin, the manager's
// board and the province board: the sign-in form until someone allowed here signs in, then the
// connection marker, the staff header with sign-out, the one alert region, and the screen's content.
// It keeps who is signed in, the alert's message (parts report with reportError), the screen's
// coalesced reload and the document title; the screen keeps its own data and says what to do at
// each step through the options.
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Permission } from '../../shared/permissions.js';
import type { StaffView } from '../../shared/types.js';
import '../components/mc-connection-status.js';
import { logout } from '../data/auth.js';
import type { McEvent } from '../events.js';
import { LangController, localName, t } from '../i18n/lang.js';
import { CoalescedLoader } from './coalesced-loader.js';
import './mc-error-alert.js';
import './mc-staff-header.js';
import './mc-staff-login.js';
import type { StaffSession } from './staff-session.js';

export interface StaffShellOptions {
  /** Who may use the screen: other accounts are refused at sign-in. */
  permission: Permission;
  /** The screen's name, on the sign-in form, in the header and in the document title. */
  heading(): string;
  /** Who the screen is for, named in the refusal other accounts get (default: a general refusal). */
  audience?(): string;
  /** The data-testid of the screen's alert region. */
  errorTestid: string;
  /** The center's catalogue and live feed, loaded at sign-in and dropped at sign-out. The province board has none. */
  session?: StaffSession;
  /** The center the session follows, when not the staff member's own (a province manager on a ward's board). */
  followCenter?(staff: StaffView): string | null;
  /** The screen's own reading of the server, run one at a time by reload(). */
  load?(centerId: string): Promise<void>;
  /** Reload on every ticket event and every rejoin of the session's feed. */
  reloadOnTicketEvents?: boolean;
  /** After sign-in, once the catalogue is in (a screen without a session: at once). Content waits for it. */
  signedIn?(staff: StaffView): Promise<void> | void;
  /** Before signing out; false keeps the staff member signed in (a citizen still at the counter). */
  beforeSignOut?(): Promise<boolean>;
  /** After signing out: forget what the screen showed. */
  signedOut?(): void;
  /** Under the heading; default: the catalogue's center. */
  subheading?(): string;
  /** Whether the live link is up; default: the session's. */
  connected?(): boolean;
}

export class StaffShell implements ReactiveController {
  /** Who signed in (null: the sign-in form is shown). */
  staff: StaffView | null = null;
  private _error: string | null = null;
  /** From sign-in until the catalogue and the screen's first steps are done: content shows "loading". */
  private _signingIn = false;
  private _seenRevision = -1;
  private readonly loader = new CoalescedLoader(async () => {
    const centerId = this.centerId;
    if (centerId && this.options.load) await this.options.load(centerId);
  });

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: StaffShellOptions,
  ) {
    host.addController(this);
    new LangController(host);
    host.addEventListener('mc-error', (e) => (this.error = e.detail));
  }

  /** The message in the alert region; null clears it. */
  get error(): string | null {
    return this._error;
  }

  set error(message: string | null) {
    this._error = message;
    this.host.requestUpdate();
  }

  /** The center the screen shows: the one the session follows, else the staff member's own ('' signed out). */
  get centerId(): string {
    return this.options.session?.staff?.centerId ?? this.staff?.centerId ?? '';
  }

  /** Runs the screen's load; one at a time, a call during a load runs once after it. */
  reload(): Promise<void> {
    return this.loader.refresh();
  }

  hostUpdated(): void {
    document.title = `${this.options.heading()} — ${t('app.name')}`;
    const { session } = this.options;
    // Every ticket event (and every rejoin) moves the revision: what the screen shows may have changed.
    if (this.options.reloadOnTicketEvents && session?.catalog && session.revision !== this._seenRevision) {
      this._seenRevision = session.revision;
      void this.reload();
    }
  }

  private async signIn(staff: StaffView): Promise<void> {
    const { session } = this.options;
    this.staff = staff;
    this._signingIn = true;
    this.host.requestUpdate();
    if (session) {
      const centerId = this.options.followCenter?.(staff);
      await session.signedIn(centerId ? { ...staff, centerId } : staff);
      this._error = session.loadError;
    }
    if (!session || session.catalog) await this.options.signedIn?.(staff);
    this._signingIn = false;
    this.host.requestUpdate();
  }

  private async signOut(): Promise<void> {
    if (this.options.beforeSignOut && !(await this.options.beforeSignOut())) return;
    if (this.options.session) await this.options.session.signOut();
    else await logout();
    this.staff = null;
    this._error = null;
    this._seenRevision = -1;
    this.options.signedOut?.();
    this.host.requestUpdate();
  }

  private subheading(): string {
    if (this.options.subheading) return this.options.subheading();
    const center = this.options.session?.catalog?.center;
    return center ? localName({ nameVi: center.name, nameEn: center.nameEn }) : '';
  }

  /** The screen: the sign-in form, or the frame around `content` (`chips`: status chips in the header). */
  render(content: () => unknown, chips: unknown = nothing): TemplateResult {
    const { options } = this;
    if (!this.staff) {
      return html`<mc-staff-login
        permission=${options.permission}
        heading=${options.heading()}
        audience=${options.audience?.() ?? ''}
        @mc-signed-in=${(e: McEvent<'mc-signed-in'>) => void this.signIn(e.detail)}
      ></mc-staff-login>`;
    }
    const connected = options.connected?.() ?? options.session?.connected ?? true;
    return html`
      <mc-connection-status ?connected=${connected}></mc-connection-status>
      <mc-staff-header
        heading=${options.heading()}
        subheading=${this.subheading()}
        .staff=${this.staff}
        @mc-sign-out=${() => void this.signOut()}
        >${chips}</mc-staff-header
      >
      <mc-error-alert testid=${options.errorTestid} .message=${this._error} @mc-dismiss=${() => (this.error = null)}></mc-error-alert>
      ${this._signingIn ? html`<p class="loading" role="status">${t('center.loading')}</p>` : content()}
    `;
  }
}
