// What staff do at a counter: open it, call, recall, serve, finish, mark no-show, transfer, pause.
// Each action is one transaction; the events go out only after it commits.
import type { TicketCalled, TicketEventName } from '../../shared/events.js';
import { counterServes, pickNext } from '../../shared/rules/call-order.js';
import { localDate } from '../../shared/rules/local-time.js';
import { nextState, noShowAllowed, recallAllowed, type TicketAction } from '../../shared/rules/ticket-state.js';
import { routeAtFinish } from '../../shared/rules/visit-route.js';
import type { FinishRequest, TransferRequest } from '../../shared/schemas.js';
import type { CounterView, FastTrackDossier, PauseReason, StaffView, TicketView, WebhookDataByType } from '../../shared/types.js';
import {
  counterFieldIds,
  getCounterRow,
  getField,
  getProcedure,
  otherCountersHeldBy,
  setCounterState,
  type CounterRow,
} from '../store/catalog-queries.js';
import { processingDaysOf, resultDueDate } from '../../shared/rules/working-days.js';
import type { Store } from '../store/database.js';
import {
  getTicketRow,
  insertTicketEvent,
  markCalled,
  markEnded,
  markRecalled,
  markStarted,
  markTransferred,
  ticketAtCounter,
  toTicketView,
  visitLines,
  type TicketRow,
} from '../store/ticket-queries.js';
import { renewNearNotice } from '../store/push-queries.js';
import { recordFairness, waitingByField } from '../store/queue-queries.js';
import { recordPause } from '../store/indicator-queries.js';
import { setOutcome } from '../store/result-queries.js';
import type { CenterEventSink } from './center-events.js';
import type { CalendarService } from './calendar-service.js';
import type { DossierCodes } from './dossier-codes.js';
import type { FastTrackService } from './fast-track-service.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import { candidateOf } from './queue-places.js';
import type { QueueReader } from './queue-reader.js';
import { recordTicketEvent, webhookLines } from './ticket-outbox.js';

/** The outbox events of the actions on a counter's current ticket. */
type CurrentTicketEvent = 'ticket.started' | 'ticket.finished' | 'ticket.moved-on' | 'ticket.no-show' | 'ticket.transferred';

/** One action on a counter's current ticket: the state machine's action, the screens' event, the outbox event and the change. */
interface Step<K extends CurrentTicketEvent> {
  action: TicketAction;
  event: Exclude<TicketEventName, 'ticket:called'>;
  outboxType: K;
  /** Makes the change and answers what the outbox event carries beside the ticket. */
  apply: (row: TicketRow, now: number) => WebhookDataByType[K];
}
type AnyStep = { [K in CurrentTicketEvent]: Step<K> }[CurrentTicketEvent];

/** Writes a step's outbox event (one generic call per step, so its type and data stay paired). */
function applyStep<K extends CurrentTicketEvent>(store: Store, step: Step<K>, row: TicketRow, now: number): void {
  recordTicketEvent(store, step.outboxType, row.id, now, step.apply(row, now));
}

/** The number of the counter a called or served ticket is at. */
const counterNumberOf = (row: TicketRow): number => row.counter_number!;

export class CounterDesk {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly calendar: CalendarService,
    private readonly fastTrack: FastTrackService,
    private readonly dossiers: DossierCodes,
    private readonly emit: CenterEventSink,
  ) {}

  /** Staff sign in at a counter. Taking over a counter someone else holds needs `force`. */
  open(counterId: number, staff: StaffView, force = false): CounterView {
    this.store.transaction(() => {
      const counter = this.counterOfCenter(counterId, staff);
      if (counter.status !== 'closed' && counter.staff_id !== null && counter.staff_id !== staff.id && !force) {
        throw new DomainError('counter-taken', { name: counter.staff_name ?? '' });
      }
      // One person holds one counter: leaving another counter closes it.
      for (const otherId of otherCountersHeldBy(this.store, staff.id, counterId)) {
        if (!ticketAtCounter(this.store, otherId)) setCounterState(this.store, otherId, 'closed', null, null);
      }
      setCounterState(this.store, counterId, counter.status === 'paused' ? 'paused' : 'open', counter.pause_reason, staff.id);
    });
    return this.counterChanged(counterId);
  }

  close(counterId: number, staff: StaffView): CounterView {
    this.store.transaction(() => {
      this.heldCounter(counterId, staff);
      const current = ticketAtCounter(this.store, counterId);
      if (current) throw new DomainError('counter-busy', { number: current.number });
      setCounterState(this.store, counterId, 'closed', null, null);
    });
    return this.counterChanged(counterId);
  }

  pause(counterId: number, staff: StaffView, reason: PauseReason): CounterView {
    this.store.transaction(() => {
      const counter = this.heldCounter(counterId, staff);
      const now = this.clock();
      recordPause(this.store, {
        centerId: counter.center_id,
        counterId,
        staffId: staff.id,
        ticketId: ticketAtCounter(this.store, counterId)?.id ?? null,
        reason,
        localDate: localDate(now, this.reader.center(counter.center_id).timezone),
        at: now,
      });
      setCounterState(this.store, counterId, 'paused', reason, staff.id);
    });
    return this.counterChanged(counterId);
  }

  resume(counterId: number, staff: StaffView): CounterView {
    this.store.transaction(() => {
      this.heldCounter(counterId, staff);
      setCounterState(this.store, counterId, 'open', null, staff.id);
    });
    return this.counterChanged(counterId);
  }

  callNext(counterId: number, staff: StaffView): TicketView {
    return this.call(counterId, staff, (counter) => {
      // The head of each queue is enough to know who comes first.
      const { counter: calling, candidates, policy, normalsSince, now } = this.reader.callInputs.forCounter(counter, 1);
      const pick = pickNext(calling, candidates, policy, normalsSince, now);
      if (!pick.ok) throw new DomainError(pick.reason);
      return getTicketRow(this.store, pick.ticket.id)!;
    });
  }

  /** Calls one waiting ticket chosen from the list, out of turn. */
  callTicket(counterId: number, staff: StaffView, ticketId: number): TicketView {
    return this.call(counterId, staff, (counter) => {
      const row = getTicketRow(this.store, ticketId);
      if (!row || row.center_id !== counter.center_id) throw new DomainError('ticket-not-found');
      this.assertTransition(row, 'call');
      if (!counterServes(this.reader.callInputs.counter(counter).counter, candidateOf(row))) {
        throw new DomainError('counter-not-serving-field');
      }
      return row;
    });
  }

  recall(counterId: number, staff: StaffView): TicketView {
    let call: TicketCalled['call'] | undefined;
    const ticket = this.store.transaction(() => {
      const counter = this.heldCounter(counterId, staff);
      const center = this.reader.center(counter.center_id);
      const row = this.currentTicket(counterId);
      this.assertTransition(row, 'recall');
      if (!recallAllowed(row.recall_count, center.recallsBeforeNoShow)) {
        throw new DomainError('recall-limit', { count: center.recallsBeforeNoShow });
      }
      const now = this.clock();
      const waitMs = (row.last_called_at ?? 0) + center.recallCooldownSeconds * 1000 - now;
      if (waitMs > 0) throw new DomainError('recall-cooldown', { seconds: Math.ceil(waitMs / 1000) });
      markRecalled(this.store, row.id, now);
      insertTicketEvent(this.store, { ticketId: row.id, centerId: row.center_id, kind: 'recall', at: now, counterId, staffId: staff.id });
      call = this.called(row, counterId, counter.number, now, true);
      return toTicketView(this.store, getTicketRow(this.store, row.id)!);
    });
    this.emit(ticket.centerId, {
      name: 'ticket:called',
      payload: { ticket, call: call!, waiting: waitingByField(this.store, ticket.centerId) },
    });
    this.counterChanged(counterId);
    return ticket;
  }

  start(counterId: number, staff: StaffView): TicketView {
    const ticket = this.changeCurrent(counterId, staff, () => ({
      action: 'start',
      event: 'ticket:started',
      outboxType: 'ticket.started',
      apply: (row, now) => {
        markStarted(this.store, row.id, now);
        // Step 1 of "4 on-site": the dossier is received at the counter (once: a visit's later part keeps it).
        if (row.lane === 'fast') this.fastTrack.recordReceived(row, staff, now);
        return { counterNumber: counterNumberOf(row) };
      },
    }));
    if (ticket.lane === 'fast') this.fastTrack.announce(ticket.id);
    return ticket;
  }

  /** Step 2 of "4 on-site": the clerk has appraised the fast-track dossier being served. */
  appraise(counterId: number, staff: StaffView): FastTrackDossier {
    const ticketId = this.store.transaction(() => {
      this.heldCounter(counterId, staff);
      const row = this.currentTicket(counterId);
      if (row.state !== 'serving') throw new DomainError('transition-not-allowed', { action: 'appraise', state: row.state });
      this.fastTrack.recordAppraised(row, staff, this.clock());
      return row.id;
    });
    this.fastTrack.announce(ticketId);
    return this.fastTrack.dossier(ticketId);
  }

  /**
   * Records the outcomes of the lines this counter handles (shared/rules/visit-route.ts). With no
   * line of another field left, the ticket is done; otherwise it moves on to the next field's queue,
   * placed as a transfer there is, with the outcomes so far in its event.
   */
  finish(counterId: number, staff: StaffView, req: FinishRequest): TicketView {
    let returnsDossier = false;
    const ticket = this.changeCurrent(counterId, staff, (current) => {
      const lines = visitLines(this.store, current.id);
      const route = routeAtFinish(lines, {
        counterFieldIds: counterFieldIds(this.store, counterId),
        servedFieldIds: new Set(lines.filter((l) => l.served).map((l) => l.fieldId)),
      });
      // Step 4 of "4 on-site" belongs to the part with the visit's first line: the fast-track dossier's procedure.
      returnsDossier = current.lane === 'fast' && !lines[0].done && req.outcomes.some((o) => o.outcome === 'returned');
      const record = (row: TicketRow, now: number) => {
        this.recordOutcomes(row, staff, now, route.here, req, returnsDossier);
        return { fieldId: row.field_id, counterNumber: counterNumberOf(row) };
      };
      const next = route.nextFieldId;
      if (next === null) {
        return {
          action: 'finish',
          event: 'ticket:finished',
          outboxType: 'ticket.finished',
          apply: (row, now) => {
            const { counterNumber } = record(row, now);
            markEnded(this.store, row.id, 'done', now);
            return { counterNumber, lines: webhookLines(this.store, row.id) };
          },
        };
      }
      return {
        action: 'move-on',
        event: 'ticket:moved-on',
        outboxType: 'ticket.moved-on',
        apply: (row, now) => {
          const from = record(row, now);
          markTransferred(this.store, row.id, next, null, now);
          renewNearNotice(this.store, row.id);
          return { from, to: { fieldId: next, counterNumber: null }, lines: webhookLines(this.store, row.id) };
        },
      };
    });
    // Step 4 of "4 on-site" (or leaving the track for verification) reaches the screens like the other steps.
    if (returnsDossier || (ticket.lane === 'fast' && req.outcomes.some((o) => o.verification))) this.fastTrack.announce(ticket.id);
    return ticket;
  }

  /**
   * The outcomes of the lines `here`, exactly those (400 otherwise), each with its due date, dossier
   * code, verification mark and Form 01's applicant; with `returnsDossier`, the fast-track dossier's
   * return (approved first, or 409).
   */
  private recordOutcomes(row: TicketRow, staff: StaffView, now: number, here: number[], req: FinishRequest, returnsDossier: boolean): void {
    const given = req.outcomes.map((o) => o.procedureId);
    if (given.length !== here.length || new Set(given).size !== given.length || !given.every((id) => here.includes(id))) {
      throw new DomainError('outcomes-mismatch');
    }
    const center = this.reader.center(row.center_id);
    const today = localDate(now, center.timezone);
    const holidays = this.calendar.calendar(row.center_id).holidays;
    // Verification is the clerk's judgement; it takes the line off the same day onto Form 01.
    if (req.outcomes.some((o) => o.verification && o.outcome !== 'appointment')) {
      throw new DomainError('verification-needs-appointment');
    }
    const codes = this.dossiers.forNewLines(row.center_id, today, req.outcomes);
    if (returnsDossier) {
      this.fastTrack.assertApproved(row.id);
      this.fastTrack.recordReturned(row.id, staff, now);
    }
    if (row.lane === 'fast' && req.outcomes.some((o) => o.verification)) this.fastTrack.recordVerification(row.id, staff, now);
    const citizen = { name: req.citizen?.name || null, phone: req.citizen?.phone || null };
    for (const o of req.outcomes) {
      const procedure = getProcedure(this.store, o.procedureId)!;
      // The legal due date counts working days from receipt (the start of service).
      const dueDate = resultDueDate({
        receivedAt: row.started_at ?? now,
        timezone: center.timezone,
        processingDays: processingDaysOf(procedure, Boolean(o.verification)),
        afternoonCutoff: procedure.afternoonCutoff,
        holidays,
      });
      const code = codes.get(o.procedureId);
      if (o.digitised && (code === undefined || o.outcome === 'incomplete')) throw new DomainError('digitised-not-received');
      const promised = o.outcome === 'appointment' ? (o.resultDate ?? dueDate) : null;
      if (promised !== null && promised < today) throw new DomainError('result-date-required');
      setOutcome(this.store, row.id, o.procedureId, {
        outcome: o.outcome,
        resultDate: promised,
        dueDate: o.outcome === 'incomplete' ? null : dueDate,
        returnedOn: o.outcome === 'returned' ? today : null,
        dossier: code === undefined ? null : { centerId: row.center_id, code },
        digitised: o.digitised === true,
        verification: o.verification ? { reason: o.verification.reason, note: o.verification.note || null } : null,
        // Name and phone serve Form 01 only: kept on the lines that get one.
        citizen: o.outcome === 'appointment' ? citizen : null,
      });
    }
  }

  noShow(counterId: number, staff: StaffView): TicketView {
    return this.changeCurrent(counterId, staff, () => ({
      action: 'no-show',
      event: 'ticket:no-show',
      outboxType: 'ticket.no-show',
      apply: (row, now) => {
        const needed = this.reader.center(row.center_id).recallsBeforeNoShow;
        if (!noShowAllowed(row.recall_count, needed)) throw new DomainError('no-show-too-early', { count: needed });
        markEnded(this.store, row.id, 'no-show', now);
        return { counterNumber: counterNumberOf(row), recallCount: row.recall_count };
      },
    }));
  }

  /** Sends the current ticket to another field or counter; it keeps its number and goes ahead there. */
  transfer(counterId: number, staff: StaffView, req: TransferRequest): TicketView {
    return this.changeCurrent(counterId, staff, () => ({
      action: 'transfer',
      event: 'ticket:transferred',
      outboxType: 'ticket.transferred',
      apply: (row, now) => {
        const from = { fieldId: row.field_id, counterNumber: counterNumberOf(row) };
        if ('toFieldId' in req) {
          const field = getField(this.store, req.toFieldId);
          if (!field || field.centerId !== row.center_id) throw new DomainError('transfer-target-invalid');
          markTransferred(this.store, row.id, field.id, null, now);
          return { from, to: { fieldId: field.id, counterNumber: null } };
        }
        const target = getCounterRow(this.store, req.toCounterId);
        if (!target || target.center_id !== row.center_id || target.id === counterId) {
          throw new DomainError('transfer-target-invalid');
        }
        markTransferred(this.store, row.id, row.field_id, target.id, now);
        return { from, to: { fieldId: row.field_id, counterNumber: target.number } };
      },
    }));
  }

  /** Refuses (404/403) a counter that does not exist or belongs to another center. */
  /** A call or recall's outbox event (in the caller's transaction) and what the wall is told of it. */
  private called(row: TicketRow, counterId: number, counterNumber: number, at: number, recall: boolean): TicketCalled['call'] {
    recordTicketEvent(this.store, 'ticket.called', row.id, at, { counterNumber, recall });
    return { ticketId: row.id, number: row.number, fieldId: row.field_id, counterId, counterNumber, at, recall };
  }

  assertSameCenter(counterId: number, staff: StaffView): void {
    this.counterOfCenter(counterId, staff);
  }

  // ---- shared steps ----

  private call(counterId: number, staff: StaffView, choose: (counter: CounterRow) => TicketRow): TicketView {
    let call: TicketCalled['call'] | undefined;
    const ticket = this.store.transaction(() => {
      const counter = this.heldCounter(counterId, staff);
      if (counter.status === 'paused') throw new DomainError('counter-paused');
      const busy = ticketAtCounter(this.store, counterId);
      if (busy) throw new DomainError('counter-busy', { number: busy.number });
      const row = choose(counter);
      const now = this.clock();
      markCalled(this.store, row.id, counterId, staff.id, now);
      // Transferred tickets were already counted when first called.
      if (row.transferred_at === null) {
        const day = localDate(now, this.reader.center(counter.center_id).timezone);
        recordFairness(this.store, row.field_id, day, row.priority !== null);
      }
      insertTicketEvent(this.store, { ticketId: row.id, centerId: row.center_id, kind: 'call', at: now, counterId, staffId: staff.id });
      call = this.called(row, counterId, counter.number, now, false);
      return toTicketView(this.store, getTicketRow(this.store, row.id)!);
    });
    this.emit(ticket.centerId, {
      name: 'ticket:called',
      payload: { ticket, call: call!, waiting: waitingByField(this.store, ticket.centerId) },
    });
    this.counterChanged(counterId);
    return ticket;
  }

  /**
   * Applies the step `plan` picks for the counter's current ticket in one transaction, with its
   * outbox event (what the step's `apply` answers, beside the ticket), then announces it.
   */
  private changeCurrent(counterId: number, staff: StaffView, plan: (row: TicketRow) => AnyStep): TicketView {
    const { ticket, event } = this.store.transaction(() => {
      this.heldCounter(counterId, staff);
      const row = this.currentTicket(counterId);
      const step = plan(row);
      this.assertTransition(row, step.action);
      const now = this.clock();
      applyStep(this.store, step, row, now);
      insertTicketEvent(this.store, {
        ticketId: row.id,
        centerId: row.center_id,
        kind: step.action,
        at: now,
        counterId,
        staffId: staff.id,
      });
      return { ticket: toTicketView(this.store, getTicketRow(this.store, row.id)!), event: step.event };
    });
    this.emit(ticket.centerId, { name: event, payload: { ticket, waiting: waitingByField(this.store, ticket.centerId) } });
    this.counterChanged(counterId);
    return ticket;
  }

  private counterChanged(counterId: number): CounterView {
    const view = this.reader.counter(counterId);
    this.emit(view.centerId, { name: 'counter:updated', payload: view });
    return view;
  }

  private counterOfCenter(counterId: number, staff: StaffView): CounterRow {
    const counter = getCounterRow(this.store, counterId);
    if (!counter) throw new DomainError('counter-not-found');
    if (counter.center_id !== staff.centerId) throw new DomainError('forbidden');
    return counter;
  }

  /** The counter, provided `staff` is the one signed in at it. */
  private heldCounter(counterId: number, staff: StaffView): CounterRow {
    const counter = this.counterOfCenter(counterId, staff);
    if (counter.status === 'closed') throw new DomainError('counter-closed');
    if (counter.staff_id !== staff.id) throw new DomainError('counter-taken', { name: counter.staff_name ?? '' });
    return counter;
  }

  private currentTicket(counterId: number): TicketRow {
    const row = ticketAtCounter(this.store, counterId);
    if (!row) throw new DomainError('counter-idle');
    return row;
  }

  private assertTransition(row: TicketRow, action: TicketAction): void {
    if (!nextState(row.state, action)) throw new DomainError('transition-not-allowed', { action, state: row.state });
  }
}
