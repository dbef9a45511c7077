// "No-wait Friday": on the center's fast-track days, a listed procedure whose dossier is complete
// goes to the fast lane and gets its result the same day. The kiosk asks the citizen only what a
// citizen can answer (every document of the checklist); whether a dossier needs verification is the
// clerk's judgement at the counter, which takes it off the same-day track (counter-desk.ts).
import { localParts } from './local-time.js';
import { sessionAt, type CenterCalendar } from './sessions.js';

export interface FastTrackRule {
  /** Weekdays (0 = Sunday … 6 = Saturday); Friday (5) by default. */
  days: readonly number[];
  procedureIds: ReadonlySet<number>;
}

export interface FastTrackRequest {
  at: number;
  procedureId: number;
  dossierComplete: boolean;
}

export const FAST_TRACK_REFUSALS = ['not-fast-track-day', 'outside-session', 'procedure-not-listed', 'dossier-incomplete'] as const;
export type FastTrackRefusal = (typeof FAST_TRACK_REFUSALS)[number];

export type FastTrackVerdict = { eligible: true } | { eligible: false; reason: FastTrackRefusal };

/** Whether the instant falls on a fast-track day that is not a holiday. */
export function isFastTrackDay(calendar: CenterCalendar, rule: FastTrackRule, at: number): boolean {
  const { date, weekday } = localParts(at, calendar.timezone);
  return rule.days.includes(weekday) && !calendar.holidays.has(date);
}

export function fastTrackVerdict(calendar: CenterCalendar, rule: FastTrackRule, req: FastTrackRequest): FastTrackVerdict {
  if (!isFastTrackDay(calendar, rule, req.at)) return { eligible: false, reason: 'not-fast-track-day' };
  if (!sessionAt(calendar, req.at)) return { eligible: false, reason: 'outside-session' };
  if (!rule.procedureIds.has(req.procedureId)) return { eligible: false, reason: 'procedure-not-listed' };
  if (!req.dossierComplete) return { eligible: false, reason: 'dossier-incomplete' };
  return { eligible: true };
}
