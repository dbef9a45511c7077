// The "4 on-site" principle of No-wait Friday: received and appraised at the counter, approved by
// a leader on the spot, result returned — each step timed, and the day's same-day rate.
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import type { FastTrackDay, FastTrackDossier, FastTrackStage, StaffView, VerificationReason } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import {
  dossierRowsOfDay,
  getDossierRow,
  recordReceived,
  recordRefusalReason,
  recordStep,
  stageOf,
  toDossier,
  type DossierRow,
} from '../store/fast-track-queries.js';
import { getTicketRow, type TicketRow } from '../store/ticket-queries.js';
import type { CalendarService } from './calendar-service.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';
import { recordTicketEvent } from './ticket-outbox.js';

export class FastTrackService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly calendar: CalendarService,
    private readonly emit: CenterEventSink,
  ) {}

  /** Its result not returned by the end of the last session of its day (a refused dossier, or one off the track for verification, is not late). */
  private isLate(r: DossierRow): boolean {
    if (r.refused_at || r.verification_at) return false;
    const calendar = this.calendar.calendar(r.center_id);
    const last = sessionsOn(calendar, r.local_date).at(-1);
    const closesAt = last
      ? localInstant(r.local_date, last.end, calendar.timezone)
      : localInstant(r.local_date, 24 * 60, calendar.timezone);
    return (r.returned_at ?? this.clock()) >= closesAt;
  }

  dossier(ticketId: number): FastTrackDossier {
    const row = getDossierRow(this.store, ticketId);
    if (!row) throw new DomainError('not-fast-track');
    return toDossier(this.store, row, this.isLate(row));
  }

  /** One dossier, for staff of its center. */
  dossierFor(ticketId: number, staff: StaffView): FastTrackDossier {
    const row = this.ownDossier(ticketId, staff);
    return toDossier(this.store, row, this.isLate(row));
  }

  /** Another center's ticket is not the caller's to know of (404); a ticket of theirs without a dossier is 409. */
  private ownDossier(ticketId: number, staff: StaffView): DossierRow {
    const ticket = getTicketRow(this.store, ticketId);
    if (!ticket || ticket.center_id !== staff.centerId) throw new DomainError('ticket-not-found');
    const row = getDossierRow(this.store, ticketId);
    if (!row) throw new DomainError('not-fast-track');
    return row;
  }

  today(centerId: string): FastTrackDay {
    const center = this.reader.center(centerId);
    const date = localDate(this.clock(), center.timezone);
    const all = dossierRowsOfDay(this.store, centerId, date).map((r) => toDossier(this.store, r, this.isLate(r)));
    // A dossier the clerk marked "needs verification" left the same-day track: reported apart, no failure.
    const onTrack = all.filter((d) => d.verificationAt === null);
    const returned = onTrack.filter((d) => d.stage === 'returned').length;
    const reasons = new Map<VerificationReason, number>();
    for (const reason of all.flatMap((d) => d.verificationReasons)) reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
    return {
      date,
      dossiers: onTrack.length,
      returned,
      sameDayRate: onTrack.length ? returned / onTrack.length : 0,
      verification: { dossiers: all.length - onTrack.length, reasons: [...reasons].map(([reason, lines]) => ({ reason, lines })) },
      awaitingApproval: all.filter((d) => d.stage === 'appraised'),
      all,
    };
  }

  /** Step 1, inside the Start transaction of a fast-lane ticket (once: a ticket started again after a transfer keeps it). */
  recordReceived(ticket: TicketRow, staff: StaffView, at: number): void {
    const day = localDate(at, this.reader.center(ticket.center_id).timezone);
    if (recordReceived(this.store, ticket.id, ticket.center_id, day, at, staff.id)) this.stepEvent(ticket.id, 'received', at);
  }

  /** Step 2, inside the counter's transaction. */
  recordAppraised(ticket: TicketRow, staff: StaffView, at: number): void {
    if (ticket.lane !== 'fast') throw new DomainError('not-fast-track');
    this.assertStage(ticket.id, 'received');
    recordStep(this.store, ticket.id, 'appraised', at, staff.id);
    this.stepEvent(ticket.id, 'appraised', at);
  }

  /** Before step 4: the result may be returned only once a leader approved. */
  assertApproved(ticketId: number): void {
    const row = getDossierRow(this.store, ticketId);
    if (!row || stageOf(row) !== 'approved') throw new DomainError('approval-required');
  }

  /** Step 4, inside the Finish transaction. */
  recordReturned(ticketId: number, staff: StaffView, at: number): void {
    recordStep(this.store, ticketId, 'returned', at, staff.id);
    this.stepEvent(ticketId, 'returned', at);
  }

  /** The clerk marked the dossier "needs verification", inside the Finish transaction: it leaves the same-day track. */
  recordVerification(ticketId: number, staff: StaffView, at: number): void {
    const row = getDossierRow(this.store, ticketId);
    if (!row || row.returned_at || row.verification_at) return;
    recordStep(this.store, ticketId, 'verification', at, staff.id);
    this.stepEvent(ticketId, 'verification', at);
  }

  /** Step 3: a leader approves on the spot. */
  approve(ticketId: number, leader: StaffView): FastTrackDossier {
    return this.decide(ticketId, leader, 'approved');
  }

  refuse(ticketId: number, leader: StaffView, reason: string): FastTrackDossier {
    return this.decide(ticketId, leader, 'refused', () => recordRefusalReason(this.store, ticketId, reason));
  }

  /** The step's outbox event (the refusal's reason is free text, never sent). */
  private stepEvent(ticketId: number, step: FastTrackStage, at: number): void {
    recordTicketEvent(this.store, 'fast-track.step', ticketId, at, { step });
  }

  /** Tells every screen of the center where a dossier stands. */
  announce(ticketId: number): void {
    const dossier = this.dossier(ticketId);
    const row = getDossierRow(this.store, ticketId)!;
    this.emit(row.center_id, { name: 'fast-track:updated', payload: dossier });
  }

  private decide(ticketId: number, leader: StaffView, step: 'approved' | 'refused', also?: () => void): FastTrackDossier {
    this.store.transaction(() => {
      this.ownDossier(ticketId, leader);
      this.assertStage(ticketId, 'appraised');
      const now = this.clock();
      recordStep(this.store, ticketId, step, now, leader.id);
      also?.();
      this.stepEvent(ticketId, step, now);
    });
    this.announce(ticketId);
    return this.dossier(ticketId);
  }

  private assertStage(ticketId: number, expected: 'received' | 'appraised'): void {
    const row = getDossierRow(this.store, ticketId);
    const stage = row ? stageOf(row) : null;
    if (stage !== expected) throw new DomainError('fast-track-step-order', { stage: stage ?? '—' });
  }
}
