// The province's indicators from the counter's records (Decision 766/QĐ-TTg as the national portal
// scores it; docs/api.md, "The province's indicators", says what counts). One pure function over plain
// rows: the server feeds it from SQLite, the unit test from a hand-computed fixture.
import type { DossierStatus, IndicatorFigures, RatingScore } from '../types.js';
import { rate } from './report-stats.js';
import { timeliness, workingDaysBetween } from './working-days.js';

/** The 5.4 measure a province must reach. */
export const SATISFACTION_THRESHOLD = 0.9;

/** The field whose visits are help with online submission (the demo's F). */
const ONLINE_HELP_FIELD = 'hỗ trợ nộp hồ sơ trực tuyến';

/** Whether a field, by its Vietnamese name, is the online-help field (case, spacing and Unicode form aside). */
export function isOnlineHelpField(nameVi: string): boolean {
  return nameVi.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim() === ONLINE_HELP_FIELD;
}

/** A dossier received: a line finished with its result handed over or promised on a slip. */
export interface IndicatorDossierRow {
  receivedOn: string;
  dueDate: string;
  returnedOn: string | null;
  /** The rating of the visit it was received at. */
  rating: RatingScore | null;
  digitised: boolean;
}

/** A visit served, or a counter's online-help pause with nobody at it (fieldNameVi null). */
export interface IndicatorVisitRow {
  fieldNameVi: string | null;
  /** The counter paused for 'online-help' while this visit was at it (or, with no field, with nobody at it). */
  onlineHelpPause: boolean;
}

export interface IndicatorInput {
  /** The day statuses are taken on: a result not handed over by its due date before it is overdue. */
  today: string;
  holidays: ReadonlySet<string>;
  dossiers: readonly IndicatorDossierRow[];
  visits: readonly IndicatorVisitRow[];
}

export function dossierStatus(d: { dueDate: string; returnedOn: string | null }, today: string): DossierStatus {
  if (d.returnedOn !== null) return timeliness(d.returnedOn, d.dueDate);
  return d.dueDate < today ? 'overdue' : 'pending';
}

/** Working days from receipt to hand-over; null while not handed over. */
export function processingDays(d: { receivedOn: string; returnedOn: string | null }, holidays: ReadonlySet<string>): number | null {
  return d.returnedOn === null ? null : workingDaysBetween(d.receivedOn, d.returnedOn, holidays);
}

/** The figures of one center, or of several together (each part its own calendar: a province and its wards). */
export function provinceIndicators(...parts: readonly IndicatorInput[]): IndicatorFigures {
  const dossiers = parts.flatMap((p) => p.dossiers);
  const visits = parts.flatMap((p) => p.visits);
  const counts: Record<DossierStatus, number> = { early: 0, 'on-time': 0, late: 0, overdue: 0, pending: 0 };
  let days = 0;
  for (const { today, holidays, dossiers: own } of parts) {
    for (const d of own) {
      counts[dossierStatus(d, today)]++;
      days += processingDays(d, holidays) ?? 0;
    }
  }
  const n = dossiers.length;
  const { early, late, overdue, pending } = counts;
  const onTime = counts['on-time'];
  const returned = early + onTime + late;
  const unsatisfied = dossiers.filter((d) => d.rating === 'unsatisfied').length;
  const rated = dossiers.filter((d) => d.rating !== null).length;
  const digitised = dossiers.filter((d) => d.digitised).length;
  // The portal subtracts both shares: a dossier late and rated unsatisfied counts twice.
  const score = rate(Math.max(0, n - late - overdue - unsatisfied), n);
  const helped = visits.filter((v) => v.onlineHelpPause || (v.fieldNameVi !== null && isOnlineHelpField(v.fieldNameVi))).length;
  return {
    dossiers: n,
    early,
    onTime,
    late,
    overdue,
    pending,
    earlyOrOnTimeRate: rate(early + onTime, n - pending),
    returned,
    averageProcessingDays: rate(days, returned),
    overdueOrLate: late + overdue,
    unsatisfied,
    rated,
    ratedShare: rate(rated, n),
    satisfactionScore: score,
    meetsThreshold: score === null ? null : score >= SATISFACTION_THRESHOLD,
    visits: visits.length,
    onlineHelped: helped,
    onlineHelpShare: rate(helped, visits.length),
    digitised,
    digitisedShare: rate(digitised, n),
  };
}
