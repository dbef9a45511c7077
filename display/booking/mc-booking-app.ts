import { LitElement, css, html, type PropertyValues } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { formatMinutes, type CenterCalendar } from '../../shared/rules/sessions.js';
import type { BookingView, CatalogView, Field, Procedure, SlotView } from '../../shared/types.js';
import { book, listSlots } from '../../ui/data/bookings.js';
import { getCalendar, getSessionStatus } from '../../ui/data/calendar.js';
import { getCatalog, resolveCenterId } from '../../ui/data/centers.js';
import type { McEvent } from '../../ui/events.js';
import { formatDay, formatWeekday } from '../../ui/format.js';
import { LangController, localName, plural, t } from '../../ui/i18n/lang.js';
import '../../ui/components/mc-lang-switch.js';
import { outreachPlace } from '../common/session-format.js';
import { calendarRules } from '../../shared/rules/session-status.js';
import { bookableDays, type BookableDay } from './booking-calendar.js';
import { phoneHeaderStyles } from '../common/phone-header-styles.js';
import { bookingStyles } from './booking-styles.js';
import './mc-booking-choices.js';
import type { BookingChoice } from './mc-booking-choices.js';
import './mc-booking-confirmation.js';
import './mc-booking-form.js';
import type { BookingPerson } from './mc-booking-form.js';
import './mc-booking-lookup.js';
import { summarize } from './summarize.js';

type Step =
  | { step: 'field' }
  | { step: 'procedure'; field: Field }
  | { step: 'date'; field: Field; procedure: Procedure }
  | { step: 'slot'; field: Field; procedure: Procedure; day: BookableDay; slots: SlotView[] | null }
  | { step: 'details'; field: Field; procedure: Procedure; day: BookableDay; slot: SlotView }
  | { step: 'done'; booking: BookingView };

const STEPS = 5;

type Loading = 'loading' | 'not-found' | 'unavailable' | 'ready';

/** Loaded once per visit: what can be booked, and the server's "now" that decides which days are left. */
interface Center {
  catalog: CatalogView;
  calendar: CenterCalendar;
  lateMinutes: number;
  now: number;
}

/** Places left in a slot: the slot's own and the procedure's share of it, whichever runs out first. */
function placesLeft(slot: SlotView): number {
  return Math.max(0, Math.min(slot.capacity - slot.booked, slot.procedureCapacity - slot.procedureBooked));
}

/**
 * The public booking page, phone first: field → procedure → day → time → name → a 6-digit code with
 * its QR, to type at the kiosk on arrival. Below, look up or cancel a booking by its code.
 */
@customElement('mc-booking-app')
export class McBookingApp extends LitElement {
  @state() private _loading: Loading = 'loading';
  @state() private _center: Center | null = null;
  @state() private _step: Step = { step: 'field' };
  @state() private _error = '';
  @state() private _busy = false;
  private _centerId = '';

  static override styles = [
    bookingStyles,
    phoneHeaderStyles,
    css`
      main {
        max-width: 640px;
        margin: 0 auto;
        padding: 16px 16px 40px;
      }
      .intro {
        margin: 0 0 16px;
        font-size: 1.05rem;
        line-height: 1.4;
      }
      .step {
        margin: 0;
        font-size: 1rem;
        font-weight: 700;
        color: var(--mc-muted);
      }
      .path {
        margin: 0 0 14px;
        font-size: 1.05rem;
        font-weight: 700;
        line-height: 1.35;
      }
      .back {
        margin-top: 16px;
      }
      .session {
        margin: 18px 0 8px;
        font-size: 1.15rem;
      }
      .session:first-of-type {
        margin-top: 0;
      }
      .notice {
        margin: 24px 0;
        font-size: 1.2rem;
        font-weight: 700;
      }
      hr {
        margin: 36px 0 24px;
        border: 0;
        border-top: 3px solid var(--mc-surface);
      }
    `,
  ];

  constructor() {
    super();
    new LangController(this);
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  protected override updated(changed: PropertyValues) {
    // A phone shows each step from its top, not where the last tap left the page; a refusal is
    // brought into view, since it shows above the button that was tapped.
    if (changed.get('_step') !== undefined) window.scrollTo(0, 0);
    if (changed.has('_error') && this._error) {
      this.renderRoot.querySelector('[role="alert"]')?.scrollIntoView({ block: 'center' });
    }
  }

  private async load() {
    this._loading = 'loading';
    const centerId = this._centerId || (await resolveCenterId());
    if (!centerId) {
      this._loading = 'not-found';
      return;
    }
    this._centerId = centerId;
    const [catalog, calendar, status] = await Promise.all([getCatalog(centerId), getCalendar(centerId), getSessionStatus(centerId)]);
    if ('error' in catalog) {
      this._loading = catalog.error.code === 'center-not-found' ? 'not-found' : 'unavailable';
      return;
    }
    if ('error' in calendar || 'error' in status) {
      this._loading = 'unavailable';
      return;
    }
    this._center = {
      catalog,
      calendar: calendarRules(calendar).calendar,
      lateMinutes: calendar.booking.lateMinutes,
      now: status.serverTime,
    };
    this._loading = 'ready';
  }

  private go(step: Step) {
    this._error = '';
    this._step = step;
  }

  private async chooseDay(step: Extract<Step, { step: 'date' }>, day: BookableDay, error = '') {
    this.go({ ...step, step: 'slot', day, slots: null });
    this._error = error;
    const res = await listSlots(this._centerId, day.date, step.procedure.id);
    // The citizen may have gone back meanwhile.
    if (this._step.step !== 'slot' || this._step.day !== day) return;
    if ('error' in res) this._error = res.error.message;
    else this._step = { ...this._step, slots: res.slots };
  }

  private async submit(step: Extract<Step, { step: 'details' }>, person: BookingPerson) {
    if (this._busy) return;
    this._busy = true;
    const res = await book(this._centerId, {
      procedureId: step.procedure.id,
      date: step.day.date,
      slotStart: step.slot.start,
      ...person,
    });
    this._busy = false;
    if (!('error' in res)) {
      this.go({ step: 'done', booking: res });
      return;
    }
    const { field, procedure, day } = step;
    if (res.error.code === 'slot-full') {
      // Someone took the last place meanwhile: show the times again, as they are now.
      void this.chooseDay({ step: 'date', field, procedure }, day, res.error.message);
      return;
    }
    // A refused phone number gets the hint of what one looks like.
    this._error = res.error.fields?.some((f) => f.path === 'phone') ? t('booking.phoneInvalid') : res.error.message;
  }

  private heading(n: number, title: string, path: string[] = []) {
    return html`<p class="step">${t('booking.step', { step: n, total: STEPS })}</p>
      <h2>${title}</h2>
      ${path.length ? html`<p class="path">${path.join(' › ')}</p>` : ''}`;
  }

  private back(step: Step) {
    return html`<button type="button" class="secondary back" @click=${() => this.go(step)}>← ${t('action.back')}</button>`;
  }

  private dayLabel(date: string) {
    return formatDay(date, { weekday: true });
  }

  private renderStep({ catalog, calendar, lateMinutes, now }: Center) {
    const step = this._step;
    switch (step.step) {
      case 'field': {
        const fields = catalog.fields.filter((f) => catalog.procedures.some((p) => p.fieldId === f.id));
        return html`${this.heading(1, t('booking.chooseField'))}
          <mc-booking-choices
            .choices=${fields.map((f): BookingChoice => ({
              key: String(f.id),
              label: `${f.prefix} · ${localName(f)}`,
              testid: `booking-field-${f.prefix}`,
            }))}
            @mc-choice-picked=${(e: McEvent<'mc-choice-picked'>) => {
              const field = fields.find((f) => String(f.id) === e.detail);
              if (field) this.go({ step: 'procedure', field });
            }}
          ></mc-booking-choices>`;
      }
      case 'procedure': {
        const procedures = catalog.procedures.filter((p) => p.fieldId === step.field.id && p.slotCapacity > 0);
        return html`${this.heading(2, t('booking.chooseProcedure'), [localName(step.field)])}
          <mc-booking-choices
            .choices=${procedures.map((p): BookingChoice => ({
              key: String(p.id),
              label: localName(p),
              testid: `booking-procedure-${p.id}`,
            }))}
            @mc-choice-picked=${(e: McEvent<'mc-choice-picked'>) => {
              const procedure = procedures.find((p) => String(p.id) === e.detail);
              if (procedure) this.go({ step: 'date', field: step.field, procedure });
            }}
          ></mc-booking-choices>
          ${this.back({ step: 'field' })}`;
      }
      case 'date': {
        const days = bookableDays(calendar, now);
        return html`${this.heading(3, t('booking.chooseDate'), [localName(step.procedure)])}
          ${days.length === 0 ? html`<p class="notice">${t('booking.noDates')}</p>` : ''}
          <mc-booking-choices
            min-width="150px"
            .choices=${days.map((d): BookingChoice => {
              const place = d.sessions.map((s) => s.outreach && outreachPlace(s.outreach)).find(Boolean);
              return {
                key: d.date,
                label: formatWeekday(d.date),
                detail: place ? `${formatDay(d.date)} · ${t('booking.outreachDay', { place })}` : formatDay(d.date),
                testid: `booking-date-${d.date}`,
              };
            })}
            @mc-choice-picked=${(e: McEvent<'mc-choice-picked'>) => {
              const day = days.find((d) => d.date === e.detail);
              if (day) void this.chooseDay(step, day);
            }}
          ></mc-booking-choices>
          ${this.back({ step: 'procedure', field: step.field })}`;
      }
      case 'slot':
        return html`${this.heading(4, t('booking.chooseSlot'), [localName(step.procedure), this.dayLabel(step.day.date)])}
        ${step.slots === null ? html`<p class="notice" role="status">${t('booking.loadingSlots')}</p>` : this.renderSlots(step)}
        ${this.back({ step: 'date', field: step.field, procedure: step.procedure })}`;
      case 'details':
        return html`${this.heading(5, t('booking.details'))}
          <mc-booking-form
            .summary=${summarize(
              { procedureId: step.procedure.id, date: step.day.date, slotStart: step.slot.start, slotEnd: step.slot.end },
              catalog,
              calendar,
            )}
            ?busy=${this._busy}
            @mc-person-submit=${(e: McEvent<'mc-person-submit'>) => void this.submit(step, e.detail)}
          ></mc-booking-form>
          ${this.back({ step: 'slot', field: step.field, procedure: step.procedure, day: step.day, slots: null })}`;
      case 'done':
        return html`<mc-booking-confirmation
          .code=${step.booking.code}
          .summary=${{ ...summarize(step.booking, catalog, calendar), citizenName: step.booking.citizenName }}
          .lateMinutes=${lateMinutes}
          @mc-book-again=${() => this.go({ step: 'field' })}
        ></mc-booking-confirmation>`;
    }
  }

  /** The day's times, under the session each belongs to (and its place, for an outreach session). */
  private renderSlots(step: Extract<Step, { step: 'slot' }>) {
    // A slot refused although it has room has already begun (earlier today): not worth showing.
    const slots = (step.slots ?? []).filter((s) => s.available || placesLeft(s) === 0);
    if (slots.length === 0) return html`<p class="notice">${t('booking.noSlots')}</p>`;
    return step.day.sessions.map((session) => {
      const own = slots.filter((s) => session.start <= s.start && s.start < session.end);
      if (own.length === 0) return '';
      const place = session.outreach && outreachPlace(session.outreach);
      return html`<h3 class="session">
          ${t('booking.session', { start: formatMinutes(session.start), end: formatMinutes(session.end) })}
          ${place ? html`<br />${t('booking.outreachDay', { place })}` : ''}
        </h3>
        <mc-booking-choices
          min-width="140px"
          .choices=${own.map((s): BookingChoice => {
            const left = s.available ? placesLeft(s) : 0;
            return {
              key: String(s.start),
              label: formatMinutes(s.start),
              detail: left > 0 ? plural('booking.slotFree', left) : t('booking.slotFull'),
              testid: `booking-slot-${formatMinutes(s.start).replace(':', '')}`,
              disabled: left === 0,
            };
          })}
          @mc-choice-picked=${(e: McEvent<'mc-choice-picked'>) => {
            const slot = own.find((s) => String(s.start) === e.detail);
            if (slot) this.go({ step: 'details', field: step.field, procedure: step.procedure, day: step.day, slot });
          }}
        ></mc-booking-choices>`;
    });
  }

  private renderBody() {
    const center = this._center;
    if (this._loading !== 'ready' || !center) {
      return html`<p class="notice" role="status">
          ${t(this._loading === 'loading' ? 'center.loading' : this._loading === 'not-found' ? 'center.notFound' : 'booking.unavailable')}
        </p>
        ${
          this._loading === 'unavailable'
            ? html`<button type="button" class="primary" @click=${() => void this.load()}>${t('booking.retry')}</button>`
            : ''
        }`;
    }
    return html`
      ${this._step.step === 'field' ? html`<p class="intro">${t('booking.intro')}</p>` : ''}
      ${this._error ? html`<p role="alert" data-testid="booking-error">${this._error}</p>` : ''}
      <section>${this.renderStep(center)}</section>
      <hr />
      <mc-booking-lookup .catalog=${center.catalog} .calendar=${center.calendar}></mc-booking-lookup>
    `;
  }

  override render() {
    const catalog = this._center?.catalog;
    return html`
      <header>
        <div class="names">
          ${catalog ? html`<p class="center">${localName({ nameVi: catalog.center.name, nameEn: catalog.center.nameEn })}</p>` : ''}
          <h1>${t('booking.title')}</h1>
        </div>
        <mc-lang-switch></mc-lang-switch>
      </header>
      <main>${this.renderBody()}</main>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'mc-booking-app': McBookingApp;
  }
}
