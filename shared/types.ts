// Domain types shared by the server and every screen. Times are epoch milliseconds (UTC);
// "local dates" are YYYY-MM-DD strings in the center's time zone.

export type Lang = 'vi' | 'en';

export const ROLES = ['admin', 'manager', 'leader', 'clerk', 'reception'] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITY_KINDS = ['elderly', 'disability', 'pregnant', 'small-child'] as const;
export type PriorityKind = (typeof PRIORITY_KINDS)[number];

export const PRIORITY_MODES = ['strict', 'interleaved'] as const;
export type PriorityMode = (typeof PRIORITY_MODES)[number];

export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const OUTCOMES = ['returned', 'appointment', 'incomplete'] as const;
/** returned: result handed over now; appointment: slip for a result on a date; incomplete: dossier returned for completion. */
export type Outcome = (typeof OUTCOMES)[number];

export const PAUSE_REASONS = ['break', 'meeting', 'online-help', 'other'] as const;
export type PauseReason = (typeof PAUSE_REASONS)[number];

export const COUNTER_STATUSES = ['closed', 'open', 'paused'] as const;
export type CounterStatus = (typeof COUNTER_STATUSES)[number];

export type TicketSource = 'kiosk' | 'reception';

export const LANES = ['walk-in', 'fast', 'booking'] as const;
/** walk-in: the usual queue; fast: the No-wait Friday fast lane; booking: checked in with a booking code. */
export type Lane = (typeof LANES)[number];

export interface CenterInfo {
  id: string;
  name: string;
  nameEn: string;
  timezone: string;
  priorityMode: PriorityMode;
  /** In interleaved mode: one priority ticket after every N normal ones. */
  priorityEvery: number;
  /** Recalls a ticket must have had before it may be marked no-show. */
  recallsBeforeNoShow: number;
  /** Seconds between two recalls of the same ticket. */
  recallCooldownSeconds: number;
  /** Weekdays of the fast track (0 = Sunday … 6 = Saturday); Friday by default. */
  fastTrackDays: number[];
  /** Ticket prefix of the fast lane. */
  fastTrackPrefix: string;
  /** Booking slots: length in minutes and bookings per slot. */
  slotMinutes: number;
  slotCapacity: number;
  /** A booked citizen more than this many minutes late becomes a walk-in. */
  bookingLateMinutes: number;
  /** The wall's spoken call sentences, with {number} and {counter}. */
  voiceTemplateVi: string;
  voiceTemplateEn: string;
}

export interface Field {
  id: number;
  centerId: string;
  prefix: string;
  nameVi: string;
  nameEn: string;
  sort: number;
}

export interface Procedure {
  id: number;
  fieldId: number;
  code: string;
  nameVi: string;
  nameEn: string;
  /** Legal processing time in working days; 0 = result at once. */
  processingDays: number;
  /** A dossier received from 15:00 counts from the next working day. */
  afternoonCutoff: boolean;
  /** Bookings this procedure may take in one slot. */
  slotCapacity: number;
}

export interface CounterView {
  id: number;
  centerId: string;
  number: number;
  status: CounterStatus;
  pauseReason: PauseReason | null;
  /** A designated fast-track counter serves the fast lane first. */
  fastTrack: boolean;
  /** Fields served, in the counter's order of preference. */
  fieldIds: number[];
  staffId: number | null;
  staffName: string | null;
  /** The ticket called or being served at this counter, if any. */
  current: TicketView | null;
}

export interface TicketProcedureView {
  procedureId: number;
  outcome: Outcome | null;
  /** The date promised on the appointment slip. */
  resultDate: string | null;
  /** The legal due date from the processing time in working days. */
  dueDate: string | null;
  /** When the result was handed over (for an appointment, later). */
  returnedOn: string | null;
}

export interface TicketView {
  id: number;
  centerId: string;
  number: string;
  fieldId: number;
  priority: PriorityKind | null;
  state: TicketState;
  source: TicketSource;
  lane: Lane;
  /** A booked ticket is called from its slot's start, not before. */
  notBefore: number | null;
  procedures: TicketProcedureView[];
  counterId: number | null;
  counterNumber: number | null;
  /** Set while a transferred ticket waits for one particular counter. */
  targetCounterId: number | null;
  transferred: boolean;
  recallCount: number;
  issuedAt: number;
  calledAt: number | null;
  startedAt: number | null;
  finishedAt: number | null;
  /** Minutes the citizen was told to expect at issue (null for tickets from before estimates). */
  estimatedWaitMinutes: number | null;
}

/** What the citizen is told when a ticket is issued. */
export interface IssuedTicket {
  ticket: TicketView;
  /** Tickets of the same field that will be called before this one, as of issue time. */
  ahead: number;
  /** Counter numbers that serve the ticket's field. */
  counterNumbers: number[];
  /** Opaque token for the citizen's status page; never the sequential id. */
  statusToken: string;
  /** Expected minutes until the call, from recent service times, open counters and who is ahead. */
  estimatedWaitMinutes: number;
}

export interface FieldWaiting {
  fieldId: number;
  waiting: number;
}

export interface CallView {
  ticketId: number;
  number: string;
  fieldId: number;
  counterId: number;
  counterNumber: number;
  at: number;
  recall: boolean;
}

export interface CatalogView {
  center: CenterInfo;
  fields: Field[];
  procedures: Procedure[];
  counters: CounterView[];
}

/** Everything a screen of a center needs to draw itself; sent first on every (re)connect. */
export interface CenterSnapshot {
  center: CenterInfo;
  fields: Field[];
  counters: CounterView[];
  waiting: FieldWaiting[];
  recentCalls: CallView[];
  serverTime: number;
}

export interface StaffView {
  id: number;
  centerId: string;
  username: string;
  displayName: string;
  role: Role;
}

// ---- Calendar, fast track, bookings ----

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

export const FAST_TRACK_STAGES = ['received', 'appraised', 'approved', 'refused', 'returned'] as const;
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
  /** Result not returned when the day's last session ended. */
  late: boolean;
}

export interface FastTrackDay {
  date: string;
  dossiers: number;
  returned: number;
  /** Returned the same day / dossiers received (0 when none). */
  sameDayRate: number;
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
export interface PendingResult {
  ticketId: number;
  number: string;
  /** The day the dossier was received. */
  receivedOn: string;
  procedureId: number;
  resultDate: string | null;
  dueDate: string | null;
}

// ---- The citizen's side: status page, satisfaction ratings ----

/**
 * What the citizen's phone shows for one ticket (by its status token): the ticket and where it stands.
 * Its estimatedWaitMinutes (from TicketView) is shown only when the server has one.
 */
export interface TicketStatus extends TicketView {
  /** Tickets that will be called before this one (0 once called). */
  ahead: number;
  /** Counter numbers that serve the ticket where it waits now (its field, or the fast-track desks). */
  counterNumbers: number[];
  /** After a transfer to one counter: that counter's number. */
  targetCounterNumber: number | null;
  /** Whether the citizen has rated the service already. */
  rated: boolean;
}

export const RATING_SCORES = ['very-satisfied', 'satisfied', 'unsatisfied'] as const;
export type RatingScore = (typeof RATING_SCORES)[number];

/** Why a citizen was not satisfied (the province's survey reasons). */
export const RATING_REASONS = ['waiting-time', 'staff-attitude', 'guidance'] as const;
export type RatingReason = (typeof RATING_REASONS)[number];

/** A stored rating, as the rating screen and the phone are told. */
export interface RatingView {
  ticketId: number;
  score: RatingScore;
  reasons: RatingReason[];
  ratedAt: number;
}

/** A center's ratings of one local day. */
export interface RatingsDay {
  date: string;
  rated: number;
  counts: Record<RatingScore, number>;
  reasons: Record<RatingReason, number>;
  /** (rated − unsatisfied) / rated, the province's KPI; null when nobody rated. */
  satisfactionRatio: number | null;
}

// ---- Manager board, reports, province view ----

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
  wait: DurationStats;
  service: DurationStats;
  noShows: number;
  transfers: number;
  /** Results with a due date that were handed over, or are overdue: early, on time or late. */
  results: { settled: number; early: number; onTime: number; late: number; earlyOrOnTimeRate: number | null };
  fastTrack: { dossiers: number; sameDay: number; sameDayRate: number | null };
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
