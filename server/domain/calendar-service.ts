// A center's calendar: which sessions are open, when the next one opens, fast-track days, and the
// managers' edits to sessions, holidays and fast-track settings.
import { fastTrackVerdict, type FastTrackRule, type FastTrackVerdict } from '../../shared/rules/fast-track.js';
import { sessionStatus } from '../../shared/rules/session-status.js';
import { describeSession, nextSession, sessionAt, type CenterCalendar, type SessionSlot } from '../../shared/rules/sessions.js';
import type { FastTrackSettingsRequest, HolidayRequest, OutreachRequest, WeeklySessionsRequest } from '../../shared/schemas.js';
import type { CalendarView, OutreachView, SessionStatus } from '../../shared/types.js';
import {
  deleteHoliday,
  deleteOutreach,
  insertOutreach,
  listFastTrackProcedures,
  listHolidays,
  listOutreach,
  listWeeklySessions,
  replaceFastTrackProcedures,
  replaceWeeklySessions,
  upsertHoliday,
} from '../store/calendar-queries.js';
import { getCounterRow, getProcedure, listCounterRows, setFastTrackCounters, setFastTrackDays } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import type { CenterEventSink } from './center-events.js';
import type { Clock } from './clock.js';
import { DomainError } from './domain-error.js';
import type { QueueReader } from './queue-reader.js';

export class CalendarService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly emit: CenterEventSink,
  ) {}

  /** Each center's sessions, outreach and holidays: read by every ticket issued, changed only by edit(). */
  private readonly schedules = new Map<string, Omit<CenterCalendar, 'timezone'>>();

  /** The pure rules' view of the calendar. */
  calendar(centerId: string): CenterCalendar {
    const center = this.reader.center(centerId);
    let schedule = this.schedules.get(centerId);
    if (!schedule) {
      schedule = {
        weekly: listWeeklySessions(this.store, centerId),
        outreach: listOutreach(this.store, centerId),
        holidays: new Set(listHolidays(this.store, centerId).map((h) => h.date)),
      };
      this.schedules.set(centerId, schedule);
    }
    return { timezone: center.timezone, ...schedule };
  }

  view(centerId: string): CalendarView {
    const center = this.reader.center(centerId);
    return {
      timezone: center.timezone,
      weekly: listWeeklySessions(this.store, centerId),
      outreach: listOutreach(this.store, centerId),
      holidays: listHolidays(this.store, centerId),
      fastTrack: {
        days: center.fastTrackDays,
        prefix: center.fastTrackPrefix,
        procedures: listFastTrackProcedures(this.store, centerId),
        counterIds: listCounterRows(this.store, centerId)
          .filter((c) => c.fast_track === 1)
          .map((c) => c.id),
      },
      booking: { slotMinutes: center.slotMinutes, slotCapacity: center.slotCapacity, lateMinutes: center.bookingLateMinutes },
    };
  }

  fastTrackRule(centerId: string): FastTrackRule {
    return {
      days: this.reader.center(centerId).fastTrackDays,
      procedureIds: new Set(listFastTrackProcedures(this.store, centerId).map((p) => p.procedureId)),
    };
  }

  status(centerId: string): SessionStatus {
    return sessionStatus(this.calendar(centerId), this.fastTrackRule(centerId), this.clock());
  }

  /** Refuses new tickets outside every session, saying when the next one opens. */
  assertOpen(centerId: string, at: number): SessionSlot {
    const calendar = this.calendar(centerId);
    const open = sessionAt(calendar, at);
    if (open) return open;
    const next = nextSession(calendar, at);
    throw new DomainError('outside-session', {
      next: {
        vi: next ? describeSession(next, 'vi') : 'chưa có lịch',
        en: next ? describeSession(next, 'en') : 'not scheduled yet',
      },
    });
  }

  fastTrackVerdict(centerId: string, at: number, procedureId: number, answers: { dossierComplete: boolean }): FastTrackVerdict {
    return fastTrackVerdict(this.calendar(centerId), this.fastTrackRule(centerId), { at, procedureId, ...answers });
  }

  saveWeekly(centerId: string, req: WeeklySessionsRequest): CalendarView {
    return this.edit(centerId, () => replaceWeeklySessions(this.store, centerId, req.sessions));
  }

  addOutreach(centerId: string, req: OutreachRequest): OutreachView {
    let id = 0;
    this.edit(centerId, () => {
      for (const counterId of req.counterIds) this.assertCounterOf(centerId, counterId);
      id = insertOutreach(this.store, centerId, req);
    });
    return listOutreach(this.store, centerId).find((o) => o.id === id)!;
  }

  deleteOutreach(centerId: string, id: number): CalendarView {
    return this.edit(centerId, () => {
      if (!deleteOutreach(this.store, centerId, id)) throw new DomainError('outreach-not-found');
    });
  }

  addHoliday(centerId: string, req: HolidayRequest): CalendarView {
    return this.edit(centerId, () => upsertHoliday(this.store, centerId, req));
  }

  deleteHoliday(centerId: string, date: string): CalendarView {
    return this.edit(centerId, () => {
      if (!deleteHoliday(this.store, centerId, date)) throw new DomainError('holiday-not-found');
    });
  }

  saveFastTrack(centerId: string, req: FastTrackSettingsRequest): CalendarView {
    return this.edit(centerId, () => {
      for (const p of req.procedures) {
        if (getProcedure(this.store, p.procedureId)?.centerId !== centerId) throw new DomainError('procedure-not-found');
      }
      for (const counterId of req.counterIds) this.assertCounterOf(centerId, counterId);
      setFastTrackDays(this.store, centerId, [...new Set(req.days)].sort());
      replaceFastTrackProcedures(this.store, centerId, req.procedures);
      setFastTrackCounters(this.store, centerId, req.counterIds);
    });
  }

  /** One configuration change: the caller's own center, one transaction, then screens are told. */
  private edit(centerId: string, change: () => void): CalendarView {
    this.reader.center(centerId);
    try {
      this.store.transaction(change);
    } finally {
      // Read again after any edit, committed or not (a read inside the edit may have cached it).
      this.schedules.clear();
    }
    this.emit(centerId, { name: 'calendar:updated', payload: this.status(centerId) });
    for (const counter of this.reader.counters(centerId)) this.emit(centerId, { name: 'counter:updated', payload: counter });
    return this.view(centerId);
  }

  private assertCounterOf(centerId: string, counterId: number): void {
    if (getCounterRow(this.store, counterId)?.center_id !== centerId) throw new DomainError('counter-not-found');
  }
}
