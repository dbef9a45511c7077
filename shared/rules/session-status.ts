// Open now, next session, fast-track day: one pure computation for the server's answers and the
// screens' own clocks, so a kiosk can tell when the doors open without asking the server each minute.
import type { CalendarView, SessionSlotView, SessionStatus } from '../types.js';
import { isFastTrackDay, type FastTrackRule } from './fast-track.js';
import { nextSession, sessionAt, type CenterCalendar, type SessionSlot } from './sessions.js';

export function sessionSlotView(s: SessionSlot): SessionSlotView {
  return {
    kind: s.kind,
    date: s.date,
    start: s.start,
    end: s.end,
    placeVi: s.outreach?.placeVi ?? null,
    placeEn: s.outreach?.placeEn ?? null,
  };
}

export function sessionStatus(calendar: CenterCalendar, rule: FastTrackRule, at: number): SessionStatus {
  const open = sessionAt(calendar, at);
  const next = nextSession(calendar, at);
  return {
    open: open && sessionSlotView(open),
    next: next && sessionSlotView(next),
    fastTrackToday: isFastTrackDay(calendar, rule, at),
    serverTime: at,
  };
}

/** The pure rules' inputs from the calendar a screen fetched. */
export function calendarRules(view: CalendarView): { calendar: CenterCalendar; rule: FastTrackRule } {
  return {
    calendar: {
      timezone: view.timezone,
      weekly: view.weekly,
      outreach: view.outreach,
      holidays: new Set(view.holidays.map((h) => h.date)),
    },
    rule: { days: view.fastTrack.days, procedureIds: new Set(view.fastTrack.procedures.map((p) => p.procedureId)) },
  };
}
