// SQL for reports: every figure is aggregated in SQLite over the tickets_report index (a year of a
// ward's history is about 250 000 tickets); percentiles by nearest rank over 6-second buckets.
import type { ReportGroup } from '../../shared/types.js';
import { centerKey } from './catalog-queries.js';
import type { Store } from './database.js';

/** The group key of a ticket row `t` for each way of grouping. */
const GROUP_KEY: Record<ReportGroup, string> = {
  field: 'CAST(t.field_id AS TEXT)',
  counter: "COALESCE(CAST(t.counter_id AS TEXT), '')",
  staff: "COALESCE(CAST(t.served_by AS TEXT), '')",
  day: 't.local_date',
  // The Monday of the ISO week: forward to Sunday (or stay), then back six days.
  week: "date(t.local_date, 'weekday 0', '-6 days')",
  month: 'substr(t.local_date, 1, 7)',
  center: 't.center_id',
};

const DURATIONS = {
  wait: { value: 't.called_at - t.issued_at', where: 't.called_at IS NOT NULL' },
  service: { value: 't.finished_at - t.started_at', where: "t.state = 'done' AND t.started_at IS NOT NULL" },
} as const;

export interface ReportScope {
  centerIds: readonly string[];
  from: string;
  to: string;
}

function scope(s: ReportScope): { where: string; params: string[] } {
  return {
    where: `t.center_id IN (${s.centerIds.map(() => '?').join(', ')}) AND t.local_date BETWEEN ? AND ?`,
    params: [...s.centerIds, s.from, s.to],
  };
}

export interface CountRow {
  k: string;
  tickets: number;
  noShows: number;
  transfers: number;
  procedures: number;
  /** Lines finished without a dossier code. */
  uncoded: number;
  early: number;
  onTime: number;
  /** Handed over after the due date (overdue ones still pending come from reportOverdue). */
  late: number;
}

/**
 * Tickets, no-shows, transfers, procedures (and those finished without a dossier code) and result timeliness per group. The inner query walks the
 * index in its own order (center, day, field, counter, staff), so it aggregates as it goes without
 * sorting a year of tickets; the outer one merges those few thousand partial rows into the groups.
 */
export function reportCounts(store: Store, s: ReportScope, by: ReportGroup): CountRow[] {
  const { where, params } = scope(s);
  return store.all<CountRow>(
    `SELECT ${GROUP_KEY[by]} AS k, SUM(tickets) AS tickets, SUM(noShows) AS noShows, SUM(transfers) AS transfers,
       SUM(procedures) AS procedures, SUM(uncoded) AS uncoded, SUM(early) AS early, SUM(onTime) AS onTime, SUM(late) AS late
     FROM (SELECT t.center_id, t.local_date, t.field_id, t.counter_id, t.served_by, COUNT(*) AS tickets,
             SUM(t.state = 'no-show') AS noShows, SUM(t.transferred_at IS NOT NULL) AS transfers,
             SUM(t.procedure_count) AS procedures, SUM(t.procedures_uncoded) AS uncoded,
             SUM(t.results_early) AS early, SUM(t.results_on_time) AS onTime,
             SUM(t.results_late) AS late
           FROM tickets t WHERE ${where} GROUP BY t.center_id, t.local_date, t.field_id, t.counter_id, t.served_by) AS t
     GROUP BY k`,
    ...params,
  );
}

/** Results promised for before `today` and still not handed over: late too. */
export function reportOverdue(store: Store, s: ReportScope, by: ReportGroup, today: string): { k: string; overdue: number }[] {
  const { where, params } = scope(s);
  return store.all<{ k: string; overdue: number }>(
    `SELECT ${GROUP_KEY[by]} AS k, COUNT(*) AS overdue
     FROM ticket_procedures p INDEXED BY ticket_procedures_pending CROSS JOIN tickets t ON t.id = p.ticket_id
     WHERE p.outcome = 'appointment' AND p.returned_on IS NULL AND p.due_date < ? AND ${where} GROUP BY k`,
    today,
    ...params,
  );
}

export interface FastTrackRow {
  k: string;
  dossiers: number;
  sameDay: number;
  verification: number;
}

/**
 * Fast-track dossiers received in the period (read from their own day index) on the same-day track,
 * those returned, and apart those the clerk marked "needs verification" (off the track, no failure).
 */
export function reportFastTrack(store: Store, s: ReportScope, by: ReportGroup): FastTrackRow[] {
  const { where, params } = scope(s);
  return store.all<FastTrackRow>(
    `SELECT ${GROUP_KEY[by]} AS k, COUNT(*) - COUNT(f.verification_at) AS dossiers, COUNT(f.returned_at) AS sameDay,
       COUNT(f.verification_at) AS verification
     FROM fast_track_steps f CROSS JOIN tickets t ON t.id = f.ticket_id
     WHERE f.center_id IN (${s.centerIds.map(() => '?').join(', ')}) AND f.local_date BETWEEN ? AND ? AND ${where} GROUP BY k`,
    ...params,
    ...params,
  );
}

export interface RatingRow {
  k: string;
  rated: number;
  unsatisfied: number;
}

/** Citizens' ratings of the period's tickets. */
export function reportRatings(store: Store, s: ReportScope, by: ReportGroup): RatingRow[] {
  const { where, params } = scope(s);
  return store.all<RatingRow>(
    `SELECT ${GROUP_KEY[by]} AS k, COUNT(*) AS rated, SUM(r.score = 'unsatisfied') AS unsatisfied
     FROM ratings r JOIN tickets t ON t.id = r.ticket_id
     WHERE r.center_id IN (${s.centerIds.map(() => '?').join(', ')}) AND r.local_date >= ? AND ${where} GROUP BY k`,
    ...s.centerIds,
    s.from,
    ...params,
  );
}

export interface DurationBucketRow {
  k: string;
  /** The duration in tenths of a minute (6 s), rounded: the precision reports show. */
  b: number;
  n: number;
  /** Sum of the exact durations (ms) in the bucket, for the average. */
  total: number;
}

/**
 * A duration's distribution per group, in 6-second buckets: grouping into a few thousand buckets is
 * far cheaper than sorting every ticket, and percentiles read from it are exact at the precision shown.
 */
export function reportDurations(store: Store, s: ReportScope, by: ReportGroup, kind: keyof typeof DURATIONS): DurationBucketRow[] {
  const { where, params } = scope(s);
  const d = DURATIONS[kind];
  return store.all<DurationBucketRow>(
    `SELECT ${GROUP_KEY[by]} AS k, CAST(ROUND((${d.value}) / 6000.0) AS INTEGER) AS b, COUNT(*) AS n, SUM(${d.value}) AS total
     FROM tickets t WHERE ${where} AND ${d.where} GROUP BY k, b ORDER BY k, b`,
    ...params,
  );
}

/** Names for group keys that are ids. */
export function staffNames(store: Store, centerIds: readonly string[]): { id: number; name: string }[] {
  return store.all<{ id: number; name: string }>(
    `SELECT id, display_name AS name FROM staff WHERE center_id IN (${centerIds.map(() => '?').join(', ')})`,
    ...centerIds,
  );
}

// ---- Province level ----

export function parentOf(store: Store, centerId: string): string | null {
  return store.first<{ parent_id: string | null }>('SELECT parent_id FROM centers WHERE id = ?', centerId)?.parent_id ?? null;
}

export function childCenterIds(store: Store, parentId: string): string[] {
  return store.all<{ id: string }>('SELECT id FROM centers WHERE parent_id = ? ORDER BY created_at, id', parentId).map((r) => r.id);
}

export function setParent(store: Store, centerId: string, parentId: string | null): void {
  store.run('UPDATE centers SET parent_id = ? WHERE id = ?', parentId, centerId);
  store.forget(centerKey(centerId));
  store.forget(centerKey(centerId));
}

export function centerWaiting(store: Store, centerId: string): number {
  return store.first<{ n: number }>(
    "SELECT COUNT(*) AS n FROM fields f JOIN tickets t ON t.field_id = f.id AND t.state = 'waiting' WHERE f.center_id = ?",
    centerId,
  )!.n;
}
