// The manager board, reports and the province view.
import type { SilentWall } from './devices.js';
import type { CenterInfo } from './queue.js';

/** One field's figures today (durations in minutes). */
export interface BoardFieldFigures {
  fieldId: number;
  waiting: number;
  /** Issue time of the longest-waiting ticket now, so screens can count the minutes themselves. */
  oldestWaitingSince: number | null;
  averageWaitMinutes: number | null;
  servedToday: number;
}

export interface BoardCounterFigures {
  counterId: number;
  servedToday: number;
  averageServiceMinutes: number | null;
}

/** Arrivals and the average wait of the tickets issued in one local hour, per field. */
export interface BoardHour {
  hour: number;
  fieldId: number;
  arrivals: number;
  averageWaitMinutes: number | null;
}

export interface BoardView {
  centerId: string;
  date: string;
  serverTime: number;
  /** A wait longer than this is an alert (the center's setting, 30 by default). */
  waitAlertMinutes: number;
  fields: BoardFieldFigures[];
  counters: BoardCounterFigures[];
  hours: BoardHour[];
  /** Wall displays connected now whose sound is blocked (one entry per screen open). */
  silentWalls: SilentWall[];
}

export const REPORT_GROUPS = ['field', 'counter', 'staff', 'day', 'week', 'month', 'center'] as const;
export type ReportGroup = (typeof REPORT_GROUPS)[number];

/** Minutes; null when the group has no such duration. Percentiles are nearest-rank. */
export interface DurationStats {
  count: number;
  average: number | null;
  median: number | null;
  p90: number | null;
}

export interface ReportRow {
  /** The group's key: a field/counter/staff id, a date, a week's Monday, a month (YYYY-MM), a center id; '' = none. */
  key: string;
  nameVi: string;
  nameEn: string;
  tickets: number;
  procedures: number;
  /** Procedure lines finished without a dossier code: guidance-only visits, dossiers sent back to be completed. */
  withoutDossierCode: number;
  wait: DurationStats;
  service: DurationStats;
  noShows: number;
  transfers: number;
  /** Results with a due date that were handed over, or are overdue: early, on time or late. */
  results: { settled: number; early: number; onTime: number; late: number; earlyOrOnTimeRate: number | null };
  /** On the same-day track (those marked "needs verification" apart: `verification`, no failure). */
  fastTrack: { dossiers: number; sameDay: number; sameDayRate: number | null; verification: number };
  /** Citizens' ratings: (rated − unsatisfied) / rated is the province's satisfaction KPI. */
  satisfaction: { rated: number; unsatisfied: number; ratio: number | null };
}

export interface ReportView {
  centerIds: string[];
  from: string;
  to: string;
  by: ReportGroup;
  rows: ReportRow[];
  total: ReportRow;
  /** How long the server took, for the curious. */
  tookMs: number;
}

/** One center's figures on the province board. */
export interface ProvinceCenterFigures {
  center: CenterInfo;
  waiting: number;
  /** Today's average wait of called tickets. */
  averageWaitMinutes: number | null;
  /** Results early or on time, over the last 30 days. */
  onTimeRate: number | null;
  /** Fast-track dossiers returned the same day, over the last 30 days. */
  sameDayRate: number | null;
}

export interface ProvinceView {
  province: CenterInfo;
  centers: ProvinceCenterFigures[];
  serverTime: number;
}
