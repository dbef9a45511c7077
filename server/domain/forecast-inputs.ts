// What the wait range's forward play reads of a center, gathered from the store at one instant
// (shared/rules/wait-forecast.ts): the counters as the call rule sees them (CallInputs) with when
// each will call and whom it serves now, the head of the queues, service times from the center's
// recent calls, who is expected to arrive for the rest of today's sessions (arrival-forecast.ts: the
// past days' time of day scaled by today's last half hour, the kinds mixed as today's and as days
// like today's), and a probe for every kind of ticket that could be issued now.
import { isFastTrackDay } from '../../shared/rules/fast-track.js';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { addDays, nextSession, sessionAt, sessionsOn } from '../../shared/rules/sessions.js';
import {
  arrivalLevel,
  arrivalMix,
  countArrival,
  PROFILE_STEP_MINUTES,
  type ArrivalCount,
  type PastArrivals,
} from '../../shared/rules/arrival-forecast.js';
import {
  probeKey,
  type ArrivalPlan,
  type ForecastCounter,
  type ForecastInput,
  type Probe,
  type ServiceHistory,
  type ServiceSample,
} from '../../shared/rules/wait-forecast.js';
import { defaultServiceMinutes } from '../../shared/rules/wait-estimate.js';
import type { Store } from '../store/database.js';
import { atCounters, forecastHead, pastArrivals, recentCalls } from '../store/forecast-queries.js';
import type { CalendarService } from './calendar-service.js';
import type { CallInputs } from './call-inputs.js';
import { TodaysArrivals } from './todays-arrivals.js';

/** Forward plays per forecast: enough for steady 10th and 90th percentiles, cheap enough for once a second. */
export const FORECAST_RUNS = 100;
/** No run looks further ahead: a wait longer than a working day is not worth a number. */
const HORIZON_MINUTES = 10 * 60;
/** The window arrival rates are measured over. */
const ARRIVAL_WINDOW_MS = 30 * 60_000;
/** Days of calls service times are drawn from, and of arrivals the time of day is learnt from. */
const HISTORY_DAYS = 14;
/** A paused counter is expected back after this long (a clerk's short break). */
const PAUSE_MS = 10 * 60_000;
/** Every forecast uses the same draws: successive ones differ only by what changed, so the phone's range does not jitter. */
const SEED = 1;

export class ForecastInputs {
  /** The past days' arrivals change once a day: per center, for the local day they were read on. */
  private readonly past = new Map<string, { today: string; fastToday: boolean; past: PastArrivals | null }>();
  private readonly todays: TodaysArrivals;

  constructor(
    private readonly store: Store,
    private readonly inputs: CallInputs,
    private readonly calendar: CalendarService,
  ) {
    this.todays = new TodaysArrivals(store);
  }

  read(centerId: string): ForecastInput {
    const call = this.inputs.forCenter(centerId);
    const { now, center } = call;
    const calendar = this.calendar.calendar(centerId);
    const today = localDate(now, center.timezone);
    const todays = sessionsOn(calendar, today).map((s) => ({
      start: localInstant(today, s.start, center.timezone),
      end: localInstant(today, s.end, center.timezone),
    }));

    // Counters closed now open with the next session when none is working (the start of the day, lunch);
    // while some work, the closed ones are taken to stay closed.
    const working = call.counters.some((c) => c.status !== 'closed');
    const next = sessionAt(calendar, now) ? now : nextSession(calendar, now);
    const opensAt = working ? null : typeof next === 'number' ? next : next && localInstant(next.date, next.start, center.timezone);
    const busy = new Map(atCounters(this.store, centerId).map((b) => [b.counterId, b]));
    const counters: ForecastCounter[] = call.counters.map((c) => {
      const at = busy.get(c.id);
      return {
        ...c,
        callsFrom: c.status === 'open' ? now : c.status === 'paused' ? now + PAUSE_MS : (opensAt ?? null),
        busy: at
          ? { fieldId: at.fieldId, procedureCount: at.procedureCount, elapsedMinutes: Math.max(0, (now - at.calledAt) / 60_000) }
          : null,
      };
    });

    const fieldIds = [...new Set(call.counters.flatMap((c) => c.fieldIds))];
    const fastToday = isFastTrackDay(calendar, this.calendar.fastTrackRule(centerId), now);
    const probes: Probe[] = fieldIds.flatMap((fieldId) =>
      (fastToday ? (['walk-in', 'fast'] as const) : (['walk-in'] as const)).flatMap((lane) =>
        [false, true].map((isPriority) => ({ key: probeKey(fieldId, isPriority, lane), fieldId, isPriority, lane })),
      ),
    );

    return {
      now,
      counters,
      waiting: forecastHead(this.store, centerId),
      policy: call.policy,
      normalsSince: call.normalsSince,
      service: this.history(centerId, addDays(today, -HISTORY_DAYS)),
      arrivals: this.arrivals(centerId, today, now, todays, fastToday),
      probes,
      runs: FORECAST_RUNS,
      seed: SEED,
      horizonMinutes: HORIZON_MINUTES,
    };
  }

  private history(centerId: string, fromDate: string): ServiceHistory {
    const calls = recentCalls(this.store, centerId, fromDate);
    const byField = new Map<number, ServiceSample[]>();
    for (const c of calls) {
      let list = byField.get(c.fieldId);
      if (!list) byField.set(c.fieldId, (list = []));
      list.push({ minutes: c.minutes, procedureCount: c.procedureCount });
    }
    return {
      byField,
      all: calls.map((c) => ({ minutes: c.minutes, procedureCount: c.procedureCount })),
      fallbackMinutes: defaultServiceMinutes(1),
    };
  }

  /**
   * Who is expected for the rest of today's sessions, measured against today's last half hour of
   * session time: at the start of the afternoon that reaches back into the morning, not into the lunch
   * break (arrivalLevel).
   */
  private arrivals(
    centerId: string,
    today: string,
    now: number,
    sessions: readonly { start: number; end: number }[],
    fastToday: boolean,
  ): ArrivalPlan {
    const recent: { start: number; end: number }[] = [];
    let measured = 0;
    for (const s of [...sessions].reverse()) {
      if (s.start >= now || measured >= ARRIVAL_WINDOW_MS) continue;
      const end = Math.min(s.end, now);
      const take = Math.min(end - s.start, ARRIVAL_WINDOW_MS - measured);
      measured += take;
      recent.push({ start: end - take, end });
    }
    const since = recent.length ? Math.min(...recent.map((s) => s.start)) : now;
    const { counts, recent: arrived } = this.todays.read(centerId, today, since);
    const past = this.pastOf(centerId, today, fastToday);
    const timezone = this.calendar.calendar(centerId).timezone;
    return {
      kind: 'rates',
      mix: arrivalMix(counts, past),
      level: arrivalLevel({
        ahead: sessions.filter((s) => s.end > now).map((s) => ({ start: Math.max(s.start, now), end: s.end })),
        recent: { spans: recent, count: arrived },
        dayStart: localInstant(today, 0, timezone),
        past,
      }),
    };
  }

  /** The past days' arrivals and open minutes by step of the day, and by kind on the days like today (fast-track or not). */
  private pastOf(centerId: string, today: string, fastToday: boolean): PastArrivals | null {
    const known = this.past.get(centerId);
    if (known?.today === today && known.fastToday === fastToday) return known.past;
    const calendar = this.calendar.calendar(centerId);
    const rule = this.calendar.fastTrackRule(centerId);
    const stepMs = PROFILE_STEP_MINUTES * 60_000;
    const days = new Map<string, { dayStart: number; alike: boolean }>();
    const bySteps = new Map<number, number>();
    const alikeCounts = new Map<string, ArrivalCount>();
    for (const r of pastArrivals(this.store, centerId, addDays(today, -HISTORY_DAYS), today)) {
      let day = days.get(r.localDate);
      if (!day) {
        const dayStart = localInstant(r.localDate, 0, calendar.timezone);
        day = { dayStart, alike: isFastTrackDay(calendar, rule, dayStart + 12 * 3_600_000) === fastToday };
        days.set(r.localDate, day);
      }
      const step = Math.floor((r.issuedAt - day.dayStart) / stepMs);
      bySteps.set(step, (bySteps.get(step) ?? 0) + 1);
      if (day.alike) countArrival(alikeCounts, r);
    }
    // The minutes each step was open on those days (a day with no arrival at all is not counted: the center did not use motcua yet).
    const openMinutes = new Map<number, number>();
    for (const date of days.keys())
      for (const s of sessionsOn(calendar, date))
        for (let m = s.start; m < s.end;) {
          const step = Math.floor(m / PROFILE_STEP_MINUTES);
          const end = Math.min(s.end, (step + 1) * PROFILE_STEP_MINUTES);
          openMinutes.set(step, (openMinutes.get(step) ?? 0) + end - m);
          m = end;
        }
    const alikeDays = [...days.values()].filter((d) => d.alike).length;
    const past: PastArrivals | null = days.size
      ? { bySteps, openMinutes, alike: { days: alikeDays, counts: [...alikeCounts.values()] } }
      : null;
    this.past.set(centerId, { today, fastToday, past });
    return past;
  }
}
