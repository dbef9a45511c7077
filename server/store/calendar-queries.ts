// SQL for a center's calendar: weekly sessions, outreach sessions, holidays, fast-track procedures.
import type { WeeklySessionsRequest, OutreachRequest, HolidayRequest } from '../../shared/schemas.js';
import type { FastTrackProcedureView, HolidayView, OutreachView, WeeklySessionView } from '../../shared/types.js';
import type { Store } from './database.js';

export function listWeeklySessions(store: Store, centerId: string): WeeklySessionView[] {
  return store.all<WeeklySessionView>(
    `SELECT id, weekday, start_min AS start, end_min AS end, kind FROM weekly_sessions
     WHERE center_id = ? ORDER BY weekday, start_min`,
    centerId,
  );
}

export function replaceWeeklySessions(store: Store, centerId: string, sessions: WeeklySessionsRequest['sessions']): void {
  store.run('DELETE FROM weekly_sessions WHERE center_id = ?', centerId);
  for (const s of sessions) {
    store.run(
      'INSERT INTO weekly_sessions (center_id, weekday, start_min, end_min, kind) VALUES (?, ?, ?, ?, ?)',
      centerId,
      s.weekday,
      s.start,
      s.end,
      s.kind,
    );
  }
}

interface OutreachRow {
  id: number;
  date_from: string;
  date_to: string;
  start_min: number;
  end_min: number;
  place_vi: string;
  place_en: string;
}

export function listOutreach(store: Store, centerId: string): OutreachView[] {
  return store.all<OutreachRow>('SELECT * FROM outreach_sessions WHERE center_id = ? ORDER BY date_from, start_min', centerId).map((r) => ({
    id: r.id,
    from: r.date_from,
    to: r.date_to,
    start: r.start_min,
    end: r.end_min,
    placeVi: r.place_vi,
    placeEn: r.place_en,
    counterIds: store
      .all<{ counter_id: number }>('SELECT counter_id FROM outreach_counters WHERE outreach_id = ? ORDER BY counter_id', r.id)
      .map((c) => c.counter_id),
  }));
}

export function insertOutreach(store: Store, centerId: string, o: OutreachRequest): number {
  const id = Number(
    store.run(
      `INSERT INTO outreach_sessions (center_id, date_from, date_to, start_min, end_min, place_vi, place_en)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      centerId,
      o.from,
      o.to,
      o.start,
      o.end,
      o.placeVi,
      o.placeEn,
    ).lastInsertRowid,
  );
  for (const counterId of o.counterIds) {
    store.run('INSERT INTO outreach_counters (outreach_id, counter_id) VALUES (?, ?)', id, counterId);
  }
  return id;
}

/** Returns whether a row was deleted. */
export function deleteOutreach(store: Store, centerId: string, id: number): boolean {
  store.run(
    'DELETE FROM outreach_counters WHERE outreach_id IN (SELECT id FROM outreach_sessions WHERE id = ? AND center_id = ?)',
    id,
    centerId,
  );
  return store.run('DELETE FROM outreach_sessions WHERE id = ? AND center_id = ?', id, centerId).changes > 0;
}

export function listHolidays(store: Store, centerId: string): HolidayView[] {
  return store.all<HolidayView>(
    'SELECT date, name_vi AS nameVi, name_en AS nameEn FROM holidays WHERE center_id = ? ORDER BY date',
    centerId,
  );
}

export function upsertHoliday(store: Store, centerId: string, h: HolidayRequest): void {
  store.run(
    `INSERT INTO holidays (center_id, date, name_vi, name_en) VALUES (?, ?, ?, ?)
     ON CONFLICT (center_id, date) DO UPDATE SET name_vi = excluded.name_vi, name_en = excluded.name_en`,
    centerId,
    h.date,
    h.nameVi,
    h.nameEn,
  );
}

export function deleteHoliday(store: Store, centerId: string, date: string): boolean {
  return store.run('DELETE FROM holidays WHERE center_id = ? AND date = ?', centerId, date).changes > 0;
}

export function listFastTrackProcedures(store: Store, centerId: string): FastTrackProcedureView[] {
  return store
    .all<{ procedure_id: number; checklist_vi: string; checklist_en: string }>(
      `SELECT ft.* FROM fast_track_procedures ft JOIN procedures p ON p.id = ft.procedure_id
       JOIN fields f ON f.id = p.field_id WHERE f.center_id = ? ORDER BY f.sort, p.id`,
      centerId,
    )
    .map((r) => ({
      procedureId: r.procedure_id,
      checklistVi: JSON.parse(r.checklist_vi) as string[],
      checklistEn: JSON.parse(r.checklist_en) as string[],
    }));
}

export function replaceFastTrackProcedures(store: Store, centerId: string, procedures: FastTrackProcedureView[]): void {
  store.run(
    `DELETE FROM fast_track_procedures WHERE procedure_id IN
       (SELECT p.id FROM procedures p JOIN fields f ON f.id = p.field_id WHERE f.center_id = ?)`,
    centerId,
  );
  for (const p of procedures) {
    store.run(
      'INSERT INTO fast_track_procedures (procedure_id, checklist_vi, checklist_en) VALUES (?, ?, ?)',
      p.procedureId,
      JSON.stringify(p.checklistVi),
      JSON.stringify(p.checklistEn),
    );
  }
}
