// "People ahead" has one definition (shared/rules/ahead.ts: a plain replay of callOrder); the server
// answers from faster paths (server/domain/queue-places.ts: SQL counts and a replay over counts for
// one ticket, one ordered read for a whole center). On thousands of random centers written into a
// real SQLite store — counters with overlapping field preferences, open, closed or paused, a
// fast-track counter or the fallback lane, strict or one-in-N priority, bookings started and not,
// transfers to a field or a counter, visits over several fields, some of them moved on to their next
// field after a counter finished their first part (shared/rules/visit-route.ts) — every fast path gives the
// definition's figure for every waiting ticket; and the definition's replay is what Call next really
// does, pressed at the open counters in turn.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDomain, type Domain } from '../../server/domain/index.js';
import { insertCenter, insertCounter, insertField, insertProcedure, setCounterState } from '../../server/store/catalog-queries.js';
import { Store } from '../../server/store/database.js';
import { getTicketRow, insertTicket } from '../../server/store/ticket-queries.js';
import { placeInQueue, placesInQueue, replayCalls, type NumberedCounter, type QueueSnapshot } from '../../shared/rules/ahead.js';
import { counterServes, type QueueCandidate } from '../../shared/rules/call-order.js';
import { localDate } from '../../shared/rules/local-time.js';
import type { CounterStatus, Lane, StaffView } from '../../shared/types.js';
import { NEXT_MONDAY, vnTime } from '../support/test-dates.js';

const ZONE = 'Asia/Ho_Chi_Minh';
/** A working morning of the run's test week. */
const NOW = vnTime(NEXT_MONDAY, '10:00');
const TODAY = localDate(NOW, ZONE);
const MINUTE = 60_000;

interface CounterModel {
  fields: number[];
  status: CounterStatus;
  fastTrack: boolean;
}

interface TicketModel {
  field: number;
  /** Further procedures of the visit, in other fields (the first procedure decides the field). */
  alsoFields: number[];
  priority: boolean;
  lane: Lane;
  issuedMinutesAgo: number;
  /** Booking: the slot's start, in 10-minute steps from now (> 0: not started yet). */
  slotSteps: number;
  /** Transferred this many minutes ago, to its field or to one counter (index, modulo the counters). */
  transfer: { minutesAgo: number; toCounter: number | null } | null;
  /**
   * A multi-field visit whose first part a counter finished this many minutes ago: it waits in its
   * next field as Finish leaves it (the first line's outcome recorded, placed as a transfer to that field).
   */
  movedOn: { minutesAgo: number } | null;
  ended: boolean;
}

interface CenterModel {
  fieldCount: number;
  policy: { mode: 'strict' | 'interleaved'; every: number };
  /** Per field: today's fairness count, or null (no priority called today). */
  since: (number | null)[];
  counters: CounterModel[];
  tickets: TicketModel[];
}

const centerArb: fc.Arbitrary<CenterModel> = fc.integer({ min: 1, max: 4 }).chain((fieldCount) => {
  const field = fc.nat(fieldCount - 1);
  const counter = fc.record({
    fields: fc.shuffledSubarray([...Array(fieldCount).keys()], { minLength: 1 }),
    status: fc.constantFrom<CounterStatus>('open', 'open', 'open', 'closed', 'paused'),
    fastTrack: fc.boolean(),
  });
  const ticket: fc.Arbitrary<TicketModel> = fc.record({
    field,
    alsoFields: fc.oneof(
      { arbitrary: fc.constant<number[]>([]), weight: 4 },
      { arbitrary: fc.array(field, { minLength: 1, maxLength: 2 }), weight: 1 },
    ),
    priority: fc.boolean().chain((p) => (p ? fc.boolean() : fc.constant(false))),
    lane: fc.constantFrom<Lane>('walk-in', 'walk-in', 'walk-in', 'fast', 'booking'),
    issuedMinutesAgo: fc.integer({ min: 0, max: 40 }),
    slotSteps: fc.integer({ min: -3, max: 3 }),
    transfer: fc.oneof(
      { arbitrary: fc.constant(null), weight: 6 },
      { arbitrary: fc.record({ minutesAgo: fc.integer({ min: 0, max: 40 }), toCounter: fc.option(fc.nat(7), { nil: null }) }), weight: 1 },
    ),
    movedOn: fc.option(fc.record({ minutesAgo: fc.integer({ min: 0, max: 40 }) }), { nil: null }),
    ended: fc.boolean().chain((e) => (e ? fc.boolean() : fc.constant(false))),
  });
  return fc.record({
    fieldCount: fc.constant(fieldCount),
    policy: fc.oneof(
      fc.constant({ mode: 'strict' as const, every: 3 }),
      fc.integer({ min: 1, max: 4 }).map((every) => ({ mode: 'interleaved' as const, every })),
    ),
    since: fc.array(fc.option(fc.integer({ min: 0, max: 5 }), { nil: null }), { minLength: fieldCount, maxLength: fieldCount }),
    // Most centers have no fast-track counter (the fallback lane), some one or more.
    counters: fc
      .array(counter, { minLength: 1, maxLength: 5 })
      .chain((cs) =>
        fc
          .integer({ min: 0, max: 9 })
          .map((d) => cs.map((c, i) => ({ ...c, fastTrack: d < 4 && (i === d % cs.length || (c.fastTrack && d === 0)) }))),
      ),
    tickets: fc.array(ticket, { minLength: 1, maxLength: 16, size: 'medium' }),
  });
});

/** What the generated center looks like in the store, and the definition's snapshot of it. */
interface Written {
  centerId: string;
  fieldIds: number[];
  counterIds: number[];
  ticketIds: number[];
  snapshot: QueueSnapshot;
}

let centers = 0;

function write(store: Store, m: CenterModel): Written {
  const centerId = `prop-${++centers}`;
  insertCenter(
    store,
    {
      id: centerId,
      name: centerId,
      nameEn: centerId,
      timezone: ZONE,
      priorityMode: m.policy.mode,
      priorityEvery: m.policy.every,
      recallsBeforeNoShow: 0,
      recallCooldownSeconds: 0,
      fastTrackDays: [],
      fastTrackPrefix: 'N',
      slotMinutes: 30,
      slotCapacity: 6,
      bookingLateMinutes: 15,
    },
    NOW,
  );
  // Open all day, every day: "no open counter" then names no reopening (the examples' test does).
  for (let weekday = 0; weekday < 7; weekday++) {
    store.run(
      "INSERT INTO weekly_sessions (center_id, weekday, start_min, end_min, kind) VALUES (?, ?, 0, 1440, 'regular')",
      centerId,
      weekday,
    );
  }
  const fieldIds: number[] = [];
  const procedureIds: number[] = [];
  for (let f = 0; f < m.fieldCount; f++) {
    const fieldId = insertField(store, { centerId, prefix: String.fromCharCode(65 + f), nameVi: `F${f}`, nameEn: `F${f}`, sort: f });
    fieldIds.push(fieldId);
    procedureIds.push(
      insertProcedure(store, {
        fieldId,
        code: '',
        nameVi: `P${f}`,
        nameEn: `P${f}`,
        processingDays: 0,
        afternoonCutoff: false,
        slotCapacity: 3,
      }),
    );
    if (m.since[f] !== null) {
      store.run('INSERT INTO field_fairness (field_id, local_date, normals_since_priority) VALUES (?, ?, ?)', fieldId, TODAY, m.since[f]);
    }
  }
  const counterIds = m.counters.map((c, i) => {
    const id = insertCounter(
      store,
      centerId,
      i + 1,
      c.fields.map((f) => fieldIds[f]),
      c.fastTrack,
    );
    setCounterState(store, id, c.status, null, null);
    return id;
  });
  const fallback = !m.counters.some((c) => c.fastTrack);
  const counters: NumberedCounter[] = m.counters.map((c, i) => ({
    id: counterIds[i],
    number: i + 1,
    status: c.status,
    fieldIds: c.fields.map((f) => fieldIds[f]),
    fastTrack: c.fastTrack,
    fastLaneFallback: !c.fastTrack && fallback,
  }));

  const waiting: QueueCandidate[] = [];
  const ticketIds = m.tickets.map((t, seq) => {
    const issuedAt = NOW - t.issuedMinutesAgo * MINUTE;
    const notBefore = t.lane === 'booking' ? NOW + t.slotSteps * 10 * MINUTE : null;
    const fields = [t.field, ...new Set(t.alsoFields.filter((f) => f !== t.field))];
    const id = insertTicket(store, {
      centerId,
      fieldId: fieldIds[t.field],
      localDate: TODAY,
      seq: seq + 1,
      number: `T${seq + 1}`,
      priority: t.priority ? 'elderly' : null,
      source: 'kiosk',
      lane: t.lane,
      notBefore,
      statusToken: `${centerId}-${seq}`,
      issuedAt,
      procedureIds: fields.map((f) => procedureIds[f]),
    });
    const movedOn = movedOnTo(t);
    let transferredAt = t.transfer ? Math.max(issuedAt, NOW - t.transfer.minutesAgo * MINUTE) : null;
    let target = t.transfer?.toCounter != null ? counterIds[t.transfer.toCounter % counterIds.length] : null;
    let fieldId = fieldIds[t.field];
    if (movedOn !== null) {
      // What Finish leaves (counter-desk.ts): the first part's outcome recorded, the ticket waiting in the next field.
      fieldId = fieldIds[movedOn];
      transferredAt = Math.max(issuedAt, NOW - t.movedOn!.minutesAgo * MINUTE);
      target = null;
      store.run("UPDATE ticket_procedures SET outcome = 'returned' WHERE ticket_id = ? AND position = 0", id);
      store.run('UPDATE tickets SET field_id = ? WHERE id = ?', fieldId, id);
    }
    if (transferredAt !== null)
      store.run('UPDATE tickets SET transferred_at = ?, target_counter_id = ? WHERE id = ?', transferredAt, target, id);
    if (t.ended) store.run("UPDATE tickets SET state = 'done', finished_at = ? WHERE id = ?", NOW, id);
    else {
      waiting.push({
        id,
        fieldId,
        isPriority: t.priority,
        issuedAt,
        transferredAt,
        targetCounterId: target,
        lane: t.lane,
        notBefore,
      });
    }
    return id;
  });
  const normalsSince = new Map<number, number>();
  m.since.forEach((n, f) => n !== null && normalsSince.set(fieldIds[f], n));
  return { centerId, fieldIds, counterIds, ticketIds, snapshot: { counters, waiting, policy: m.policy, normalsSince, now: NOW } };
}

/** The field a moved-on visit waits in: its second field (the first part, its first field, done); null if none. */
function movedOnTo(t: TicketModel): number | null {
  if (t.movedOn === null) return null;
  return t.alsoFields.find((f) => f !== t.field) ?? null;
}

/** Waits where a transfer or a move left it, not where it was issued. */
const sentOn = (t: TicketModel) => t.transfer !== null || movedOnTo(t) !== null;

/** Runs `check` over the center written into the store, then rolls everything back. */
function inCenter<T>(store: Store, m: CenterModel, check: (w: Written) => T): T {
  store.raw.exec('BEGIN IMMEDIATE');
  try {
    return check(write(store, m));
  } finally {
    store.raw.exec('ROLLBACK');
  }
}

/** Which of the cases the issue names this center has. */
function features(m: CenterModel): Record<string, boolean> {
  const waiting = m.tickets.filter((t) => !t.ended);
  const fieldsServed = m.counters.flatMap((c) => c.fields);
  return {
    'overlapping preferences': new Set(fieldsServed).size < fieldsServed.length,
    'fallback lane': !m.counters.some((c) => c.fastTrack) && waiting.some((t) => t.lane === 'fast' && !sentOn(t)),
    'fast-track counter': m.counters.some((c) => c.fastTrack) && waiting.some((t) => t.lane === 'fast' && !sentOn(t)),
    'booking not started': waiting.some((t) => t.lane === 'booking' && !sentOn(t) && t.slotSteps > 0),
    'booking started': waiting.some((t) => t.lane === 'booking' && !sentOn(t) && t.slotSteps <= 0),
    transfer: waiting.some((t) => t.transfer !== null && movedOnTo(t) === null),
    'transfer to a counter': waiting.some((t) => t.transfer?.toCounter != null && movedOnTo(t) === null),
    'closed counter': m.counters.some((c) => c.status === 'closed'),
    'paused counter': m.counters.some((c) => c.status === 'paused'),
    'multi-field visit': waiting.some((t) => t.alsoFields.some((f) => f !== t.field)),
    'visit moved on': waiting.some((t) => movedOnTo(t) !== null),
    'interleaved priority': m.policy.mode === 'interleaved' && waiting.some((t) => t.priority),
    'strict priority': m.policy.mode === 'strict' && waiting.some((t) => t.priority),
    'a ticket nobody can call': false,
  };
}

/** Required in at least this share of the generated centers. */
const REQUIRED_SHARE = 0.15;
const REQUIRED = [
  'overlapping preferences',
  'fallback lane',
  'booking not started',
  'transfer',
  'closed counter',
  'multi-field visit',
  'visit moved on',
];

describe('people ahead: every fast path gives the definition', () => {
  let store: Store;
  let domain: Domain;

  beforeAll(() => {
    store = new Store(':memory:');
    domain = createDomain(
      store,
      () => NOW,
      () => {},
    );
  });
  afterAll(() => store.close());

  it("for every waiting ticket of 2,000 random centers: its own place, the whole center at once, and the estimate's", () => {
    const seen = new Map<string, number>();
    let runs = 0;
    let tickets = 0;
    const places = { numbers: 0, 'no-open-counter': 0, 'slot-not-started': 0 };
    fc.assert(
      fc.property(centerArb, (m) => {
        runs++;
        const f = features(m);
        inCenter(store, m, (w) => {
          const expected = placesInQueue(w.snapshot);
          const all = domain.issuer.places.all(w.centerId);
          const got: unknown[] = [];
          const want: unknown[] = [];
          for (const t of w.snapshot.waiting) {
            const place = expected.get(t.id)!;
            const row = getTicketRow(store, t.id)!;
            const one = domain.issuer.places.of(row);
            const bulk = all.get(t.id);
            // The estimate's place: where it will stand once it can be called (its counters open, its slot started).
            const { basis } = domain.issuer.places.atIssue(row);
            const opened =
              place.reason === 'no-open-counter'
                ? w.snapshot.counters.map((c) => (counterServes({ ...c, status: 'open' }, t) ? { ...c, status: 'open' as const } : c))
                : w.snapshot.counters;
            const callable = t.lane === 'booking' && t.transferredAt === null && (t.notBefore ?? 0) > NOW ? t.notBefore! : NOW;
            const then = place.reason === null ? place : placeInQueue(t.id, { ...w.snapshot, counters: opened, now: callable });
            got.push({
              id: t.id,
              one: [one.ahead, one.aheadReason, one.callableFrom],
              center: [bulk?.ahead, bulk?.aheadReason, bulk?.callableFrom],
              estimate: basis.ahead,
            });
            const from = place.reason === 'slot-not-started' ? t.notBefore : null;
            want.push({
              id: t.id,
              one: [place.ahead, place.reason, from],
              center: [place.ahead, place.reason, from],
              estimate: then.ahead ?? 0,
            });
            tickets++;
            if (place.reason === null) places.numbers++;
            else {
              places[place.reason]++;
              f['a ticket nobody can call'] = true;
            }
          }
          expect(got).toEqual(want);
          expect(all.size).toBe(w.snapshot.waiting.length);
        });
        for (const [name, has] of Object.entries(f)) seen.set(name, (seen.get(name) ?? 0) + (has ? 1 : 0));
      }),
      { numRuns: 2000 },
    );
    const share = (name: string) => (seen.get(name) ?? 0) / runs;
    console.log(
      `people ahead, fast paths against the definition: ${runs} centers, ${tickets} waiting tickets ` +
        `(${places.numbers} with a number, ${places['no-open-counter']} no open counter, ${places['slot-not-started']} slot not started)\n` +
        [...seen].map(([name, n]) => `  ${name.padEnd(26)} ${String(n).padStart(5)}  ${((100 * n) / runs).toFixed(1)} %`).join('\n'),
    );
    for (const name of REQUIRED) expect(share(name), name).toBeGreaterThanOrEqual(REQUIRED_SHARE);
  }, 180_000); // 2,000 generated centers: a minute and more on a busy 2-core runner, and a timeout is no verdict on them

  it('the definition replays Call next itself: pressed at the open counters in turn, it calls the same tickets in the same order', () => {
    let calls = 0;
    fc.assert(
      fc.property(centerArb, (m) => {
        inCenter(store, m, (w) => {
          const staff = new Map<number, StaffView>();
          w.snapshot.counters.forEach((c, i) => {
            if (c.status === 'closed') return;
            const username = `${w.centerId}-clerk-${i}`;
            const id = Number(
              store.run(
                "INSERT INTO staff (center_id, username, display_name, role, password_hash, created_at) VALUES (?, ?, ?, 'clerk', '', ?)",
                w.centerId,
                username,
                username,
                NOW,
              ).lastInsertRowid,
            );
            store.run('UPDATE counters SET staff_id = ? WHERE id = ?', id, c.id);
            staff.set(c.id, { id, centerId: w.centerId, username, displayName: username, role: 'clerk' });
          });
          const expected = replayCalls(w.snapshot);
          const real: { ticketId: number; counterId: number }[] = [];
          let calling = w.snapshot.counters.filter((c) => c.status === 'open').sort((a, b) => a.number - b.number);
          while (calling.length) {
            calling = calling.filter((c) => {
              let ticketId: number;
              try {
                ticketId = domain.desk.callNext(c.id, staff.get(c.id)!).id;
              } catch (err) {
                if ((err as { code?: string }).code === 'queue-empty') return false;
                throw err;
              }
              real.push({ ticketId, counterId: c.id });
              // Frees the counter for its next call (recalls before a no-show: 0 here).
              domain.desk.noShow(c.id, staff.get(c.id)!);
              return true;
            });
          }
          expect(real).toEqual(expected);
          calls += real.length;
        });
      }),
      { numRuns: 300 },
    );
    console.log(`Call next against the definition's replay: 300 centers, ${calls} calls`);
  });
});
