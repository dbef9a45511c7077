// The queue: centers, fields, procedures, counters, tickets, calls and staff.
import type { RecordsStatus } from './api-keys.js';
import type { FastTrackRefusal } from '../rules/fast-track.js';
import type { NotCalledReason } from '../rules/ahead.js';
import type { WaitRange } from '../rules/wait-forecast.js';

export type { NotCalledReason };

export type Lang = 'vi' | 'en';

export const ROLES = ['admin', 'manager', 'leader', 'clerk', 'reception'] as const;
export type Role = (typeof ROLES)[number];

export const PRIORITY_KINDS = ['elderly', 'disability', 'pregnant', 'small-child'] as const;
export type PriorityKind = (typeof PRIORITY_KINDS)[number];

export const PRIORITY_MODES = ['strict', 'interleaved'] as const;
export type PriorityMode = (typeof PRIORITY_MODES)[number];

/** What "near the front" counts for a call-back notification: places ahead, or minutes to the predicted call. */
export const NEAR_NOTICE_KINDS = ['places', 'minutes'] as const;
export type NearNoticeBy = (typeof NEAR_NOTICE_KINDS)[number];

export const TICKET_STATES = ['waiting', 'called', 'serving', 'done', 'no-show', 'cancelled'] as const;
export type TicketState = (typeof TICKET_STATES)[number];

export const OUTCOMES = ['returned', 'appointment', 'incomplete'] as const;
/** returned: result handed over now; appointment: slip for a result on a date; incomplete: dossier returned for completion. */
export type Outcome = (typeof OUTCOMES)[number];

/**
 * Why a clerk marks a dossier line "needs verification" (the kiosk never asks it): the papers'
 * details do not match, another agency must be asked, a fact must be checked on the ground, or
 * another reason said in the clerk's words.
 */
export const VERIFICATION_REASONS = ['documents-mismatch', 'ask-other-agency', 'on-site-check', 'other'] as const;
export type VerificationReason = (typeof VERIFICATION_REASONS)[number];

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
  /** The manager board raises an alert for a field whose longest wait is above this. */
  waitAlertMinutes: number;
  /**
   * The center's agency identifier code (e.g. 000.00.01.H26), the first part of every dossier code it
   * issues; null until an admin sets it, and then dossier codes are not checked against it.
   */
  agencyCode: string | null;
  /** A phone that opted in is told its ticket nears the front at this many places ahead, or minutes before its predicted call. */
  nearNoticeBy: NearNoticeBy;
  nearNoticeAt: number;
  /** The address phones open for this center (http(s), no trailing slash), as an admin set it; null: the server's default. */
  publicUrl: string | null;
  /** What the QR codes on its tickets start with: publicUrl, else MOTCUA_PUBLIC_URL; null: the kiosk's own address. */
  qrUrl: string | null;
  /** The province center above a ward's (its managers read the ward's board); null at the top. */
  parentId: string | null;
  /** Months after receipt that a dossier line keeps the citizen's name and phone (Form 01); then they are cleared. */
  personalDataMonths: number;
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
  /** Working days the result may take when the clerk marks the dossier "needs verification". */
  verificationDays: number;
  /** Bookings this procedure may take in one slot. */
  slotCapacity: number;
}

/** What a counter is, as the public catalogue tells it: no live state. */
export interface CounterInfo {
  id: number;
  centerId: string;
  number: number;
  /** A designated fast-track counter serves the fast lane first. */
  fastTrack: boolean;
  /** Fields served, in the counter's order of preference. */
  fieldIds: number[];
}

/** A counter as it is now: who sits there and whom it serves (the snapshot and staff reads). */
export interface CounterView extends CounterInfo {
  status: CounterStatus;
  pauseReason: PauseReason | null;
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
  /** What the records system last said of the dossier (result ready, refused, supplement required); null before. */
  recordsStatus: RecordsStatus | null;
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
  /**
   * Tickets that the counters able to call this one will call before it (shared/rules/ahead.ts), as
   * of issue time; null when none of those counters is open, or for a booking whose slot has not
   * started (`aheadReason` says which). 0 once called.
   */
  ahead: number | null;
  /** Why `ahead` is null; null when it is a number. */
  aheadReason: NotCalledReason | null;
  /**
   * When `ahead` is null, from when the ticket can be called, if known: a booking's slot start, or the
   * next session's start when the center is between sessions. Otherwise null.
   */
  callableFrom: number | null;
  /** Counter numbers that serve the ticket's field. */
  counterNumbers: number[];
  /** Opaque token for the citizen's status page; never the sequential id. */
  statusToken: string;
  /** Expected minutes until the call, from recent service times, open counters and who is ahead. */
  estimatedWaitMinutes: number;
  /**
   * Minutes until the call as a range, from the call rule played forward (shared/rules/wait-forecast.ts):
   * 8 waits in 10 fall between `low` and `high`, half before `median`. Null before the center's first
   * forecast, while no counter can call the ticket, or for a wait past the forecast's horizon.
   */
  waitRange: WaitRange | null;
  /** At issue, when the fast lane was asked for and not given: the rule's reason (shared/rules/fast-track.ts). */
  fastTrackRefusal: FastTrackRefusal | null;
  /** Where each procedure of the visit is served, in the visit's order (shared/rules/visit-route.ts). */
  servedAt: LineServedAt[];
}

/** A procedure line of a visit, its field and the counters that serve that field. */
export interface LineServedAt {
  procedureId: number;
  fieldId: number;
  counterNumbers: number[];
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

/** The static catalogue a kiosk draws; live state only comes through the guarded snapshot and socket. */
export interface CatalogView {
  center: CenterInfo;
  fields: Field[];
  procedures: Procedure[];
  counters: CounterInfo[];
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
