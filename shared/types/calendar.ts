// The calendar: sessions, holidays, the No-wait Friday fast track, bookings and result dates.
import type { RecordsStatus } from './api-keys.js';
import type { Outcome, VerificationReason } from './queue.js';

export const SESSION_KINDS = ['regular', 'extra', 'outreach'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export interface WeeklySessionView {
  id: number;
  /** 0 = Sunday … 6 = Saturday */
  weekday: number;
  /** Minutes since local midnight. */
  start: number;
  end: number;
  kind: 'regular' | 'extra';
}

export interface OutreachView {
  id: number;
  /** Inclusive YYYY-MM-DD range. */
  from: string;
  to: string;
  start: number;
  end: number;
  placeVi: string;
  placeEn: string;
  /** Counters (their clerks and display) that go there. */
  counterIds: number[];
}

export interface HolidayView {
  date: string;
  nameVi: string;
  nameEn: string;
}

export interface FastTrackProcedureView {
  procedureId: number;
  /** The documents a complete dossier needs. */
  checklistVi: string[];
  checklistEn: string[];
}

export interface CalendarView {
  timezone: string;
  weekly: WeeklySessionView[];
  outreach: OutreachView[];
  holidays: HolidayView[];
  fastTrack: { days: number[]; prefix: string; procedures: FastTrackProcedureView[]; counterIds: number[] };
  booking: { slotMinutes: number; slotCapacity: number; lateMinutes: number };
}

export interface SessionSlotView {
  kind: SessionKind;
  date: string;
  start: number;
  end: number;
  /** Where an outreach session is held; null at the center. */
  placeVi: string | null;
  placeEn: string | null;
}

export interface SessionStatus {
  open: SessionSlotView | null;
  next: SessionSlotView | null;
  fastTrackToday: boolean;
  serverTime: number;
}

/** `verification`: the clerk marked the dossier "needs verification"; it left the same-day track. */
export const FAST_TRACK_STAGES = ['received', 'appraised', 'approved', 'refused', 'verification', 'returned'] as const;
export type FastTrackStage = (typeof FAST_TRACK_STAGES)[number];

/** The "4 on-site" steps of one fast-track dossier. */
export interface FastTrackDossier {
  ticketId: number;
  number: string;
  counterNumber: number | null;
  procedureIds: number[];
  stage: FastTrackStage | null;
  receivedAt: number | null;
  appraisedAt: number | null;
  approvedAt: number | null;
  approvedBy: string | null;
  refusedAt: number | null;
  refusalReason: string | null;
  returnedAt: number | null;
  /** When the clerk marked it "needs verification", and why (each line's reason; the clerk's words stay on the line). */
  verificationAt: number | null;
  verificationReasons: VerificationReason[];
  /** Result not returned when the day's last session ended (never for one refused or needing verification). */
  late: boolean;
}

export interface FastTrackDay {
  date: string;
  /** Dossiers on the same-day track: received, less those the clerk marked "needs verification". */
  dossiers: number;
  returned: number;
  /** Returned the same day / dossiers on the track (0 when none): one needing verification is no failure. */
  sameDayRate: number;
  /** The dossiers that left the track for verification, apart, with how many lines gave each reason. */
  verification: { dossiers: number; reasons: { reason: VerificationReason; lines: number }[] };
  awaitingApproval: FastTrackDossier[];
  all: FastTrackDossier[];
}

export interface SlotView {
  start: number;
  end: number;
  capacity: number;
  booked: number;
  /** Bookings of the asked procedure in this slot, and its own cap. */
  procedureBooked: number;
  procedureCapacity: number;
  available: boolean;
}

export const BOOKING_STATES = ['booked', 'checked-in', 'cancelled'] as const;
export type BookingState = (typeof BOOKING_STATES)[number];

export interface BookingView {
  /** Six digits, easy to type on the kiosk's keypad. */
  code: string;
  centerId: string;
  procedureId: number;
  date: string;
  slotStart: number;
  slotEnd: number;
  citizenName: string;
  state: BookingState;
  ticketId: number | null;
}

/** A result promised on an appointment slip and not yet handed over. */
/**
 * Form 01, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", as it prints and reprints: for the staff of
 * the ticket's center only (the citizen's name and phone are personal data).
 */
export interface AppointmentSlipView {
  ticketId: number;
  number: string;
  /** When the dossier was received: the start of service (else the ticket's issue). */
  receivedAt: number;
  citizenName: string | null;
  citizenPhone: string | null;
  /** The clerk who received it. */
  receivedBy: string | null;
  /** The lines finished with an appointment, in visit order. */
  lines: AppointmentSlipLine[];
}

export interface AppointmentSlipLine {
  procedureId: number;
  dossierCode: string | null;
  /** The date promised (staff's, else the legal due date) and the legal due date. */
  resultDate: string | null;
  dueDate: string | null;
  verification: { reason: VerificationReason; note: string | null } | null;
  /** What was received: the procedure's checklist, where the center keeps one (the fast track's). */
  documentsVi: string[];
  documentsEn: string[];
}

export interface PendingResult {
  ticketId: number;
  number: string;
  /** The day the dossier was received. */
  receivedOn: string;
  procedureId: number;
  resultDate: string | null;
  dueDate: string | null;
  /** The dossier's code (Circular 01/2018), when the clerk recorded one: staff routes only. */
  dossierCode: string | null;
  /** What the records system last said of it (POST /api/dossiers/:code/status); null before. */
  recordsStatus: RecordsStatus | null;
}

/**
 * A procedure line found by its dossier code, for the staff of its center only: public views
 * (wall, board, status page, kiosk) never carry a dossier code.
 */
export interface DossierLine {
  dossierCode: string;
  ticketId: number;
  number: string;
  /** The day the ticket was issued, which is the day the dossier was received. */
  receivedOn: string;
  procedureId: number;
  outcome: Outcome | null;
  resultDate: string | null;
  dueDate: string | null;
  returnedOn: string | null;
  recordsStatus: RecordsStatus | null;
}
