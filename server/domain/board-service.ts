// The manager board's figures for today, and the province board's side-by-side view of its centers.
import { addDays } from '../../shared/rules/sessions.js';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import type { BoardView, ProvinceView } from '../../shared/types.js';
import { boardCounters, boardFields, boardHours } from '../store/board-queries.js';
import type { Store } from '../store/database.js';
import { centerWaiting, childCenterIds } from '../store/report-queries.js';
import type { Clock } from './clock.js';
import type { QueueReader } from './queue-reader.js';
import type { ReportService } from './report-service.js';
import type { WallSound } from './wall-sound.js';

/** The province board's rates look back this many days (today included). */
export const PROVINCE_RATE_DAYS = 30;

export class BoardService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly reader: QueueReader,
    private readonly reports: ReportService,
    private readonly wallSound: WallSound,
  ) {}

  board(centerId: string): BoardView {
    const center = this.reader.center(centerId);
    const now = this.clock();
    const date = localDate(now, center.timezone);
    return {
      centerId,
      date,
      serverTime: now,
      waitAlertMinutes: center.waitAlertMinutes,
      fields: boardFields(this.store, centerId, date),
      counters: boardCounters(this.store, centerId, date),
      hours: boardHours(this.store, centerId, date, localInstant(date, 0, center.timezone)),
      silentWalls: this.wallSound.silent(centerId),
    };
  }

  /** The province center's children side by side: waiting now, today's average wait, 30-day rates. */
  province(provinceId: string): ProvinceView {
    const province = this.reader.center(provinceId);
    const today = localDate(this.clock(), province.timezone);
    const childIds = childCenterIds(this.store, provinceId);
    const todays = childIds.length ? this.reports.figures({ centerIds: childIds, from: today, to: today }, 'center').rows : [];
    const recent = childIds.length
      ? this.reports.figures({ centerIds: childIds, from: addDays(today, 1 - PROVINCE_RATE_DAYS), to: today }, 'center').rows
      : [];
    return {
      province,
      serverTime: this.clock(),
      centers: childIds.map((id) => {
        const row = recent.find((r) => r.key === id);
        return {
          center: this.reader.center(id),
          waiting: centerWaiting(this.store, id),
          averageWaitMinutes: todays.find((r) => r.key === id)?.wait.average ?? null,
          onTimeRate: row?.results.earlyOrOnTimeRate ?? null,
          sameDayRate: row?.fastTrack.sameDayRate ?? null,
        };
      }),
    };
  }
}
