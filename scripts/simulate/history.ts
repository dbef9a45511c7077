// History mode: writes a year (or any number of days) of simulated tickets straight into a database
// file with the store's functions, before the server starts — over HTTP a year would take hours.
// Each day is queued offline: every citizen goes to the counter of their field that frees up first.
import { addDays, sessionsOn } from '../../shared/rules/sessions.js';
import { localDate } from '../../shared/rules/local-time.js';
import { resultDueDate, addWorkingDays } from '../../shared/rules/working-days.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import { CalendarService } from '../../server/domain/calendar-service.js';
import { systemClock } from '../../server/domain/clock.js';
import { QueueReader } from '../../server/domain/queue-reader.js';
import { seedDemoCenter } from '../../server/demo/seed.js';
import { listFastTrackProcedures } from '../../server/store/calendar-queries.js';
import { counterFieldIds, listCounterRows } from '../../server/store/catalog-queries.js';
import { Store } from '../../server/store/database.js';
import { insertTicket, markCalled, markEnded, markStarted, nextSequence } from '../../server/store/ticket-queries.js';
import { setOutcome } from '../../server/store/result-queries.js';
import { seededRng, type Rng } from '../../tests/support/prng.js';
import { dayDemand, type Citizen } from './demand.js';
import type { HistoryOptions } from './options.js';

const CENTER = 'hoa-binh';
const MINUTE = 60_000;

export async function fillHistory(o: HistoryOptions): Promise<void> {
  const started = Date.now();
  const store = new Store(o.file);
  await seedDemoCenter(store, systemClock, { admin: o.adminPassword, demo: o.password });
  const until = o.until ?? localDate(Date.now(), new QueueReader(store, systemClock).catalog(CENTER).center.timezone);
  const tickets = writeHistory(store, { days: o.days, until, citizens: o.citizens, rng: seededRng(o.seed) });
  store.raw.pragma('optimize');
  store.close();
  console.log(
    `Wrote ${tickets} tickets over ${o.days} days up to ${addDays(until, -1)} into ${o.file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
  );
}

/**
 * The `days` days before `until` at the seeded demo center, each day's demand queued offline; gives
 * how many tickets were written. The benchmark's virtual day uses it too: a center has its past calls.
 */
export function writeHistory(store: Store, o: { days: number; until: string; citizens: number; rng: Rng }): number {
  const reader = new QueueReader(store, systemClock);
  const calendar = new CalendarService(store, systemClock, reader, () => undefined).calendar(CENTER);
  const catalog = reader.catalog(CENTER);
  const { until, rng } = o;
  const fastTrackIds = new Set(listFastTrackProcedures(store, CENTER).map((p) => p.procedureId));
  const counters = listCounterRows(store, CENTER).map((c) => ({
    id: c.id,
    fieldIds: counterFieldIds(store, c.id),
    staffId: store.first<{ id: number }>('SELECT id FROM staff WHERE username = ?', `canbo${c.number}`)?.id ?? null,
  }));
  let tickets = 0;
  for (let d = o.days; d >= 1; d--) {
    const date = addDays(until, -d);
    const sessions = sessionsOn(calendar, date);
    if (!sessions.length) continue;
    const fast = catalog.center.fastTrackDays.includes(new Date(`${date}T12:00:00Z`).getUTCDay()) ? fastTrackIds : new Set<number>();
    const demand = dayDemand(rng, { date, timezone: catalog.center.timezone, sessions, catalog, citizens: o.citizens, fastTrackIds: fast });
    store.transaction(() => {
      for (const visit of queueDay(demand, counters))
        writeVisit(store, rng, { ...visit, date, until, holidays: calendar.holidays, timezone: catalog.center.timezone });
    });
    tickets += demand.length;
  }
  return tickets;
}

interface Counter {
  id: number;
  fieldIds: number[];
  staffId: number | null;
}

interface Visit {
  citizen: Citizen;
  counter: Counter;
  calledAt: number;
}

/** First come, first served at whichever counter of the field is free first. */
function queueDay(demand: readonly Citizen[], counters: readonly Counter[]): Visit[] {
  const freeAt = new Map(counters.map((c) => [c.id, 0]));
  const visits: Visit[] = [];
  for (const citizen of demand) {
    const serving = counters.filter((c) => c.fieldIds.includes(citizen.fieldId) && c.staffId !== null);
    if (!serving.length) continue;
    const counter = serving.reduce((best, c) => (freeAt.get(c.id)! < freeAt.get(best.id)! ? c : best));
    const calledAt = Math.max(citizen.at, freeAt.get(counter.id)!);
    freeAt.set(counter.id, calledAt + Math.round((citizen.noShow ? 1.5 : 0.5 + citizen.serviceMinutes) * MINUTE));
    visits.push({ citizen, counter, calledAt });
  }
  return visits;
}

function writeVisit(
  store: Store,
  rng: Rng,
  v: Visit & { date: string; until: string; holidays: ReadonlySet<string>; timezone: string },
): void {
  const { citizen, counter, calledAt } = v;
  const field = store.first<{ prefix: string }>('SELECT prefix FROM fields WHERE id = ?', citizen.fieldId)!;
  const prefix = citizen.fastTrack ? 'N' : field.prefix;
  const seq = nextSequence(store, CENTER, prefix, v.date);
  const id = insertTicket(store, {
    centerId: CENTER,
    fieldId: citizen.fieldId,
    localDate: v.date,
    seq,
    number: formatTicketNumber(prefix, seq),
    priority: citizen.priority,
    source: 'reception',
    lane: citizen.fastTrack ? 'fast' : 'walk-in',
    notBefore: null,
    statusToken: `history-${v.date}-${prefix}-${seq}`,
    issuedAt: citizen.at,
    procedureIds: citizen.procedureIds,
  });
  markCalled(store, id, counter.id, counter.staffId!, calledAt);
  if (citizen.noShow) {
    markEnded(store, id, 'no-show', calledAt + 1.5 * MINUTE);
    return;
  }
  const startedAt = calledAt + 0.5 * MINUTE;
  const finishedAt = startedAt + Math.round(citizen.serviceMinutes * MINUTE);
  markStarted(store, id, startedAt);
  markEnded(store, id, 'done', finishedAt);
  for (const procedureId of citizen.procedureIds) {
    const procedure = store.first<{ processing_days: number; afternoon_cutoff: number }>(
      'SELECT processing_days, afternoon_cutoff FROM procedures WHERE id = ?',
      procedureId,
    )!;
    const dueDate = resultDueDate({
      receivedAt: startedAt,
      timezone: v.timezone,
      processingDays: procedure.processing_days,
      afternoonCutoff: procedure.afternoon_cutoff === 1,
      holidays: v.holidays,
    });
    const now = procedure.processing_days === 0;
    // Appointments: mostly early, a few late; those not due yet are still pending.
    const shift = rng.chance(0.02) ? rng.int(1, 3) : rng.chance(0.3) ? 0 : -rng.int(1, Math.max(1, procedure.processing_days - 1));
    const returnedOn = now
      ? v.date
      : maxDate(v.date, addWorkingDays(dueDate, Math.max(0, shift), v.holidays), shift < 0 ? addDays(dueDate, shift) : null);
    setOutcome(store, id, procedureId, {
      outcome: now ? 'returned' : 'appointment',
      resultDate: now ? null : dueDate,
      dueDate,
      returnedOn: returnedOn < v.until ? returnedOn : null,
    });
  }
  if (citizen.fastTrack) {
    const returned = rng.chance(0.97) ? finishedAt : null;
    store.run(
      `INSERT INTO fast_track_steps (ticket_id, center_id, local_date, received_at, appraised_at, approved_at, returned_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      id,
      CENTER,
      v.date,
      startedAt,
      finishedAt - 2 * MINUTE,
      finishedAt - MINUTE,
      returned,
    );
  }
}

/** An early return is never before the day the dossier was received. */
function maxDate(received: string, onTimeOrLate: string, early: string | null): string {
  if (early === null) return onTimeOrLate;
  return early < received ? received : early;
}
