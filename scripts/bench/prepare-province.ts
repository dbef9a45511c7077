// Row 7's setup step, run as its own process before the server starts: N commune centers written into
// the SQLite file through the server's own store (the demo ward's six fields, 23 procedures, six
// counters, office hours and holidays, copied N times), a clerk signed in at each counter (sessions
// made by the server's AuthService, their tokens kept for the load generators), a standing queue per
// center, and the peak hour of the day simulator's demand for each center (scripts/simulate/demand.ts).
//   MOTCUA_SCRYPT_N=16 node --import tsx scripts/bench/prepare-province.ts <dataDir> <centers> <queue> <clockAt>
// Writes <dataDir>/plan.json (peak-plan.ts). Nobody signs in with these passwords: the low scrypt
// cost (MOTCUA_SCRYPT_N, for test runs) only makes 6,000 sign-ins at setup take seconds.
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDate, localInstant } from '../../shared/rules/local-time.js';
import { sessionsOn } from '../../shared/rules/sessions.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import type { CatalogView } from '../../shared/types.js';
import { DEMO_CENTER, DEMO_COUNTERS, DEMO_FIELDS, DEMO_WEEKLY_SESSIONS } from '../../server/demo/demo-center.js';
import { AuthService } from '../../server/domain/auth-service.js';
import { clockFrom } from '../../server/domain/clock.js';
import { publicHolidays } from '../../server/domain/holiday-defaults.js';
import { hashPassword } from '../../server/domain/password.js';
import { replaceWeeklySessions, upsertHoliday } from '../../server/store/calendar-queries.js';
import {
  getCenter,
  insertCenter,
  insertCounter,
  insertField,
  insertProcedure,
  listCounterRows,
  listFields,
  listProcedures,
} from '../../server/store/catalog-queries.js';
import { Store } from '../../server/store/database.js';
import { insertStaff } from '../../server/store/staff-queries.js';
import { insertTicket, insertTicketEvent, nextSequence } from '../../server/store/ticket-queries.js';
import { seededRng } from '../../tests/support/prng.js';
import { dayDemand, type Citizen } from '../simulate/demand.js';
import type { CenterPlan, PeakPlan } from './peak-plan.js';

const [dataDir, centersArg, queueArg, clockAt] = process.argv.slice(2);
if (!dataDir || !centersArg || !queueArg || !clockAt) throw new Error('usage: prepare-province.ts <dataDir> <centers> <queue> <clockAt>');
const centerCount = Number(centersArg);
const queueLength = Number(queueArg);
const TZ = DEMO_CENTER.timezone;
const CITIZENS_PER_DAY = 200;
const WINDOW_MINUTES = 60;

const at = Date.parse(clockAt);
const day = localDate(at, TZ);
const store = new Store(join(dataDir, 'motcua.sqlite'));
const password = randomBytes(12).toString('base64url');
const passwordHash = await hashPassword(password);
const centerIds = Array.from({ length: centerCount }, (_, i) => `xa-${String(i + 1).padStart(4, '0')}`);

// The catalogue: the demo ward's, once per commune.
store.transaction(() => {
  const year = Number(day.slice(0, 4));
  const holidays = [...publicHolidays(year), ...publicHolidays(year + 1)];
  centerIds.forEach((id, i) => {
    insertCenter(store, { ...DEMO_CENTER, id, name: `Bộ phận Một cửa UBND xã số ${i + 1}`, nameEn: `Commune ${i + 1} One-Stop Desk` }, at);
    const fieldIds = new Map<string, number>();
    DEMO_FIELDS.forEach((f, sort) => {
      const fieldId = insertField(store, { centerId: id, prefix: f.prefix, nameVi: f.nameVi, nameEn: f.nameEn, sort });
      fieldIds.set(f.prefix, fieldId);
      for (const p of f.procedures) insertProcedure(store, { fieldId, ...p, afternoonCutoff: p.afternoonCutoff ?? false, slotCapacity: 3 });
    });
    for (const c of DEMO_COUNTERS) {
      insertCounter(
        store,
        id,
        c.number,
        c.prefixes.map((p) => fieldIds.get(p)!),
      );
    }
    replaceWeeklySessions(store, id, DEMO_WEEKLY_SESSIONS);
    for (const h of holidays) upsertHoliday(store, id, h);
    for (const c of DEMO_COUNTERS) {
      insertStaff(
        store,
        { centerId: id, username: `${id}.canbo${c.number}`, displayName: `Cán bộ quầy ${c.number}`, role: 'clerk', passwordHash },
        at,
      );
    }
  });
});

// One clerk signed in at each counter, by the server's own sign-in (a session row per token).
const auth = new AuthService(store, clockFrom(at));
const sessions = new Map<string, string>();
for (const id of centerIds) {
  for (const c of DEMO_COUNTERS) {
    const username = `${id}.canbo${c.number}`;
    sessions.set(username, (await auth.login(username, password)).token);
  }
}

const calendar = { timezone: TZ, weekly: DEMO_WEEKLY_SESSIONS, outreach: [], holidays: new Set<string>() };
const daySessions = sessionsOn(calendar, day);
if (daySessions.length === 0) throw new Error(`${day} has no session`);
const catalogOf = (id: string): CatalogView => ({
  center: getCenter(store, id)!,
  fields: listFields(store, id),
  procedures: listProcedures(store, id),
  counters: [],
});

// Each center's day as the simulator draws it; the hour played is the busiest one of all of them.
const days = new Map<string, Citizen[]>();
for (const [i, id] of centerIds.entries()) {
  days.set(
    id,
    dayDemand(seededRng(1000 + i), {
      date: day,
      timezone: TZ,
      sessions: daySessions,
      catalog: catalogOf(id),
      citizens: CITIZENS_PER_DAY,
      fastTrackIds: new Set(),
    }),
  );
}
const midnight = localInstant(day, 0, TZ);
const perMinute = new Array<number>(24 * 60).fill(0);
for (const citizens of days.values()) for (const c of citizens) perMinute[Math.floor((c.at - midnight) / 60_000)]++;
let best = 0;
let bestCount = -1;
for (let m = 0; m + WINDOW_MINUTES <= perMinute.length; m++) {
  const count = perMinute.slice(m, m + WINDOW_MINUTES).reduce((a, b) => a + b, 0);
  if (count > bestCount) [best, bestCount] = [m, count];
}
const windowFrom = midnight + best * 60_000;
const hhmm = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

// The standing queue: citizens drawn from the same mix, issued between the opening and the clock's start.
const openAt = localInstant(day, daySessions[0].start, TZ);
const plans: CenterPlan[] = store.transaction(() =>
  centerIds.map((id, i) => {
    const catalog = catalogOf(id);
    const prefixOf = new Map(catalog.fields.map((f) => [f.id, f.prefix]));
    const standing = dayDemand(seededRng(5000 + i), {
      date: day,
      timezone: TZ,
      sessions: daySessions,
      catalog,
      citizens: queueLength,
      fastTrackIds: new Set(),
    });
    const queue = standing.map((c, k) => {
      const issuedAt = openAt + Math.floor(((at - openAt) * k) / Math.max(1, standing.length));
      const prefix = prefixOf.get(c.fieldId)!;
      const seq = nextSequence(store, id, prefix, day);
      const token = randomBytes(18).toString('base64url');
      const ticketId = insertTicket(store, {
        centerId: id,
        fieldId: c.fieldId,
        localDate: day,
        seq,
        number: formatTicketNumber(prefix, seq),
        priority: c.priority,
        source: 'kiosk',
        lane: 'walk-in',
        notBefore: null,
        statusToken: token,
        issuedAt,
        procedureIds: c.procedureIds,
      });
      insertTicketEvent(store, { ticketId, centerId: id, kind: 'issue', at: issuedAt, counterId: null, staffId: null });
      return { ticketId, token, serviceMinutes: c.serviceMinutes, noShow: c.noShow };
    });
    const arrivals = days
      .get(id)!
      .filter((c) => c.at >= windowFrom && c.at < windowFrom + WINDOW_MINUTES * 60_000)
      .map((c) => ({
        offsetMinutes: (c.at - windowFrom) / 60_000,
        procedureIds: c.procedureIds,
        priority: c.priority,
        serviceMinutes: c.serviceMinutes,
        noShow: c.noShow,
      }));
    const counters = listCounterRows(store, id).map((c) => ({
      id: c.id,
      number: c.number,
      session: sessions.get(`${id}.canbo${c.number}`)!,
    }));
    return {
      id,
      counters,
      queue,
      arrivals,
      returnedAtOnce: catalog.procedures.filter((p) => p.processingDays === 0).map((p) => p.id),
    };
  }),
);

const plan: PeakPlan = {
  clockAt,
  window: { from: hhmm(best), to: hhmm(best + WINDOW_MINUTES) },
  citizensPerDay: CITIZENS_PER_DAY,
  arrivalsInWindow: bestCount,
  centers: plans,
};
writeFileSync(join(dataDir, 'plan.json'), JSON.stringify(plan));
store.close();
console.log(
  `prepared ${dataDir}: ${centerCount} centers, ${queueLength} waiting each, ${bestCount} arrivals ${plan.window.from}–${plan.window.to}`,
);
