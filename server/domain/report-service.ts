// Reports per day, week, month, center, field, counter or staff member, aggregated in SQL; and
// their CSV export for Excel.
import { toCsv, type CsvValue } from '../../shared/csv.js';
import { localDate } from '../../shared/rules/local-time.js';
import { bucketStats, mergeBuckets, rate, type DurationBucket } from '../../shared/rules/report-stats.js';
import type { ReportQuery } from '../../shared/schemas.js';
import type { Lang, ReportGroup, ReportRow, ReportView } from '../../shared/types.js';
import { listCounterRows, listFields } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import {
  childCenterIds,
  reportCounts,
  reportDurations,
  reportFastTrack,
  reportOverdue,
  reportRatings,
  staffNames,
  type CountRow,
  type DurationBucketRow,
  type FastTrackRow,
  type RatingRow,
  type ReportScope,
} from '../store/report-queries.js';
import type { Clock } from './clock.js';
import type { QueueReader } from './queue-reader.js';

/** Bucket rows (sorted by group, then bucket) split per group. */
function groupBuckets(rows: readonly DurationBucketRow[]): Map<string, DurationBucket[]> {
  const map = new Map<string, DurationBucket[]>();
  for (const r of rows) {
    const list = map.get(r.k) ?? [];
    list.push({ b: r.b, n: r.n, total: r.total });
    map.set(r.k, list);
  }
  return map;
}

interface GroupFigures {
  c?: CountRow | undefined;
  overdue: number;
  f?: FastTrackRow | undefined;
  r?: RatingRow | undefined;
  wait: DurationBucket[];
  service: DurationBucket[];
}

const sum = <T>(rows: readonly T[], pick: (r: T) => number) => rows.reduce((s, r) => s + pick(r), 0);

export class ReportService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
  ) {}

  report(centerId: string, q: ReportQuery): ReportView {
    const started = performance.now();
    this.reader.center(centerId);
    const centerIds = q.by === 'center' ? [centerId, ...childCenterIds(this.store, centerId)] : [centerId];
    const { rows, total } = this.figures({ centerIds, from: q.from, to: q.to }, q.by);
    return { centerIds, from: q.from, to: q.to, by: q.by, rows, total, tookMs: Math.round(performance.now() - started) };
  }

  /** One row per group with tickets, in key order (names resolved for ids), and the total row. */
  figures(scope: ReportScope, by: ReportGroup): { rows: ReportRow[]; total: ReportRow } {
    const today = localDate(this.clock(), this.reader.center(scope.centerIds[0]).timezone);
    const counts = reportCounts(this.store, scope, by);
    const overdue = reportOverdue(this.store, scope, by, today);
    const fast = reportFastTrack(this.store, scope, by);
    const ratings = reportRatings(this.store, scope, by);
    const waits = groupBuckets(reportDurations(this.store, scope, by, 'wait'));
    const services = groupBuckets(reportDurations(this.store, scope, by, 'service'));
    const names = this.names(scope.centerIds, by);
    const numeric = by === 'field' || by === 'counter' || by === 'staff';
    const rows = counts
      .map((c) => {
        const name = names(c.k);
        return this.row(c.k, name.vi, name.en, {
          c,
          overdue: overdue.find((x) => x.k === c.k)?.overdue ?? 0,
          f: fast.find((x) => x.k === c.k),
          r: ratings.find((x) => x.k === c.k),
          wait: waits.get(c.k) ?? [],
          service: services.get(c.k) ?? [],
        });
      })
      .sort((a, b) => (numeric ? Number(a.key) - Number(b.key) : a.key.localeCompare(b.key)));
    const total = this.row('', '', '', {
      c: {
        k: '',
        tickets: sum(counts, (x) => x.tickets),
        noShows: sum(counts, (x) => x.noShows),
        transfers: sum(counts, (x) => x.transfers),
        procedures: sum(counts, (x) => x.procedures),
        uncoded: sum(counts, (x) => x.uncoded),
        early: sum(counts, (x) => x.early),
        onTime: sum(counts, (x) => x.onTime),
        late: sum(counts, (x) => x.late),
      },
      overdue: sum(overdue, (x) => x.overdue),
      f: {
        k: '',
        dossiers: sum(fast, (x) => x.dossiers),
        sameDay: sum(fast, (x) => x.sameDay),
        verification: sum(fast, (x) => x.verification),
      },
      r: { k: '', rated: sum(ratings, (x) => x.rated), unsatisfied: sum(ratings, (x) => x.unsatisfied) },
      wait: mergeBuckets([...waits.values()]),
      service: mergeBuckets([...services.values()]),
    });
    return { rows, total };
  }

  private row(key: string, nameVi: string, nameEn: string, d: GroupFigures): ReportRow {
    const early = d.c?.early ?? 0;
    const onTime = d.c?.onTime ?? 0;
    const late = (d.c?.late ?? 0) + d.overdue;
    const settled = early + onTime + late;
    const dossiers = d.f?.dossiers ?? 0;
    const sameDay = d.f?.sameDay ?? 0;
    const rated = d.r?.rated ?? 0;
    const unsatisfied = d.r?.unsatisfied ?? 0;
    return {
      key,
      nameVi,
      nameEn,
      tickets: d.c?.tickets ?? 0,
      procedures: d.c?.procedures ?? 0,
      withoutDossierCode: d.c?.uncoded ?? 0,
      wait: bucketStats(d.wait),
      service: bucketStats(d.service),
      noShows: d.c?.noShows ?? 0,
      transfers: d.c?.transfers ?? 0,
      results: { settled, early, onTime, late, earlyOrOnTimeRate: rate(early + onTime, settled) },
      fastTrack: { dossiers, sameDay, sameDayRate: rate(sameDay, dossiers), verification: d.f?.verification ?? 0 },
      satisfaction: { rated, unsatisfied, ratio: rate(rated - unsatisfied, rated) },
    };
  }

  /** Vietnamese and English names of a group key. */
  private names(centerIds: readonly string[], by: ReportGroup): (key: string) => { vi: string; en: string } {
    const same = (s: string) => ({ vi: s, en: s });
    if (by === 'field') {
      const fields = centerIds.flatMap((id) => listFields(this.store, id));
      return (k) => {
        const f = fields.find((x) => String(x.id) === k);
        return f ? { vi: `${f.prefix} – ${f.nameVi}`, en: `${f.prefix} – ${f.nameEn}` } : same(k);
      };
    }
    if (by === 'counter') {
      const counters = centerIds.flatMap((id) => listCounterRows(this.store, id));
      return (k) => {
        const c = counters.find((x) => String(x.id) === k);
        return c ? { vi: `Quầy ${c.number}`, en: `Counter ${c.number}` } : { vi: 'Chưa gọi', en: 'Not called' };
      };
    }
    if (by === 'staff') {
      const staff = staffNames(this.store, centerIds);
      return (k) => same(staff.find((s) => String(s.id) === k)?.name ?? (k ? k : '—'));
    }
    if (by === 'center') {
      return (k) => {
        const c = this.reader.center(k);
        return { vi: c.name, en: c.nameEn };
      };
    }
    return same;
  }

  /** The report as CSV (UTF-8 with BOM), headings in the caller's language. */
  csv(view: ReportView, lang: Lang): string {
    const h = CSV_HEADINGS[lang];
    const line = (r: ReportRow): CsvValue[] => [
      r.key,
      lang === 'en' ? r.nameEn : r.nameVi,
      r.tickets,
      r.procedures,
      r.withoutDossierCode,
      r.wait.average,
      r.wait.median,
      r.wait.p90,
      r.service.average,
      r.service.median,
      r.service.p90,
      r.noShows,
      r.transfers,
      r.results.early,
      r.results.onTime,
      r.results.late,
      percent(r.results.earlyOrOnTimeRate),
      r.fastTrack.dossiers,
      r.fastTrack.sameDay,
      percent(r.fastTrack.sameDayRate),
      r.fastTrack.verification,
      r.satisfaction.rated,
      r.satisfaction.unsatisfied,
      percent(r.satisfaction.ratio),
    ];
    return toCsv([h, ...view.rows.map(line), line({ ...view.total, key: '', nameVi: 'Tổng cộng', nameEn: 'Total' })]);
  }
}

const percent = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 10);

const CSV_HEADINGS: Record<Lang, string[]> = {
  vi: [
    'Mã',
    'Nhóm',
    'Số phiếu',
    'Số thủ tục',
    'Thủ tục không có mã hồ sơ',
    'Chờ TB (phút)',
    'Chờ trung vị (phút)',
    'Chờ P90 (phút)',
    'Phục vụ TB (phút)',
    'Phục vụ trung vị (phút)',
    'Phục vụ P90 (phút)',
    'Vắng mặt',
    'Chuyển quầy',
    'Trả sớm',
    'Đúng hẹn',
    'Trễ hẹn',
    'Tỷ lệ sớm/đúng hẹn (%)',
    'Hồ sơ luồng nhanh',
    'Trả trong ngày',
    'Tỷ lệ trong ngày (%)',
    'Luồng nhanh cần xác minh',
    'Lượt đánh giá',
    'Không hài lòng',
    'Tỷ lệ hài lòng (%)',
  ],
  en: [
    'Key',
    'Group',
    'Tickets',
    'Procedures',
    'Procedures without a dossier code',
    'Wait avg (min)',
    'Wait median (min)',
    'Wait P90 (min)',
    'Service avg (min)',
    'Service median (min)',
    'Service P90 (min)',
    'No-shows',
    'Transfers',
    'Early',
    'On time',
    'Late',
    'Early or on time (%)',
    'Fast-track dossiers',
    'Same day',
    'Same-day rate (%)',
    'Fast track needing verification',
    'Ratings',
    'Unsatisfied',
    'Satisfaction (%)',
  ],
};
