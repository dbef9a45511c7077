import { LitElement, css, html } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { can, type Permission } from '../../shared/permissions.js';
import type { StaffView } from '../../shared/types.js';
import '../components/mc-lang-switch.js';
import { login, me } from '../data/auth.js';
import { LangController, t } from '../i18n/lang.js';
import { fire } from '../events.js';
import { staffStyles } from './staff-styles.js';

/**
 * Staff sign-in for every staff screen. Skips the form when the browser already has a session,
 * and only lets through accounts allowed to use the screen.
 *
 * @fires mc-signed-in - an account allowed here signed in (or already was); detail: its StaffView
 */
@customElement('mc-staff-login')
export class McStaffLogin extends LitElement {
  @property() permission: Permission = 'counter:operate';
  @property() heading = '';
  /** Who the screen is for, named in the refusal shown to other accounts (default: a general refusal). */
  @property() audience = '';
  @state() private _checking = true;
  @state() private _busy = false;
  @state() private _error: string | null = null;
  @query('input[name=username]') private _username?: HTMLInputElement;
  @query('input[name=password]') private _password?: HTMLInputElement;

  static override styles = [
    staffStyles,
    css`
      :host {
        display: block;
        min-height: 100vh;
        padding: 24px;
        background: var(--mc-surface);
      }
      .top {
        display: flex;
        justify-content: flex-end;
      }
      form {
        display: grid;
        gap: 18px;
        max-width: 520px;
        margin: 24px auto 0;
        padding: 32px;
        background: var(--mc-bg);
        border: 2px solid var(--mc-border);
        border-radius: var(--mc-radius);
      }
      h1 {
        margin: 0;
        font-size: 2rem;
        color: var(--mc-primary);
      }
      h2 {
        margin: 0;
        font-size: 1.3rem;
      }
      label {
        display: grid;
        gap: 6px;
        font-size: 1.15rem;
        font-weight: 700;
      }
      input {
        font-size: 1.3rem;
      }
      .error {
        margin: 0;
        font-size: 1.15rem;
        font-weight: 700;
        color: var(--mc-accent);
      }
      button {
        min-height: 64px;
        font-size: 1.3rem;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.checkSession();
  }

  private async checkSession(): Promise<void> {
    const res = await me();
    this._checking = false;
    // A refusal here only means nobody is signed in on this browser: show the form.
    if (!('error' in res)) this.accept(res.staff);
    await this.updateComplete;
    this._username?.focus();
  }

  private async submit(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const username = this._username?.value.trim() ?? '';
    const password = this._password?.value ?? '';
    if (!username || !password) {
      this._error = t('counter.login.missing');
      (username ? this._password : this._username)?.focus();
      return;
    }
    this._busy = true;
    const res = await login({ username, password });
    this._busy = false;
    if ('error' in res) {
      this._error = res.error.message;
      await this.updateComplete;
      this._password?.select();
    } else {
      this.accept(res.staff);
    }
  }

  private accept(staff: StaffView): void {
    if (!can(staff.role, this.permission)) {
      this._error = this.audience
        ? t('counter.login.onlyFor', { name: staff.displayName, audience: this.audience })
        : t('counter.login.notAllowed', { name: staff.displayName });
      return;
    }
    this._error = null;
    fire(this, 'mc-signed-in', staff);
  }

  override render() {
    return html`
      <div class="top"><mc-lang-switch></mc-lang-switch></div>
      <form novalidate @submit=${(e: SubmitEvent) => this.submit(e)} aria-labelledby="heading">
        <h1 id="heading">${this.heading}</h1>
        <h2>${t('counter.login.title')}</h2>
        ${
          this._checking
            ? html`<p role="status">${t('counter.login.checking')}</p>`
            : html`
                <label>
                  ${t('counter.login.username')}
                  <input name="username" autocomplete="username" autocapitalize="off" spellcheck="false" data-testid="login-username" />
                </label>
                <label>
                  ${t('counter.login.password')}
                  <input name="password" type="password" autocomplete="current-password" data-testid="login-password" />
                </label>
              `
        }
        <p class="error" role="alert" data-testid="login-error">${this._error ?? ''}</p>
        <button class="primary" type="submit" data-testid="login-submit" ?disabled=${this._checking || this._busy}>
          ${this._busy ? t('counter.login.busy') : t('counter.login.submit')}
        </button>
      </form>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-staff-login': McStaffLogin;
  }
  interface HTMLElementEventMap {
    'mc-signed-in': CustomEvent<StaffView>;
  }
}
