// SQL for the center's configuration: centers, fields, procedures, counters and their fields.
import type { CenterInfo, CounterStatus, Field, NearNoticeBy, PauseReason, PriorityMode, Procedure } from '../../shared/types.js';
import type { NearNoticeRequest, QueueRulesRequest } from '../../shared/schemas.js';
import type { Store } from './database.js';

interface CenterRow {
  id: string;
  name: string;
  name_en: string;
  timezone: string;
  priority_mode: PriorityMode;
  priority_every: number;
  recalls_before_no_show: number;
  recall_cooldown_seconds: number;
  fast_track_days: string;
  fast_track_prefix: string;
  slot_minutes: number;
  slot_capacity: number;
  booking_late_minutes: number;
  voice_template_vi: string;
  voice_template_en: string;
  wait_alert_minutes: number;
  agency_code: string | null;
  near_notice_by: NearNoticeBy;
  near_notice_at: number;
  public_url: string | null;
  parent_id: string | null;
  personal_data_months: number;
}

const toCenter = (r: CenterRow): CenterInfo => ({
  id: r.id,
  name: r.name,
  nameEn: r.name_en,
  timezone: r.timezone,
  priorityMode: r.priority_mode,
  priorityEvery: r.priority_every,
  recallsBeforeNoShow: r.recalls_before_no_show,
  recallCooldownSeconds: r.recall_cooldown_seconds,
  fastTrackDays: JSON.parse(r.fast_track_days) as number[],
  fastTrackPrefix: r.fast_track_prefix,
  slotMinutes: r.slot_minutes,
  slotCapacity: r.slot_capacity,
  bookingLateMinutes: r.booking_late_minutes,
  voiceTemplateVi: r.voice_template_vi,
  voiceTemplateEn: r.voice_template_en,
  waitAlertMinutes: r.wait_alert_minutes,
  agencyCode: r.agency_code,
  nearNoticeBy: r.near_notice_by,
  nearNoticeAt: r.near_notice_at,
  publicUrl: r.public_url,
  // The server's default (MOTCUA_PUBLIC_URL) is added by the QueueReader.
  qrUrl: r.public_url,
  parentId: r.parent_id,
  personalDataMonths: r.personal_data_months,
});

/** The store key of a center's remembered row: every writer of `centers` forgets it. */
export const centerKey = (id: string) => `center:${id}`;

export function getCenter(store: Store, id: string): CenterInfo | undefined {
  return store.remember(centerKey(id), () => {
    const row = store.first<CenterRow>('SELECT * FROM centers WHERE id = ?', id);
    return row && toCenter(row);
  });
}

export function listCenters(store: Store): CenterInfo[] {
  return store.all<CenterRow>('SELECT * FROM centers ORDER BY created_at, id').map(toCenter);
}

/**
 * A new center speaks the default call line, alerts at the default wait and tells phones of the front
 * at the default place (the columns' defaults), and has no agency code, until a manager changes them.
 */
export function insertCenter(
  store: Store,
  c: Omit<
    CenterInfo,
    | 'voiceTemplateVi'
    | 'voiceTemplateEn'
    | 'waitAlertMinutes'
    | 'agencyCode'
    | 'nearNoticeBy'
    | 'nearNoticeAt'
    | 'publicUrl'
    | 'qrUrl'
    | 'parentId'
    | 'personalDataMonths'
  >,
  at: number,
): void {
  store.run(
    `INSERT INTO centers (id, name, name_en, timezone, priority_mode, priority_every, recalls_before_no_show,
       recall_cooldown_seconds, fast_track_days, fast_track_prefix, slot_minutes, slot_capacity, booking_late_minutes,
       created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    c.id,
    c.name,
    c.nameEn,
    c.timezone,
    c.priorityMode,
    c.priorityEvery,
    c.recallsBeforeNoShow,
    c.recallCooldownSeconds,
    JSON.stringify(c.fastTrackDays),
    c.fastTrackPrefix,
    c.slotMinutes,
    c.slotCapacity,
    c.bookingLateMinutes,
    at,
  );
}

export function setVoiceTemplates(store: Store, centerId: string, vi: string, en: string): void {
  store.run('UPDATE centers SET voice_template_vi = ?, voice_template_en = ? WHERE id = ?', vi, en, centerId);
  store.forget(centerKey(centerId));
}

export function setQueueRules(store: Store, centerId: string, r: QueueRulesRequest): void {
  store.run(
    `UPDATE centers SET priority_mode = ?, priority_every = ?, recalls_before_no_show = ?, wait_alert_minutes = ?
     WHERE id = ?`,
    r.priorityMode,
    r.priorityEvery,
    r.recallsBeforeNoShow,
    r.waitAlertMinutes,
    centerId,
  );
  store.forget(centerKey(centerId));
}

/** The center's agency code, as parseAgencyCode normalised it, or null. */
export function setAgencyCode(store: Store, centerId: string, agencyCode: string | null): void {
  store.run('UPDATE centers SET agency_code = ? WHERE id = ?', agencyCode, centerId);
  store.forget(centerKey(centerId));
}

export function setPersonalDataMonths(store: Store, centerId: string, months: number): void {
  store.run('UPDATE centers SET personal_data_months = ? WHERE id = ?', months, centerId);
  store.forget(centerKey(centerId));
}

export function setNearNotice(store: Store, centerId: string, n: NearNoticeRequest): void {
  store.run('UPDATE centers SET near_notice_by = ?, near_notice_at = ? WHERE id = ?', n.by, n.at, centerId);
  store.forget(centerKey(centerId));
}

export function setPublicUrl(store: Store, centerId: string, url: string | null): void {
  store.run('UPDATE centers SET public_url = ? WHERE id = ?', url, centerId);
  store.forget(centerKey(centerId));
}

export function setFastTrackDays(store: Store, centerId: string, days: number[]): void {
  store.run('UPDATE centers SET fast_track_days = ? WHERE id = ?', JSON.stringify(days), centerId);
  store.forget(centerKey(centerId));
}

interface FieldRow {
  id: number;
  center_id: string;
  prefix: string;
  name_vi: string;
  name_en: string;
  sort: number;
}

const toField = (r: FieldRow): Field => ({
  id: r.id,
  centerId: r.center_id,
  prefix: r.prefix,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  sort: r.sort,
});

export function listFields(store: Store, centerId: string): Field[] {
  return store.all<FieldRow>('SELECT * FROM fields WHERE center_id = ? ORDER BY sort, id', centerId).map(toField);
}

// Fields and procedures are only ever inserted, so a row once read is remembered for good; a writer
// that changes one must forget its key.
export function getField(store: Store, id: number): Field | undefined {
  return store.remember(`field:${id}`, () => {
    const row = store.first<FieldRow>('SELECT * FROM fields WHERE id = ?', id);
    return row && toField(row);
  });
}

export function insertField(store: Store, f: Omit<Field, 'id'>): number {
  return Number(
    store.run(
      'INSERT INTO fields (center_id, prefix, name_vi, name_en, sort) VALUES (?, ?, ?, ?, ?)',
      f.centerId,
      f.prefix,
      f.nameVi,
      f.nameEn,
      f.sort,
    ).lastInsertRowid,
  );
}

interface ProcedureRow {
  id: number;
  field_id: number;
  code: string;
  name_vi: string;
  name_en: string;
  processing_days: number;
  afternoon_cutoff: number;
  slot_capacity: number;
  verification_days: number;
}

const toProcedure = (r: ProcedureRow): Procedure => ({
  id: r.id,
  fieldId: r.field_id,
  code: r.code,
  nameVi: r.name_vi,
  nameEn: r.name_en,
  processingDays: r.processing_days,
  afternoonCutoff: r.afternoon_cutoff === 1,
  slotCapacity: r.slot_capacity,
  verificationDays: r.verification_days,
});

export function listProcedures(store: Store, centerId: string): Procedure[] {
  return store
    .all<ProcedureRow>(
      `SELECT p.* FROM procedures p JOIN fields f ON f.id = p.field_id
       WHERE f.center_id = ? ORDER BY f.sort, p.id`,
      centerId,
    )
    .map(toProcedure);
}

/** A procedure together with the center that offers it. */
export function getProcedure(store: Store, id: number): (Procedure & { centerId: string }) | undefined {
  return store.remember(`procedure:${id}`, () => {
    const row = store.first<ProcedureRow & { center_id: string }>(
      'SELECT p.*, f.center_id FROM procedures p JOIN fields f ON f.id = p.field_id WHERE p.id = ?',
      id,
    );
    return row && { ...toProcedure(row), centerId: row.center_id };
  });
}

/** A new procedure takes the column's verification days (5) until set otherwise. */
export function insertProcedure(store: Store, p: Omit<Procedure, 'id' | 'verificationDays'>): number {
  return Number(
    store.run(
      `INSERT INTO procedures (field_id, code, name_vi, name_en, processing_days, afternoon_cutoff, slot_capacity)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      p.fieldId,
      p.code,
      p.nameVi,
      p.nameEn,
      p.processingDays,
      p.afternoonCutoff ? 1 : 0,
      p.slotCapacity,
    ).lastInsertRowid,
  );
}

export interface CounterRow {
  id: number;
  center_id: string;
  number: number;
  status: CounterStatus;
  pause_reason: PauseReason | null;
  staff_id: number | null;
  staff_name: string | null;
  fast_track: number;
}

const COUNTER_SELECT = `SELECT c.*, s.display_name AS staff_name FROM counters c
  LEFT JOIN staff s ON s.id = c.staff_id`;

export function getCounterRow(store: Store, id: number): CounterRow | undefined {
  return store.first<CounterRow>(`${COUNTER_SELECT} WHERE c.id = ?`, id);
}

export function listCounterRows(store: Store, centerId: string): CounterRow[] {
  return store.all<CounterRow>(`${COUNTER_SELECT} WHERE c.center_id = ? ORDER BY c.number`, centerId);
}

/** Field ids a counter serves, most preferred first. */
export function counterFieldIds(store: Store, counterId: number): number[] {
  return store
    .all<{ field_id: number }>('SELECT field_id FROM counter_fields WHERE counter_id = ? ORDER BY rank', counterId)
    .map((r) => r.field_id);
}

/** Numbers of the open-or-not counters that serve a field. */
export function counterNumbersForField(store: Store, fieldId: number): number[] {
  return store
    .all<{ number: number }>(
      `SELECT c.number FROM counter_fields cf JOIN counters c ON c.id = cf.counter_id
       WHERE cf.field_id = ? ORDER BY c.number`,
      fieldId,
    )
    .map((r) => r.number);
}

export function insertCounter(store: Store, centerId: string, number: number, fieldIds: number[], fastTrack = false): number {
  const id = Number(
    store.run('INSERT INTO counters (center_id, number, fast_track) VALUES (?, ?, ?)', centerId, number, fastTrack ? 1 : 0).lastInsertRowid,
  );
  fieldIds.forEach((fieldId, rank) =>
    store.run('INSERT INTO counter_fields (counter_id, field_id, rank) VALUES (?, ?, ?)', id, fieldId, rank),
  );
  store.forget(callingCountersKey(centerId));
  return id;
}

/**
 * The store's memo of a center's counters as the call rule reads them (place-queries.ts
 * centerCounters: state, fast track, fields), forgotten by every writer of counters below.
 */
export const callingCountersKey = (centerId: string) => `calling-counters:${centerId}`;

/** The counters other than `exceptId` that a staff member holds open or paused. */
export function otherCountersHeldBy(store: Store, staffId: number, exceptId: number): number[] {
  return store
    .all<{ id: number }>("SELECT id FROM counters WHERE staff_id = ? AND id <> ? AND status <> 'closed'", staffId, exceptId)
    .map((r) => r.id);
}

export function setCounterState(
  store: Store,
  id: number,
  status: CounterStatus,
  pauseReason: PauseReason | null,
  staffId: number | null,
): void {
  store.run('UPDATE counters SET status = ?, pause_reason = ?, staff_id = ? WHERE id = ?', status, pauseReason, staffId, id);
  const counter = store.first<{ center_id: string }>('SELECT center_id FROM counters WHERE id = ?', id);
  if (counter) store.forget(callingCountersKey(counter.center_id));
}

/** Makes exactly `counterIds` the center's fast-track counters. */
export function setFastTrackCounters(store: Store, centerId: string, counterIds: number[]): void {
  store.run('UPDATE counters SET fast_track = 0 WHERE center_id = ?', centerId);
  for (const id of counterIds) store.run('UPDATE counters SET fast_track = 1 WHERE id = ? AND center_id = ?', id, centerId);
  store.forget(callingCountersKey(centerId));
}

export function hasFastTrackCounter(store: Store, centerId: string): boolean {
  return store.first('SELECT 1 FROM counters WHERE center_id = ? AND fast_track = 1', centerId) !== undefined;
}
