// What the wait range's forward play reads of a center, gathered from the store at one instant
// (shared/rules/wait-forecast.ts): the counters as the call rule sees them (CallInputs) with when
// each will call and whom it serves now, the head of the queues, service times from the center's
// recent calls, arrival rates from today's last half hour (shared among the kinds as today's), the
// sessions left today, and a probe for every kind of ticket that could be issued now.
import { isFastTrackDay } from '../../shared/rules/fast-track.js';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { addDays, nextSession, sessionAt, sessionsOn } from '../../shared/rules/sessions.js';
import {
  arrivalStreams,
  probeKey,
  type ArrivalStream,
  type ForecastCounter,
  type ForecastInput,
  type Probe,
  type ServiceHistory,
  type ServiceSample,
} from '../../shared/rules/wait-forecast.js';
import { defaultServiceMinutes } from '../../shared/rules/wait-estimate.js';
import type { Store } from '../store/database.js';
import { arrivalCounts, atCounters, forecastHead, recentCalls } from '../store/forecast-queries.js';
import type { CalendarService } from './calendar-service.js';
import type { CallInputs } from './call-inputs.js';

/** Forward plays per forecast: enough for steady 10th and 90th percentiles, cheap enough for once a second. */
export const FORECAST_RUNS = 100;
/** No run looks further ahead: a wait longer than a working day is not worth a number. */
const HORIZON_MINUTES = 10 * 60;
/** The window arrival rates are measured over. */
const ARRIVAL_WINDOW_MS = 30 * 60_000;
/** A rate is not measured over less session time than this (the first minutes of a session). */
const MIN_RATE_WINDOW_MS = 10 * 60_000;
/** Days of calls service times are drawn from. */
const HISTORY_DAYS = 14;
/** A paused counter is expected back after this long (a clerk's short break). */
const PAUSE_MS = 10 * 60_000;
/** Every forecast uses the same draws: successive ones differ only by what changed, so the phone's range does not jitter. */
const SEED = 1;

export class ForecastInputs {
  constructor(
    private readonly store: Store,
    private readonly inputs: CallInputs,
    private readonly calendar: CalendarService,
  ) {}

  read(centerId: string): ForecastInput {
    const call = this.inputs.forCenter(centerId);
    const { now, center } = call;
    const calendar = this.calendar.calendar(centerId);
    const today = localDate(now, center.timezone);
    const todays = sessionsOn(calendar, today).map((s) => ({
      start: localInstant(today, s.start, center.timezone),
      end: localInstant(today, s.end, center.timezone),
    }));
    const sessions = todays.filter((s) => s.end > now);

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
      arrivals: { kind: 'rates', streams: this.arrivalRates(centerId, today, now, todays) },
      sessions,
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
   * Today's arrivals over the last half hour of session time (at least ten minutes of it), shared among
   * the kinds as all of today's were (arrivalStreams): at the start of the afternoon that reaches back
   * into the morning, not into the lunch break.
   */
  private arrivalRates(centerId: string, today: string, now: number, sessions: readonly { start: number; end: number }[]): ArrivalStream[] {
    let since = now;
    let measured = 0;
    for (const s of [...sessions].reverse()) {
      if (s.start >= now) continue;
      const end = Math.min(s.end, now);
      const take = Math.min(end - s.start, ARRIVAL_WINDOW_MS - measured);
      measured += take;
      since = end - take;
      if (measured >= ARRIVAL_WINDOW_MS) break;
    }
    return arrivalStreams(arrivalCounts(this.store, centerId, today, since), Math.max(MIN_RATE_WINDOW_MS, measured) / 60_000);
  }
}
