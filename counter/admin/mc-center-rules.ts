import { LitElement, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { errorMessage } from '../../shared/errors.js';
import { parseAgencyCode } from '../../shared/rules/dossier-code.js';
import type { NearNoticeRequest, QueueRulesRequest, VoiceSettingsRequest } from '../../shared/schemas.js';
import type { CenterInfo, NearNoticeBy, PriorityMode } from '../../shared/types.js';
import { isVoiceTemplate } from '../../shared/voice.js';
import { isLoopbackUrl, isPublicUrlShape } from '../../shared/rules/public-url.js';
import { saveAgencyCode, saveNearNotice, savePersonalData, savePublicUrl, saveQueueRules, saveVoice } from '../../ui/data/centers.js';
import { LangController, lang, t } from '../../ui/i18n/lang.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';

type Section = 'rules' | 'voice' | 'agency' | 'near' | 'address' | 'personal';

/**
 * The center's own rules, each part saved on its own: how priority citizens are called (strictly
 * first, or one after every N others), recalls before a no-show, the board's long-wait alert; the
 * sentence the wall speaks for a call; the agency code its dossier codes begin with (checked by the
 * dossier-code rule's agency part); when a phone that opted in is told its ticket nears the front
 * (places ahead or minutes); and the address phones open from the tickets' QR codes. Edits stay
 * local until Save.
 *
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-center-rules')
export class McCenterRules extends LitElement {
  @property({ attribute: false }) center: CenterInfo | null = null;
  @state() private _rules: QueueRulesRequest | null = null;
  @state() private _voice: VoiceSettingsRequest | null = null;
  /** The agency code as typed ('' for none). */
  @state() private _agency = '';
  @state() private _near: NearNoticeRequest | null = null;
  /** The public address as typed; '' goes back to the server's default. */
  @state() private _address = '';
  /** Months Form 01's name and phone are kept. */
  @state() private _personalMonths = 24;
  @state() private _dirty = new Set<Section>();
  @state() private _saved: Section | null = null;

  static override styles = [staffStyles, adminPanelStyles];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    const c = this.center;
    if (!changed.has('center') || !c) return;
    if (!this._dirty.has('rules')) {
      this._rules = {
        priorityMode: c.priorityMode,
        priorityEvery: c.priorityEvery,
        recallsBeforeNoShow: c.recallsBeforeNoShow,
        waitAlertMinutes: c.waitAlertMinutes,
      };
    }
    if (!this._dirty.has('voice')) this._voice = { templateVi: c.voiceTemplateVi, templateEn: c.voiceTemplateEn };
    if (!this._dirty.has('agency')) this._agency = c.agencyCode ?? '';
    if (!this._dirty.has('near')) this._near = { by: c.nearNoticeBy, at: c.nearNoticeAt };
    if (!this._dirty.has('address')) this._address = c.publicUrl ?? '';
    if (!this._dirty.has('personal')) this._personalMonths = c.personalDataMonths;
  }

  private editRules(change: Partial<QueueRulesRequest>): void {
    if (!this._rules) return;
    this._rules = { ...this._rules, ...change };
    this.edited('rules');
  }

  private editVoice(change: Partial<VoiceSettingsRequest>): void {
    if (!this._voice) return;
    this._voice = { ...this._voice, ...change };
    this.edited('voice');
  }

  private editNear(change: Partial<NearNoticeRequest>): void {
    if (!this._near) return;
    this._near = { ...this._near, ...change };
    this.edited('near');
  }

  private edited(section: Section): void {
    this._dirty = new Set(this._dirty).add(section);
    this._saved = null;
  }

  private async save(section: Section): Promise<void> {
    const center = this.center;
    if (!center || !this._rules || !this._voice || !this._near) return;
    // Said in words before asking the server, whose refusal names the fields in code.
    if (section === 'voice' && !(isVoiceTemplate(this._voice.templateVi) && isVoiceTemplate(this._voice.templateEn))) {
      return reportError(this, t('admin.voice.hint', { number: '{number}', counter: '{counter}' }));
    }
    const agency = this._agency.trim() === '' ? null : parseAgencyCode(this._agency);
    if (section === 'agency' && agency && !agency.ok)
      return reportError(this, errorMessage('agency-code-invalid', { code: agency.code }, lang()));
    const res =
      section === 'rules'
        ? await saveQueueRules(center.id, this._rules)
        : section === 'voice'
          ? await saveVoice(center.id, this._voice)
          : section === 'agency'
            ? await saveAgencyCode(center.id, { agencyCode: agency?.ok ? agency.agency : null })
            : section === 'near'
              ? await saveNearNotice(center.id, this._near)
              : section === 'personal'
                ? await savePersonalData(center.id, { retentionMonths: this._personalMonths })
                : await savePublicUrl(center.id, { publicUrl: this._address.trim() || null });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    const dirty = new Set(this._dirty);
    dirty.delete(section);
    this._dirty = dirty;
    this._saved = section;
    this.center = res;
    if (section === 'agency') this._agency = res.agencyCode ?? '';
  }

  /** A part's Save button, with whether it is saved or has unsaved changes. */
  private saveRow(section: Section, testid: string, label: string) {
    return html`<div class="save">
      <span class="saved" role="status">
        ${this._saved === section ? t('admin.saved') : this._dirty.has(section) ? t('admin.unsaved') : ''}
      </span>
      <button type="button" class="primary" data-testid=${testid} @click=${() => void this.save(section)}>${label}</button>
    </div>`;
  }

  override render() {
    const rules = this._rules;
    const voice = this._voice;
    const near = this._near;
    if (!rules || !voice || !near) return html``;
    const number = (e: Event) => Math.round(Number((e.target as HTMLInputElement).value));
    const mode = (value: PriorityMode, label: string) =>
      html`<label class="check">
        <input
          type="radio"
          name="priority-mode"
          value=${value}
          data-testid="priority-${value}"
          .checked=${rules.priorityMode === value}
          @change=${() => this.editRules({ priorityMode: value })}
        />
        ${label}
      </label>`;
    const nearBy = (value: NearNoticeBy, label: string) =>
      html`<label class="check">
        <input
          type="radio"
          name="near-notice-by"
          value=${value}
          data-testid="near-${value}"
          .checked=${near.by === value}
          @change=${() => this.editNear({ by: value })}
        />
        ${label}
      </label>`;
    return html`
      <h2>${t('admin.rules.title')}</h2>
      <div class="form" role="radiogroup" aria-label=${t('admin.rules.priority')}>
        <h3>${t('admin.rules.priority')}</h3>
        ${mode('strict', t('admin.rules.strict'))} ${mode('interleaved', t('admin.rules.interleaved'))}
      </div>
      <div class="form">
        <label
          >${t('admin.rules.every')}
          <input
            type="number"
            min="1"
            max="20"
            data-testid="priority-every"
            .value=${String(rules.priorityEvery)}
            ?disabled=${rules.priorityMode === 'strict'}
            @input=${(e: Event) => this.editRules({ priorityEvery: number(e) })}
          />
        </label>
        <label
          >${t('admin.rules.recalls')}
          <input
            type="number"
            min="0"
            max="5"
            data-testid="recalls-before-no-show"
            .value=${String(rules.recallsBeforeNoShow)}
            @input=${(e: Event) => this.editRules({ recallsBeforeNoShow: number(e) })}
          />
        </label>
        <label
          >${t('admin.rules.waitAlert')}
          <input
            type="number"
            min="5"
            max="240"
            data-testid="wait-alert-minutes"
            .value=${String(rules.waitAlertMinutes)}
            @input=${(e: Event) => this.editRules({ waitAlertMinutes: number(e) })}
          />
        </label>
      </div>
      ${this.saveRow('rules', 'queue-rules-save', t('admin.rules.save'))}

      <h2>${t('admin.voice.title')}</h2>
      <p class="muted">${t('admin.voice.hint', { number: '{number}', counter: '{counter}' })}</p>
      <div class="form">
        <label
          >${t('admin.voice.vi')}
          <textarea
            rows="2"
            maxlength="300"
            data-testid="voice-vi"
            .value=${voice.templateVi}
            @input=${(e: Event) => this.editVoice({ templateVi: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </label>
        <label
          >${t('admin.voice.en')}
          <textarea
            rows="2"
            maxlength="300"
            data-testid="voice-en"
            .value=${voice.templateEn}
            @input=${(e: Event) => this.editVoice({ templateEn: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </label>
      </div>
      ${this.saveRow('voice', 'voice-save', t('admin.voice.save'))}

      <h2>${t('admin.agency.title')}</h2>
      <p class="muted">${t('admin.agency.hint')}</p>
      <div class="form">
        <label
          >${t('admin.agency.label')}
          <input
            type="text"
            maxlength="64"
            autocomplete="off"
            spellcheck="false"
            placeholder="000.00.01.H26"
            data-testid="agency-code"
            .value=${this._agency}
            @input=${(e: Event) => {
              this._agency = (e.target as HTMLInputElement).value;
              this.edited('agency');
            }}
          />
        </label>
      </div>
      ${this.saveRow('agency', 'agency-code-save', t('admin.agency.save'))}
      <h2>${t('admin.personal.title')}</h2>
      <p class="muted">${t('admin.personal.hint')}</p>
      <div class="form">
        <label
          >${t('admin.personal.months')}
          <input
            type="number"
            min="1"
            max="120"
            data-testid="personal-data-months"
            .value=${String(this._personalMonths)}
            @input=${(e: Event) => {
              this._personalMonths = number(e);
              this.edited('personal');
            }}
          />
        </label>
      </div>
      ${this.saveRow('personal', 'personal-data-save', t('admin.personal.save'))}
      <h2>${t('admin.near.title')}</h2>
      <p class="muted">${t('admin.near.hint')}</p>
      <div class="form" role="radiogroup" aria-label=${t('admin.near.title')}>
        ${nearBy('places', t('admin.near.places'))} ${nearBy('minutes', t('admin.near.minutes'))}
      </div>
      <div class="form">
        <label
          >${t('admin.near.at')}
          <input
            type="number"
            min=${near.by === 'places' ? 0 : 1}
            max=${near.by === 'places' ? 20 : 120}
            data-testid="near-at"
            .value=${String(near.at)}
            @input=${(e: Event) => this.editNear({ at: number(e) })}
          />
        </label>
      </div>
      ${this.saveRow('near', 'near-save', t('admin.near.save'))} ${this.renderAddress(this.center)}
    `;
  }

  /** Where the QR codes lead now, and a warning when no phone can open it. */
  private renderAddress(center: CenterInfo | null) {
    const now = center?.qrUrl ?? null;
    const typed = this._address.trim();
    const unreachable = (now !== null && isLoopbackUrl(now)) || (isPublicUrlShape(typed) && isLoopbackUrl(typed));
    return html`
      <h2>${t('admin.publicUrl.title')}</h2>
      <p class="muted">${t('admin.publicUrl.hint')}</p>
      <div class="form">
        <label
          >${t('admin.publicUrl.label')}
          <input
            type="url"
            inputmode="url"
            maxlength="200"
            placeholder="https://motcua.example.vn"
            data-testid="public-url"
            .value=${this._address}
            @input=${(e: Event) => {
              this._address = (e.target as HTMLInputElement).value;
              this.edited('address');
            }}
          />
        </label>
      </div>
      <p class="muted" data-testid="public-url-now">${now ? t('admin.publicUrl.now', { url: now }) : t('admin.publicUrl.kiosk')}</p>
      ${unreachable ? html`<p class="warn" role="note">${t('admin.publicUrl.loopback')}</p>` : ''}
      ${this.saveRow('address', 'public-url-save', t('admin.publicUrl.save'))}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-center-rules': McCenterRules;
  }
}
