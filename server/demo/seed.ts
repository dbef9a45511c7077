// Seeds the demo center into an empty database, once. A second start finds staff and seeds nothing.
import { randomBytes } from 'node:crypto';
import type { Store } from '../store/database.js';
import { insertCenter, insertCounter, insertField, insertProcedure } from '../store/catalog-queries.js';
import { countStaff, insertStaff } from '../store/staff-queries.js';
import type { Clock } from '../domain/clock.js';
import { localDate } from '../../shared/rules/local-time.js';
import { replaceFastTrackProcedures, replaceWeeklySessions, upsertHoliday } from '../store/calendar-queries.js';
import { DEMO_CENTER, DEMO_COUNTERS, DEMO_FAST_TRACK_COUNTERS, DEMO_FIELDS, DEMO_STAFF, DEMO_WEEKLY_SESSIONS } from './demo-center.js';
import { DEMO_FAST_TRACK } from './demo-fast-track.js';
import { publicHolidays } from '../domain/holiday-defaults.js';
import { hashPassword } from '../domain/password.js';

export interface SeedPasswords {
  /** From MOTCUA_ADMIN_PASSWORD, else generated. */
  admin?: string | undefined;
  /** For every other demo account; from MOTCUA_DEMO_PASSWORD, else generated. */
  demo?: string | undefined;
}

export interface SeedResult {
  adminPassword: string;
  demoPassword: string;
  adminGenerated: boolean;
  demoGenerated: boolean;
}

const generate = () => randomBytes(9).toString('base64url');

/** Returns the passwords used, or null when the database already had data. */
export async function seedDemoCenter(store: Store, clock: Clock, passwords: SeedPasswords): Promise<SeedResult | null> {
  if (countStaff(store) > 0) return null;
  const adminPassword = passwords.admin || generate();
  const demoPassword = passwords.demo || generate();
  // Hash before the transaction: hashing is slow and asynchronous.
  const [adminHash, demoHash] = await Promise.all([hashPassword(adminPassword), hashPassword(demoPassword)]);
  store.transaction(() => {
    if (countStaff(store) > 0) return;
    const now = clock();
    insertCenter(store, DEMO_CENTER, now);
    const fieldIds = new Map<string, number>();
    const procedureIds = new Map<string, number>();
    DEMO_FIELDS.forEach((f, sort) => {
      const fieldId = insertField(store, { centerId: DEMO_CENTER.id, prefix: f.prefix, nameVi: f.nameVi, nameEn: f.nameEn, sort });
      fieldIds.set(f.prefix, fieldId);
      for (const p of f.procedures) {
        const id = insertProcedure(store, { fieldId, ...p, afternoonCutoff: p.afternoonCutoff ?? false, slotCapacity: 3 });
        procedureIds.set(p.nameVi, id);
      }
    });
    for (const c of DEMO_COUNTERS) {
      const fastTrack = DEMO_FAST_TRACK_COUNTERS.includes(c.number);
      insertCounter(
        store,
        DEMO_CENTER.id,
        c.number,
        c.prefixes.map((p) => fieldIds.get(p)!),
        fastTrack,
      );
    }
    replaceWeeklySessions(store, DEMO_CENTER.id, DEMO_WEEKLY_SESSIONS);
    const year = Number(localDate(now, DEMO_CENTER.timezone).slice(0, 4));
    for (const h of [...publicHolidays(year), ...publicHolidays(year + 1)]) upsertHoliday(store, DEMO_CENTER.id, h);
    replaceFastTrackProcedures(
      store,
      DEMO_CENTER.id,
      DEMO_FAST_TRACK.map(({ nameVi, ...checklists }) => ({ procedureId: procedureIds.get(nameVi)!, ...checklists })),
    );
    for (const s of DEMO_STAFF) {
      insertStaff(store, { centerId: DEMO_CENTER.id, ...s, passwordHash: s.role === 'admin' ? adminHash : demoHash }, now);
    }
  });
  return { adminPassword, demoPassword, adminGenerated: !passwords.admin, demoGenerated: !passwords.demo };
}
