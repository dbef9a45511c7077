// Setup step, run as its own process before a server starts: writes the SQLite file through the
// server's own store (migrations, demo seed, ticket inserts) instead of thousands of HTTP calls.
//   node --import tsx scripts/bench/prepare-db.ts <dataDir> <waiting> <historyTickets>
// <waiting>: tickets waiting today, spread over every procedure, one in ten with priority.
// <historyTickets>: finished tickets over the working days of the year before today.
// Writes the waiting tickets' status tokens to <dataDir>/tokens.json (for phones that watch them).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localDate } from '../../shared/rules/local-time.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';
import type { PriorityKind, Procedure } from '../../shared/types.js';
import { clockFrom } from '../../server/domain/clock.js';
import { seedDemoCenter } from '../../server/demo/seed.js';
import { getField, listCounterRows, listProcedures } from '../../server/store/catalog-queries.js';
import { Store } from '../../server/store/database.js';
import { insertTicket, insertTicketEvent, markCalled, markEnded, markStarted, nextSequence } from '../../server/store/ticket-queries.js';
import { setOutcome } from '../../server/store/result-queries.js';
import { seededRng } from '../../tests/support/prng.js';
import { CENTER_ID, CLOCK_AT, PASSWORDS } from './settings.js';

const TZ = 'Asia/Ho_Chi_Minh';
const DAY = 86_400_000;
const [dataDir, waitingArg = '0', historyArg = '0'] = process.argv.slice(2);
if (!dataDir) throw new Error('usage: prepare-db.ts <dataDir> <waiting> <historyTickets>');

const at = Date.parse(CLOCK_AT);
const store = new Store(join(dataDir, 'motcua.sqlite'));
await seedDemoCenter(store, clockFrom(at), PASSWORDS);
const procedures = listProcedures(store, CENTER_ID);
const prefixOf = new Map(procedures.map((p) => [p.id, getField(store, p.fieldId)!.prefix]));
const rng = seededRng(7);

function addTicket(p: Procedure, issuedAt: number, priority: PriorityKind | null): { id: number; token: string } {
  const day = localDate(issuedAt, TZ);
  const prefix = prefixOf.get(p.id)!;
  const seq = nextSequence(store, CENTER_ID, prefix, day);
  const token = `bench-${day}-${prefix}-${seq}`;
  const id = insertTicket(store, {
    centerId: CENTER_ID,
    fieldId: p.fieldId,
    localDate: day,
    seq,
    number: formatTicketNumber(prefix, seq),
    priority,
    source: 'kiosk',
    lane: 'walk-in',
    notBefore: null,
    statusToken: token,
    issuedAt,
    procedureIds: [p.id],
  });
  insertTicketEvent(store, { ticketId: id, centerId: CENTER_ID, kind: 'issue', at: issuedAt, counterId: null, staffId: null });
  return { id, token };
}

const waiting = Number(waitingArg);
// Today's queue: issued over the 90 minutes before the clock's start.
const tokens = store.transaction(() =>
  Array.from({ length: waiting }, (_, i) => {
    const p = procedures[i % procedures.length];
    return addTicket(p, at - 90 * 60_000 + Math.floor((i * 90 * 60_000) / Math.max(1, waiting)), rng.chance(0.1) ? 'elderly' : null).token;
  }),
);
writeFileSync(join(dataDir, 'tokens.json'), JSON.stringify(tokens));

const history = Number(historyArg);
if (history > 0) {
  const counters = listCounterRows(store, CENTER_ID);
  const workingDays: number[] = [];
  for (let d = 1; workingDays.length < 250 && d < 400; d++) {
    const weekday = new Date(at - d * DAY + 7 * 3600_000).getUTCDay();
    if (weekday !== 0 && weekday !== 6) workingDays.push(at - d * DAY);
  }
  const perDay = Math.ceil(history / workingDays.length);
  let made = 0;
  store.transaction(() => {
    for (const nineAm of workingDays) {
      for (let i = 0; i < perDay && made < history; i++, made++) {
        const p = procedures[rng.int(0, procedures.length - 1)];
        // 07:30–16:30 local, then a wait of up to an hour and a service of up to 20 minutes.
        const issuedAt = nineAm - 90 * 60_000 + rng.int(0, 9 * 3600_000);
        const { id } = addTicket(p, issuedAt, rng.chance(0.1) ? 'elderly' : null);
        const counter = counters[rng.int(0, counters.length - 1)];
        const calledAt = issuedAt + rng.int(60_000, 3600_000);
        const startedAt = calledAt + rng.int(10_000, 120_000);
        const finishedAt = startedAt + rng.int(120_000, 1200_000);
        markCalled(store, id, counter.id, 1, calledAt);
        markStarted(store, id, startedAt);
        markEnded(store, id, rng.chance(0.05) ? 'no-show' : 'done', finishedAt);
        const outcome = rng.chance(0.7) ? 'returned' : rng.chance(0.8) ? 'appointment' : 'incomplete';
        const resultDate = outcome === 'appointment' ? localDate(finishedAt + 5 * DAY, TZ) : null;
        setOutcome(store, id, p.id, {
          outcome,
          resultDate,
          dueDate: resultDate,
          returnedOn: outcome === 'returned' ? localDate(finishedAt, TZ) : null,
        });
        for (const [kind, when] of [
          ['call', calledAt],
          ['start', startedAt],
          ['finish', finishedAt],
        ] as const) {
          insertTicketEvent(store, { ticketId: id, centerId: CENTER_ID, kind, at: when, counterId: counter.id, staffId: 1 });
        }
      }
    }
  });
}
store.close();
console.log(`prepared ${dataDir}: ${waiting} waiting, ${history} in history`);
