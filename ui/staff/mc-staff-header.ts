import { LitElement, css, html } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { StaffView } from '../../shared/types.js';
import '../components/mc-lang-switch.js';
import { LangController, t } from '../i18n/lang.js';
import { fire } from '../events.js';
import { staffStyles } from './staff-styles.js';

/**
 * The top bar of a staff screen: what this screen is, who is signed in, language, sign-out
 * (the screen decides what to tidy up first). The slot holds status chips.
 *
 * @fires mc-sign-out - the staff member pressed sign-out
 */
@customElement('mc-staff-header')
export class McStaffHeader extends LitElement {
  @property() heading = '';
  @property() subheading = '';
  @property({ attribute: false }) staff: StaffView | null = null;

  static override styles = [
    staffStyles,
    css`
      /* Nothing is cut short: the center's name goes under the screen's, and on a screen too
         narrow for all of it the parts wrap onto a second row rather than clip. */
      :host {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 4px 16px;
        padding: 6px 16px;
        color: var(--mc-primary-fg);
        background: var(--mc-primary);
      }
      .what {
        display: flex;
        flex-direction: column;
        min-width: 0;
      }
      h1 {
        margin: 0;
        font-size: 1.9rem;
        line-height: 1.15;
      }
      .sub {
        font-size: 1rem;
        line-height: 1.25;
      }
      ::slotted(*) {
        flex: none;
      }
      .staff {
        margin-left: auto;
        font-size: 1.1rem;
        font-weight: 700;
        text-align: right;
      }
      .staff small {
        display: block;
        font-size: 0.8rem;
        font-weight: 400;
      }
      button {
        flex: none;
        min-height: 48px;
        white-space: nowrap;
        color: var(--mc-primary-fg);
        background: transparent;
        border-color: var(--mc-primary-fg);
      }
      mc-lang-switch {
        flex: none;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override render() {
    return html`
      <div class="what">
        <h1>${this.heading}</h1>
        <span class="sub">${this.subheading}</span>
      </div>
      <slot></slot>
      <div class="staff" data-testid="staff-name">
        <small data-testid="staff-role">${this.staff ? t(`role.${this.staff.role}`) : ''}</small>${this.staff?.displayName ?? ''}
      </div>
      <mc-lang-switch></mc-lang-switch>
      <button type="button" data-testid="logout" @click=${() => fire(this, 'mc-sign-out')}>${t('counter.logout')}</button>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-staff-header': McStaffHeader;
  }
  interface HTMLElementEventMap {
    'mc-sign-out': CustomEvent<null>;
  }
}
