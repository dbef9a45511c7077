import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { FastTrackSettingsRequest } from '../../shared/schemas.js';
import type { CalendarView, CatalogView } from '../../shared/types.js';
import { saveFastTrack } from '../../ui/data/calendar.js';
import { LangController, localName, t } from '../../ui/i18n/lang.js';
import { fire } from '../../ui/events.js';
import { reportError } from '../../ui/staff/report-error.js';
import { staffStyles } from '../../ui/staff/staff-styles.js';
import { adminPanelStyles } from './admin-styles.js';
import { WEEK_ORDER } from './calendar-model.js';

/** A listed procedure's checklist as typed: one document per line. */
interface Checklist {
  vi: string;
  en: string;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * The fast track ("Thứ Sáu không hẹn"): its weekdays, the procedures it takes with the documents a
 * complete dossier needs (one per line, in both languages), and the counters that serve it.
 * Edits stay local until Save (`mc-calendar-changed`).
 *
 * @fires mc-calendar-changed - the calendar as saved
 * @fires mc-error - a refusal to show in the screen's alert region (null: clears it)
 */
@customElement('mc-fast-track-settings')
export class McFastTrackSettings extends LitElement {
  @property({ attribute: false }) calendar: CalendarView | null = null;
  @property({ attribute: false }) catalog: CatalogView | null = null;
  @state() private _days: number[] = [];
  @state() private _procedures = new Map<number, Checklist>();
  @state() private _counterIds: number[] = [];
  @state() private _dirty = false;
  @state() private _saved = false;

  static override styles = [
    staffStyles,
    adminPanelStyles,
    css`
      .days,
      .counters {
        display: flex;
        flex-wrap: wrap;
        gap: 0 14px;
      }
      /* The procedures flow in columns across the panel's width, a procedure never split. */
      .fields {
        columns: 520px;
        column-gap: 16px;
      }
      .field {
        margin: 8px 0 2px;
        font-weight: 800;
        break-after: avoid;
      }
      .procedure {
        break-inside: avoid;
        margin-bottom: 4px;
        padding: 2px 8px;
        background: #fff;
        border: 1px solid #9aa5b1;
        border-radius: 8px;
      }
      .procedure .pair {
        margin: 2px 0 8px;
      }
      textarea {
        min-height: 96px;
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('calendar') && this.calendar && !this._dirty) {
      const ft = this.calendar.fastTrack;
      this._days = [...ft.days];
      this._procedures = new Map(ft.procedures.map((p) => [p.procedureId, { vi: p.checklistVi.join('\n'), en: p.checklistEn.join('\n') }]));
      this._counterIds = [...ft.counterIds];
    }
  }

  private edit(): void {
    this._dirty = true;
    this._saved = false;
  }

  private toggle(list: number[], id: number, on: boolean): number[] {
    this.edit();
    return on ? [...list, id] : list.filter((x) => x !== id);
  }

  private toggleProcedure(id: number, on: boolean): void {
    const next = new Map(this._procedures);
    if (on) next.set(id, { vi: '', en: '' });
    else next.delete(id);
    this._procedures = next;
    this.edit();
  }

  private setChecklist(id: number, change: Partial<Checklist>): void {
    const current = this._procedures.get(id);
    if (!current) return;
    this._procedures = new Map(this._procedures).set(id, { ...current, ...change });
    this.edit();
  }

  private async save(): Promise<void> {
    const catalog = this.catalog;
    if (!catalog) return;
    const procedures: FastTrackSettingsRequest['procedures'] = [];
    for (const [procedureId, list] of this._procedures) {
      const checklistVi = lines(list.vi);
      const checklistEn = lines(list.en);
      if (checklistVi.length === 0 || checklistEn.length === 0) {
        const procedure = catalog.procedures.find((p) => p.id === procedureId);
        return reportError(this, t('admin.fastTrack.checklistMissing', { name: procedure ? localName(procedure) : '' }));
      }
      procedures.push({ procedureId, checklistVi, checklistEn });
    }
    const res = await saveFastTrack(catalog.center.id, { days: this._days, procedures, counterIds: this._counterIds });
    if ('error' in res) return reportError(this, res.error.message);
    reportError(this, null);
    this._dirty = false;
    this._saved = true;
    fire(this, 'mc-calendar-changed', res);
  }

  override render() {
    const catalog = this.catalog;
    if (!catalog) return html``;
    return html`
      <h2>${t('admin.fastTrack.title')}</h2>
      <h3>${t('admin.fastTrack.days')}</h3>
      <div class="days">
        ${WEEK_ORDER.map(
          (w) =>
            html`<label class="check">
              <input
                type="checkbox"
                data-testid="fast-track-day-${w}"
                .checked=${this._days.includes(w)}
                @change=${(e: Event) => (this._days = this.toggle(this._days, w, (e.target as HTMLInputElement).checked))}
              />
              ${t(`admin.weekday.long.${w}`)}
            </label>`,
        )}
      </div>
      <h3>${t('admin.fastTrack.procedures')}</h3>
      <p class="muted">${t('admin.fastTrack.proceduresHint')}</p>
      <div class="fields">
        ${[...catalog.fields]
          .sort((a, b) => a.sort - b.sort)
          .map(
            (field) =>
              html`<div class="field">${field.prefix} · ${localName(field)}</div>
                ${catalog.procedures
                  .filter((p) => p.fieldId === field.id)
                  .map((p) => {
                    const list = this._procedures.get(p.id);
                    const name = localName(p);
                    return html`<div class="procedure">
                      <label class="check">
                        <input
                          type="checkbox"
                          data-testid="fast-track-procedure-${p.id}"
                          .checked=${list !== undefined}
                          @change=${(e: Event) => this.toggleProcedure(p.id, (e.target as HTMLInputElement).checked)}
                        />
                        ${name}
                      </label>
                      ${
                        list
                          ? html`<div class="pair">
                              <label
                                >${t('admin.fastTrack.checklistVi')}
                                <textarea
                                  data-testid="checklist-vi-${p.id}"
                                  aria-label="${name}: ${t('admin.fastTrack.checklistVi')}"
                                  .value=${list.vi}
                                  @input=${(e: Event) => this.setChecklist(p.id, { vi: (e.target as HTMLTextAreaElement).value })}
                                ></textarea>
                              </label>
                              <label
                                >${t('admin.fastTrack.checklistEn')}
                                <textarea
                                  data-testid="checklist-en-${p.id}"
                                  aria-label="${name}: ${t('admin.fastTrack.checklistEn')}"
                                  .value=${list.en}
                                  @input=${(e: Event) => this.setChecklist(p.id, { en: (e.target as HTMLTextAreaElement).value })}
                                ></textarea>
                              </label>
                            </div>`
                          : ''
                      }
                    </div>`;
                  })}`,
          )}
      </div>
      <h3>${t('admin.fastTrack.counters')}</h3>
      <div class="counters">
        ${catalog.counters.map(
          (c) =>
            html`<label class="check">
              <input
                type="checkbox"
                data-testid="fast-track-counter-${c.number}"
                .checked=${this._counterIds.includes(c.id)}
                @change=${(e: Event) => (this._counterIds = this.toggle(this._counterIds, c.id, (e.target as HTMLInputElement).checked))}
              />
              ${t('ticket.counter', { number: c.number })}
            </label>`,
        )}
      </div>
      <div class="save">
        <span class="saved" role="status">${this._saved ? t('admin.saved') : this._dirty ? t('admin.unsaved') : ''}</span>
        <button type="button" class="primary" data-testid="fast-track-save" @click=${() => void this.save()}>
          ${t('admin.fastTrack.save')}
        </button>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-fast-track-settings': McFastTrackSettings;
  }
  interface HTMLElementEventMap {
    'mc-calendar-changed': CustomEvent<CalendarView>;
  }
}
