// Request bodies, validated at the edge by the server and used as types by the screens.
import { z } from 'zod';
import {
  API_SCOPES,
  NEAR_NOTICE_KINDS,
  OUTCOMES,
  PAUSE_REASONS,
  PRIORITY_KINDS,
  PRIORITY_MODES,
  RATING_REASONS,
  RATING_SCORES,
  RECORDS_STATUSES,
  REPORT_GROUPS,
  VERIFICATION_REASONS,
  WEBHOOK_EVENT_TYPES,
} from './types.js';
import { isPublicUrlShape, normalisePublicUrl } from './rules/public-url.js';
import { isVoiceTemplate } from './voice.js';

const id = z.number().int().positive();
// A real calendar date: 2026-11-31 is refused, 2028-02-29 accepted.
const isoDate = z.iso.date();

export const issueTicketSchema = z.strictObject({
  /** The first procedure decides the field (and so the queue); a visit often has 2–4. */
  procedureIds: z.array(id).min(1).max(6),
  priority: z.enum(PRIORITY_KINDS).nullable().optional(),
  /** On a fast-track day, for a listed procedure: the citizen's answer to its checklist. */
  fastTrack: z.strictObject({ dossierComplete: z.boolean() }).optional(),
});
export type IssueTicketRequest = z.infer<typeof issueTicketSchema>;

export const loginSchema = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});
export type LoginRequest = z.infer<typeof loginSchema>;

/** Sign in at a counter; `force` takes it over from someone who left without signing out. */
export const openCounterSchema = z.strictObject({ force: z.boolean().optional() });
export type OpenCounterRequest = z.infer<typeof openCounterSchema>;

export const callTicketSchema = z.strictObject({ ticketId: id });

/** Room for a code and the blanks a scanner may add; its shape is the rule's to judge, with a reason. */
const dossierCodeText = z.string().max(64);

/** A phone number as people write it: digits, an optional +, blanks, dots or dashes. */
const phoneNumber = z
  .string()
  .trim()
  .regex(/^\+?[0-9 .-]{8,15}$/);

/** The clerk's "needs verification": a reason from the list, and words of their own (required for 'other'). */
const verificationSchema = z
  .strictObject({ reason: z.enum(VERIFICATION_REASONS), note: z.string().trim().max(300).nullable().optional() })
  .refine((v) => v.reason !== 'other' || (v.note ?? '') !== '', { path: ['note'] });

export const finishSchema = z.strictObject({
  outcomes: z
    .array(
      z.strictObject({
        procedureId: id,
        outcome: z.enum(OUTCOMES),
        /** For an appointment: defaults to the legal due date in working days. */
        resultDate: isoDate.nullable().optional(),
        /** The dossier's code (shared/rules/dossier-code.ts checks it); none for a guidance-only visit. */
        dossierCode: dossierCodeText.nullable().optional(),
        /** Its papers were digitised at the counter: only for a dossier received (a code, not sent back). */
        digitised: z.boolean().optional(),
        /** Marked by the clerk: the line leaves the same-day track for an appointment (outcome 'appointment' only). */
        verification: verificationSchema.nullable().optional(),
      }),
    )
    .min(1)
    .max(6),
  /** Form 01's applicant, typed at the counter, both optional: personal data, kept on the dossier lines only. */
  citizen: z.strictObject({ name: z.string().trim().max(100).nullable().optional(), phone: phoneNumber.nullable().optional() }).optional(),
});
export type FinishRequest = z.infer<typeof finishSchema>;

export const transferSchema = z.union([z.strictObject({ toFieldId: id }), z.strictObject({ toCounterId: id })]);
export type TransferRequest = z.infer<typeof transferSchema>;

export const pauseSchema = z.strictObject({ reason: z.enum(PAUSE_REASONS) });
export type PauseRequest = z.infer<typeof pauseSchema>;

/** Body-less actions still send `{}` so every write is JSON. */
export const emptySchema = z.strictObject({});

export const joinCenterSchema = z.strictObject({ centerId: z.string().min(1).max(64) });
export type JoinCenterRequest = z.infer<typeof joinCenterSchema>;
/** A wall display says whether it can play sound (the browser's autoplay policy may block it). */
export const wallSoundSchema = z.strictObject({ blocked: z.boolean() });
export type WallSoundReport = z.infer<typeof wallSoundSchema>;

// ---- Calendar and fast-track settings (manager, admin) ----

const minuteOfDay = z.number().int().min(0).max(1440);
/** A list of ids, each at most once. */
const idSet = (max: number) =>
  z
    .array(id)
    .max(max)
    .refine((ids) => new Set(ids).size === ids.length);
const weekday = z.number().int().min(0).max(6);
const text = (max: number) => z.string().trim().min(1).max(max);

export const weeklySessionsSchema = z.strictObject({
  sessions: z
    .array(
      z
        .strictObject({ weekday, start: minuteOfDay, end: minuteOfDay, kind: z.enum(['regular', 'extra']) })
        // No text of its own: the message comes in the caller's language, naming the field.
        .refine((s) => s.end > s.start, { path: ['end'] }),
    )
    .max(50),
});
export type WeeklySessionsRequest = z.infer<typeof weeklySessionsSchema>;

export const outreachSchema = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    start: minuteOfDay,
    end: minuteOfDay,
    placeVi: text(200),
    placeEn: text(200),
    counterIds: idSet(20),
  })
  .refine((o) => o.to >= o.from, { path: ['to'] })
  .refine((o) => o.end > o.start, { path: ['end'] });
export type OutreachRequest = z.infer<typeof outreachSchema>;

export const holidaySchema = z.strictObject({ date: isoDate, nameVi: text(120), nameEn: text(120) });
export type HolidayRequest = z.infer<typeof holidaySchema>;

export const fastTrackSettingsSchema = z.strictObject({
  days: z
    .array(weekday)
    .max(7)
    .refine((days) => new Set(days).size === days.length),
  procedures: z
    .array(
      z.strictObject({
        procedureId: id,
        checklistVi: z.array(text(300)).min(1).max(20),
        checklistEn: z.array(text(300)).min(1).max(20),
      }),
    )
    .max(100)
    .refine((list) => new Set(list.map((p) => p.procedureId)).size === list.length),
  counterIds: idSet(50),
});
export type FastTrackSettingsRequest = z.infer<typeof fastTrackSettingsSchema>;

// ---- Fast-track approval (leader) ----

export const refuseSchema = z.strictObject({ reason: text(500) });
export type RefuseRequest = z.infer<typeof refuseSchema>;

// ---- Bookings (public, reception) ----

export const bookingSchema = z.strictObject({
  procedureId: id,
  date: isoDate,
  /** The slot's start, minutes since local midnight. */
  slotStart: minuteOfDay,
  citizenName: text(100),
  phone: phoneNumber.optional(),
});
export type BookingRequest = z.infer<typeof bookingSchema>;

export const bookingCodeSchema = z.string().regex(/^\d{6}$/);

// ---- The citizen's side (public) and the center's voice (manager, admin) ----

/** A status token as issued (base64url); anything else cannot match a ticket. */
export const statusToken = z.string().regex(/^[\w-]{16,64}$/);

export const watchTicketSchema = z.strictObject({ token: statusToken });
export type WatchTicketRequest = z.infer<typeof watchTicketSchema>;

/**
 * A satisfaction rating: from the citizen's phone (`token`), or from the counter's rating screen
 * (`counter`, its number, for a ticket finished there a few minutes ago).
 */
export const ratingSchema = z
  .strictObject({
    score: z.enum(RATING_SCORES),
    reasons: z
      .array(z.enum(RATING_REASONS))
      .max(RATING_REASONS.length)
      .refine((r) => new Set(r).size === r.length)
      .optional(),
    token: statusToken.optional(),
    counter: z.number().int().positive().optional(),
  })
  .refine((r) => r.score === 'unsatisfied' || !r.reasons?.length, { path: ['reasons'] });
export type RatingRequest = z.infer<typeof ratingSchema>;

const voiceTemplate = z.string().trim().min(1).max(300).refine(isVoiceTemplate, { error: '{number} + {counter}' });
export const voiceSettingsSchema = z.strictObject({ templateVi: voiceTemplate, templateEn: voiceTemplate });
export type VoiceSettingsRequest = z.infer<typeof voiceSettingsSchema>;

/** How the queue treats priority citizens and no-shows, and when the board raises a long-wait alert. */
export const queueRulesSchema = z.strictObject({
  priorityMode: z.enum(PRIORITY_MODES),
  /** Interleaved: one priority citizen after every N others (kept when strict, for switching back). */
  priorityEvery: z.number().int().min(1).max(20),
  recallsBeforeNoShow: z.number().int().min(0).max(5),
  waitAlertMinutes: z.number().int().min(5).max(240),
});
export type QueueRulesRequest = z.infer<typeof queueRulesSchema>;

/** Months a dossier line keeps the citizen's name and phone (Form 01) after its receipt. */
export const personalDataSchema = z.strictObject({ retentionMonths: z.number().int().min(1).max(120) });
export type PersonalDataRequest = z.infer<typeof personalDataSchema>;

/** The center's agency code (shared/rules/dossier-code.ts checks its shape); null clears it. */
export const agencyCodeSchema = z.strictObject({ agencyCode: z.string().max(64).nullable() });
export type AgencyCodeRequest = z.infer<typeof agencyCodeSchema>;

/** A dossier code to look up, in a body so that it never travels in a URL (and so in no access log). */
export const dossierSearchSchema = z.strictObject({ code: dossierCodeText });
// ---- The integration API ----

/** A new API key: a name to tell it by and at least one scope. */
export const createApiKeySchema = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(API_SCOPES)).min(1).max(API_SCOPES.length),
});
export type CreateApiKeyRequest = z.infer<typeof createApiKeySchema>;

/** The records system's word on a dossier; its code travels in the path (the records system's call). */
export const dossierStatusSchema = z.strictObject({ status: z.enum(RECORDS_STATUSES) });

/** When a phone that opted in is told its ticket nears the front: 0–20 places ahead, or 1–120 minutes before its predicted call. */
export const nearNoticeSchema = z
  .strictObject({ by: z.enum(NEAR_NOTICE_KINDS), at: z.number().int().min(0).max(120) })
  .refine((n) => (n.by === 'places' ? n.at <= 20 : n.at >= 1), { path: ['at'] });
export type NearNoticeRequest = z.infer<typeof nearNoticeSchema>;

// ---- Call-back notifications (Web Push), from the citizen's status page ----

/**
 * A browser's push subscription as PushSubscription.toJSON() gives it. The keys are base64url: p256dh
 * an uncompressed P-256 point (65 bytes, the first 0x04, so "B…"), auth a 16-byte secret. Where the
 * endpoint may point is the server's to decide (server/push/push-services.ts).
 */
export const pushSubscriptionSchema = z.strictObject({
  endpoint: z.url().max(2048),
  expirationTime: z.number().nullable().optional(),
  keys: z.strictObject({
    p256dh: z.string().regex(/^B[\w-]{86}=?$/),
    auth: z.string().regex(/^[\w-]{21}[AQgw](==)?$/),
  }),
});
/** The citizen opts in: the subscription, and the language to be told in (the page's). */
export const pushSubscribeSchema = z.strictObject({ subscription: pushSubscriptionSchema, lang: z.enum(['vi', 'en']) });
export type PushSubscribeRequest = z.infer<typeof pushSubscribeSchema>;
/** The address phones open for the center (its tickets' QR codes); null: the server's MOTCUA_PUBLIC_URL. */
export const publicUrlSchema = z.strictObject({
  publicUrl: z
    .string()
    .trim()
    .max(200)
    .refine(isPublicUrlShape, { params: { format: 'url' } })
    .transform(normalisePublicUrl)
    .nullable(),
});
export type PublicUrlRequest = z.input<typeof publicUrlSchema>;

// ---- Hardening: devices, staff accounts, audit (manager, admin) ----

export const DEVICE_KINDS = ['wall', 'kiosk', 'rating'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const createDeviceSchema = z.strictObject({ kind: z.enum(DEVICE_KINDS), counterId: id.optional(), name: text(80) });
export type CreateDeviceRequest = z.infer<typeof createDeviceSchema>;

/** 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L). */
export const pairingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[2-9A-HJKMNP-Z]{8}$/);
export const pairDeviceSchema = z.strictObject({ code: pairingCodeSchema });

export const pairingSettingSchema = z.strictObject({ requirePairing: z.boolean() });

/** A webhook endpoint: where to (shared/rules/webhook-url.ts judges it, with a reason) and which events. */
export const createWebhookSchema = z.strictObject({
  url: z.string().trim().min(1).max(2048),
  eventTypes: z
    .array(z.enum(WEBHOOK_EVENT_TYPES))
    .min(1)
    .max(WEBHOOK_EVENT_TYPES.length)
    .refine((types) => new Set(types).size === types.length),
});
export type CreateWebhookRequest = z.infer<typeof createWebhookSchema>;

/** Send an endpoint every event of its types again, from this one (its id, as in X-Motcua-Event-Id) on. */
export const replayWebhookSchema = z.strictObject({ fromEventId: z.uuid() });

export const staffPasswordSchema = z.strictObject({ password: z.string().min(8).max(256) });

export const auditQuerySchema = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  staff: z.string().trim().min(1).max(64).optional(),
  format: z.enum(['json', 'csv']).optional(),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

// ---- Reports (manager, admin) ----

/** GET …/reports?from=YYYY-MM-DD&to=YYYY-MM-DD&by=field: at most a little over a year; `lang` names the CSV's headings. */
export const reportQuerySchema = z
  .strictObject({ from: isoDate, to: isoDate, by: z.enum(REPORT_GROUPS).default('field'), lang: z.enum(['vi', 'en']).optional() })
  .refine((q) => q.to >= q.from, { path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { path: ['to'] });
export type ReportQuery = z.infer<typeof reportQuerySchema>;

/** GET …/indicators(.csv|.json)?from=YYYY-MM-DD&to=YYYY-MM-DD: the same period rule; `lang` names the CSV's headings and words. */
export const indicatorsQuerySchema = z
  .strictObject({ from: isoDate, to: isoDate, lang: z.enum(['vi', 'en']).optional() })
  .refine((q) => q.to >= q.from, { path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { path: ['to'] });
export type IndicatorsQuery = z.infer<typeof indicatorsQuerySchema>;
