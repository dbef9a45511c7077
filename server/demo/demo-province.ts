// With MOTCUA_DEMO_PROVINCE=1: a province center above the demo ward, and a second ward beside it,
// each with its own fields, counters and staff. Staff of the province center read their children's
// boards and reports. Seeded once; the default demo (and every test) is left as it was.
import { localDate } from '../../shared/rules/local-time.js';
import { replaceWeeklySessions, upsertHoliday } from '../store/calendar-queries.js';
import { getCenter, insertCenter, insertCounter, insertField, insertProcedure } from '../store/catalog-queries.js';
import type { Store } from '../store/database.js';
import { setParent } from '../store/report-queries.js';
import { insertStaff } from '../store/staff-queries.js';
import type { Clock } from '../domain/clock.js';
import { DEMO_CENTER, DEMO_FIELDS, DEMO_WEEKLY_SESSIONS } from './demo-center.js';
import { publicHolidays } from '../domain/holiday-defaults.js';
import { hashPassword } from '../domain/password.js';

interface DemoUnit {
  id: string;
  name: string;
  nameEn: string;
  /** Field prefixes of the demo catalogue it offers. */
  prefixes: string[];
  counters: { number: number; prefixes: string[] }[];
  staff: { username: string; displayName: string; role: 'manager' | 'clerk' | 'leader' }[];
}

export const DEMO_PROVINCE: DemoUnit = {
  id: 'tinh-bac-ninh',
  name: 'Trung tâm Phục vụ hành chính công tỉnh Bắc Ninh',
  nameEn: 'Bac Ninh Provincial Public Administration Service Center',
  prefixes: ['A', 'C', 'D'],
  counters: [
    { number: 1, prefixes: ['A', 'C'] },
    { number: 2, prefixes: ['C', 'A'] },
    { number: 3, prefixes: ['D'] },
  ],
  staff: [
    { username: 'quanly.tinh', displayName: 'Hoàng Thu Trang', role: 'manager' },
    { username: 'canbo.tinh1', displayName: 'Vũ Đức Anh', role: 'clerk' },
    { username: 'canbo.tinh2', displayName: 'Đỗ Thị Hạnh', role: 'clerk' },
  ],
};

export const DEMO_SECOND_WARD: DemoUnit = {
  id: 'an-khanh',
  name: 'Bộ phận Một cửa UBND phường An Khánh',
  nameEn: 'An Khanh Ward One-Stop Service Desk',
  prefixes: ['A', 'B', 'C', 'E'],
  counters: [
    { number: 1, prefixes: ['A', 'B'] },
    { number: 2, prefixes: ['B', 'A'] },
    { number: 3, prefixes: ['C', 'E'] },
  ],
  staff: [
    { username: 'quanly.ankhanh', displayName: 'Ngô Văn Lâm', role: 'manager' },
    { username: 'canbo.ankhanh1', displayName: 'Bùi Thị Mai', role: 'clerk' },
    { username: 'canbo.ankhanh2', displayName: 'Đặng Quốc Huy', role: 'clerk' },
  ],
};

function seedUnit(store: Store, unit: DemoUnit, now: number, passwordHash: string): void {
  insertCenter(store, { ...DEMO_CENTER, id: unit.id, name: unit.name, nameEn: unit.nameEn }, now);
  const fieldIds = new Map<string, number>();
  DEMO_FIELDS.filter((f) => unit.prefixes.includes(f.prefix)).forEach((f, sort) => {
    const fieldId = insertField(store, { centerId: unit.id, prefix: f.prefix, nameVi: f.nameVi, nameEn: f.nameEn, sort });
    fieldIds.set(f.prefix, fieldId);
    for (const p of f.procedures) insertProcedure(store, { fieldId, ...p, afternoonCutoff: p.afternoonCutoff ?? false, slotCapacity: 3 });
  });
  for (const c of unit.counters)
    insertCounter(
      store,
      unit.id,
      c.number,
      c.prefixes.map((p) => fieldIds.get(p)!),
    );
  replaceWeeklySessions(store, unit.id, DEMO_WEEKLY_SESSIONS);
  const year = Number(localDate(now, DEMO_CENTER.timezone).slice(0, 4));
  for (const h of [...publicHolidays(year), ...publicHolidays(year + 1)]) upsertHoliday(store, unit.id, h);
  for (const s of unit.staff) insertStaff(store, { centerId: unit.id, ...s, passwordHash }, now);
}

/** Seeds the province and the second ward once (after the demo center); true when it did. */
export async function seedDemoProvince(store: Store, clock: Clock, password: string): Promise<boolean> {
  if (getCenter(store, DEMO_PROVINCE.id) || !getCenter(store, DEMO_CENTER.id)) return false;
  const hash = await hashPassword(password);
  store.transaction(() => {
    const now = clock();
    seedUnit(store, DEMO_PROVINCE, now, hash);
    seedUnit(store, DEMO_SECOND_WARD, now, hash);
    setParent(store, DEMO_CENTER.id, DEMO_PROVINCE.id);
    setParent(store, DEMO_SECOND_WARD.id, DEMO_PROVINCE.id);
  });
  return true;
}
