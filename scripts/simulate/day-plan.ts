// The day a simulation plays, from what the center says of itself: the sessions of the next day it
// opens, whether the fast lane is open that day, who comes (dayDemand) after `after`, and when its
// last session ends. The live simulator and the benchmark's virtual day plan alike.
import { localInstant } from '../../shared/rules/local-time.js';
import { calendarRules } from '../../shared/rules/session-status.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import type { CalendarView, CatalogView, SessionStatus } from '../../shared/types.js';
import type { Rng } from '../../tests/support/prng.js';
import { dayDemand, type Citizen } from './demand.js';

export interface DayPlan {
  day: string;
  demand: Citizen[];
  /** Fast-track procedures when the fast lane is open that day (else empty). */
  fastTrackIds: Set<number>;
  /** The end of the day's last session. */
  dayEnd: number;
}

export function planDay(o: {
  status: SessionStatus;
  calendar: CalendarView;
  catalog: CatalogView;
  rng: Rng;
  citizens: number;
  after: number;
}): DayPlan {
  const day = o.status.open?.date ?? o.status.next?.date;
  if (!day) throw new Error('no session ahead in the calendar');
  const sessions = sessionsOn(calendarRules(o.calendar).calendar, day);
  const fastTrackIds =
    o.status.fastTrackToday || o.calendar.fastTrack.days.includes(new Date(`${day}T12:00:00Z`).getUTCDay())
      ? new Set(o.calendar.fastTrack.procedures.map((p) => p.procedureId))
      : new Set<number>();
  const timezone = o.catalog.center.timezone;
  const demand = dayDemand(o.rng, { date: day, timezone, sessions, catalog: o.catalog, citizens: o.citizens, fastTrackIds }).filter(
    (c) => c.at > o.after,
  );
  const last = sessions.at(-1);
  return { day, demand, fastTrackIds, dayEnd: last ? localInstant(day, last.end, timezone) : o.after };
}
