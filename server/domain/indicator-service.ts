// The province's indicators of a center (and, for a province center, of its wards side by side) over
// a period, and the per-dossier exports for reconciliation with the records system (JSON keyed by
// dossier code, CSV for Excel). Every figure comes from shared/rules/province-indicators.ts.
import { toCsv, type CsvValue } from '../../shared/csv.js';
import { localDate } from '../../shared/rules/local-time.js';
import {
  SATISFACTION_THRESHOLD,
  dossierStatus,
  processingDays,
  provinceIndicators,
  type IndicatorInput,
} from '../../shared/rules/province-indicators.js';
import type { IndicatorsQuery } from '../../shared/schemas.js';
import type { DossierIndicatorLine, DossierStatus, IndicatorsView, Lang, RatingScore } from '../../shared/types.js';
import type { Store } from '../store/database.js';
import { dossierLines, visitRows } from '../store/indicator-queries.js';
import { childCenterIds } from '../store/report-queries.js';
import type { CalendarService } from './calendar-service.js';
import type { Clock } from './clock.js';
import type { QueueReader } from './queue-reader.js';

type Period = Pick<IndicatorsQuery, 'from' | 'to'>;

export class IndicatorService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly calendar: CalendarService,
  ) {}

  /** The center first, then its wards when it is a province center; and all of them together. */
  view(centerId: string, q: Period): IndicatorsView {
    const ids = [centerId, ...childCenterIds(this.store, centerId)];
    const inputs = ids.map((id) => this.input(id, q));
    return {
      from: q.from,
      to: q.to,
      today: this.today(centerId),
      threshold: SATISFACTION_THRESHOLD,
      centers: ids.map((id, i) => ({ center: this.reader.center(id), figures: provinceIndicators(inputs[i]) })),
      total: provinceIndicators(...inputs),
    };
  }

  /** The center's own dossiers of the period, one line each, in receipt order (a province center's wards export their own). */
  lines(centerId: string, q: Period): DossierIndicatorLine[] {
    const today = this.today(centerId);
    const { holidays } = this.calendar.calendar(centerId);
    return dossierLines(this.store, centerId, q.from, q.to).map((r) => ({
      centerId,
      code: r.code,
      ticketNumber: r.ticketNumber,
      procedureCode: r.procedureCode,
      procedureNameVi: r.procedureNameVi,
      receivedOn: r.receivedOn,
      dueDate: r.dueDate,
      resultDate: r.resultDate,
      returnedOn: r.returnedOn,
      status: dossierStatus(r, today),
      processingDays: processingDays(r, holidays),
      rating: r.rating,
      digitised: r.digitised === 1,
    }));
  }

  /** The JSON export: the lines keyed by dossier code (unique within a center). */
  json(
    centerId: string,
    q: Period,
  ): { centerId: string; from: string; to: string; today: string; dossiers: Record<string, DossierIndicatorLine> } {
    const dossiers = Object.fromEntries(this.lines(centerId, q).map((l) => [l.code, l]));
    return { centerId, from: q.from, to: q.to, today: this.today(centerId), dossiers };
  }

  /** The CSV export (UTF-8 with BOM), headings and words in `lang`. */
  csv(centerId: string, q: Period, lang: Lang): string {
    const words = CSV_WORDS[lang];
    const line = (l: DossierIndicatorLine): CsvValue[] => [
      l.code,
      l.centerId,
      l.ticketNumber,
      l.procedureCode,
      l.procedureNameVi,
      l.receivedOn,
      l.dueDate,
      l.resultDate,
      l.returnedOn,
      words.status[l.status],
      l.processingDays,
      l.rating === null ? null : words.rating[l.rating],
      l.digitised ? words.yes : words.no,
    ];
    return toCsv([words.headings, ...this.lines(centerId, q).map(line)]);
  }

  private today(centerId: string): string {
    return localDate(this.clock(), this.reader.center(centerId).timezone);
  }

  private input(centerId: string, q: Period): IndicatorInput {
    return {
      today: this.today(centerId),
      holidays: this.calendar.calendar(centerId).holidays,
      dossiers: dossierLines(this.store, centerId, q.from, q.to).map((r) => ({ ...r, digitised: r.digitised === 1 })),
      visits: visitRows(this.store, centerId, q.from, q.to).map((v) => ({ ...v, onlineHelpPause: v.onlineHelpPause === 1 })),
    };
  }
}

const CSV_WORDS: Record<
  Lang,
  { headings: string[]; status: Record<DossierStatus, string>; rating: Record<RatingScore, string>; yes: string; no: string }
> = {
  vi: {
    headings: [
      'Mã hồ sơ',
      'Trung tâm',
      'Số phiếu',
      'Mã thủ tục',
      'Thủ tục',
      'Ngày tiếp nhận',
      'Hạn giải quyết',
      'Ngày hẹn trả',
      'Ngày trả kết quả',
      'Tình trạng',
      'Thời gian xử lý (ngày làm việc)',
      'Đánh giá',
      'Số hóa khi tiếp nhận',
    ],
    status: { early: 'Trước hạn', 'on-time': 'Đúng hạn', late: 'Trễ hạn', overdue: 'Quá hạn chưa trả', pending: 'Chưa đến hạn' },
    rating: { 'very-satisfied': 'Rất hài lòng', satisfied: 'Hài lòng', unsatisfied: 'Chưa hài lòng' },
    yes: 'Có',
    no: 'Không',
  },
  en: {
    headings: [
      'Dossier code',
      'Center',
      'Ticket',
      'Procedure code',
      'Procedure',
      'Received on',
      'Due date',
      'Promised date',
      'Returned on',
      'Status',
      'Processing time (working days)',
      'Rating',
      'Digitised at receipt',
    ],
    status: { early: 'early', 'on-time': 'on time', late: 'late', overdue: 'overdue', pending: 'not yet due' },
    rating: { 'very-satisfied': 'Very satisfied', satisfied: 'Satisfied', unsatisfied: 'Not satisfied' },
    yes: 'Yes',
    no: 'No',
  },
};
