// The province's indicators (Decision 766/QĐ-TTg) as the counter side sees them: per center over a
// period, and one line per dossier for reconciliation with the records system.
import type { CenterInfo } from './queue.js';
import type { RatingScore } from './citizen.js';

/** Where a dossier stands on a day: handed over early, on time or late; still out past its due date; not yet due. */
export type DossierStatus = 'early' | 'on-time' | 'late' | 'overdue' | 'pending';

/** Every figure of one center (or of several together) over a period; shares are 0–1, null when nothing to divide. */
export interface IndicatorFigures {
  /** Dossiers received: lines finished with a dossier code and the result handed over or promised on a slip. */
  dossiers: number;
  early: number;
  onTime: number;
  late: number;
  overdue: number;
  pending: number;
  /** (early + on time) / (early + on time + late + overdue): pending ones are neither. */
  earlyOrOnTimeRate: number | null;
  /** Dossiers handed over, and their average processing time in working days after the receipt day. */
  returned: number;
  averageProcessingDays: number | null;
  /** Late or overdue (the 5.4 measure's "overdue"). */
  overdueOrLate: number;
  /** Dossiers of a visit its citizen rated 'unsatisfied', and of a visit rated at all. */
  unsatisfied: number;
  rated: number;
  ratedShare: number | null;
  /** The 5.4-style measure: (dossiers − overdue or late − unsatisfied) / dossiers, never below 0. */
  satisfactionScore: number | null;
  /** The score reaches the province's threshold (SATISFACTION_THRESHOLD); null without dossiers. */
  meetsThreshold: boolean | null;
  /** Visits served, and those helped with online submission (the online-help field, or an 'online-help' pause). */
  visits: number;
  onlineHelped: number;
  onlineHelpShare: number | null;
  /** Dossiers whose papers were digitised at the counter. */
  digitised: number;
  digitisedShare: number | null;
}

export interface CenterIndicators {
  center: CenterInfo;
  figures: IndicatorFigures;
}

/** GET /api/centers/:id/indicators: the center (then its wards, for a province center) side by side. */
export interface IndicatorsView {
  from: string;
  to: string;
  /** The day the statuses are taken on (the center's today by the server's clock). */
  today: string;
  threshold: number;
  centers: CenterIndicators[];
  /** All of them together (the same as the one row when there is one). */
  total: IndicatorFigures;
}

/** One dossier line of the exports. */
export interface DossierIndicatorLine {
  centerId: string;
  /** The dossier code (Circular 01/2018): a line without one is no dossier received. */
  code: string;
  ticketNumber: string;
  procedureCode: string;
  procedureNameVi: string;
  receivedOn: string;
  dueDate: string;
  /** The date promised on the slip (null when handed over at once). */
  resultDate: string | null;
  returnedOn: string | null;
  status: DossierStatus;
  /** Working days from receipt to hand-over; null while not handed over. */
  processingDays: number | null;
  rating: RatingScore | null;
  digitised: boolean;
}
