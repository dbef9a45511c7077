// A simulated day at the demo center played in virtual time (bench row 6): the same citizens and
// clerks as the live simulator (scripts/simulate: dayDemand, and the clerk's routine of live-day.ts)
// acting on the real domain over a real SQLite file, but each at its own instant of an injected clock
// — nothing depends on how fast the machine is, and the same seed gives the same day. The center may
// be given past days first (the simulator's history mode, from draws of their own). After every
// instant at which something happened the center's wait range is forecast (in its worker thread, as
// on a server), and what each citizen was told is kept: the slip, and every forecast while waiting.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { forecastWaits, probeKey, type ForecastTicket, type WaitRange } from '../../shared/rules/wait-forecast.js';
import type { StaffView } from '../../shared/types.js';
import { seedDemoCenter } from '../../server/demo/seed.js';
import { DEMO_CENTER } from '../../server/demo/demo-center.js';
import { DomainError } from '../../server/domain/domain-error.js';
import { ForecastInputs } from '../../server/domain/forecast-inputs.js';
import { createDomain, type Domain } from '../../server/domain/index.js';
import { STANDING_MS } from '../../server/domain/wait-forecaster.js';
import { Store } from '../../server/store/database.js';
import type { Rng } from '../../tests/support/prng.js';
import type { Citizen } from '../simulate/demand.js';
import { planDay } from '../simulate/day-plan.js';
import { writeHistory } from '../simulate/history.js';
import { localDate } from '../../shared/rules/local-time.js';

const MIN = 60_000;
/** The bound's forward play costs as much as the forecast: for the phone it is played this often. */
const BOUND_EVERY_MS = 5 * MIN;
const PASSWORDS = { admin: 'bench-admin', demo: 'bench-demo' };

/** What one citizen was told, and when they were called. */
export interface Told {
  /** The ticket as issued: its number, lane and procedures (to read the figures by kind). */
  ticket: { number: string; lane: string; isPriority: boolean; procedures: number };
  issuedAt: number;
  calledAt: number | null;
  /** Today's predictor: minutes on the slip (the phone repeats them). */
  estimate: number;
  /** The range on the slip (null: none yet, the estimate was shown instead), and the bound's. */
  slip: { range: WaitRange | null; bound: WaitRange | null };
  /**
   * Every forecast while the ticket waited: its instant, the range and the bound's (minutes from `at`;
   * the bound is played every few minutes only: undefined where it was not).
   */
  forecasts: { at: number; range: WaitRange | null; bound?: WaitRange | null }[];
}

export interface VirtualDay {
  date: string;
  citizens: number;
  procedures: number;
  told: Told[];
  forecasts: number;
}

/** A min-heap of things to do at instants; ties in the order they were planned. */
class Agenda {
  private items: { at: number; seq: number; run: () => void }[] = [];
  private seq = 0;
  at(at: number, run: () => void): void {
    this.items.push({ at, seq: this.seq++, run });
    this.items.sort((a, b) => a.at - b.at || a.seq - b.seq);
  }
  get next(): number | undefined {
    return this.items[0]?.at;
  }
  take(): { at: number; run: () => void } {
    return this.items.shift()!;
  }
}

async function signIn(domain: Domain, username: string): Promise<StaffView> {
  const { staff } = await domain.auth.login(username, PASSWORDS.demo);
  return staff;
}

export async function playVirtualDay(o: {
  startAt: number;
  citizens: number;
  rng: Rng;
  bound: boolean;
  /** Past days written before the play, from their own draws: the calls a center has on record. */
  history?: { days: number; rng: Rng };
}): Promise<VirtualDay> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-virtual-day-'));
  let now = o.startAt;
  const clock = () => now;
  const store = new Store(join(dir, 'motcua.sqlite'));
  // Counts what the domain committed: an instant at which nothing changed (a clerk finding nobody) is not forecast again.
  let changes = 0;
  const domain = createDomain(store, clock, () => changes++, { autoForecast: false });
  try {
    await seedDemoCenter(store, clock, PASSWORDS);
    const centerId = DEMO_CENTER.id;
    if (o.history)
      writeHistory(store, {
        days: o.history.days,
        until: localDate(o.startAt, DEMO_CENTER.timezone),
        citizens: o.citizens,
        rng: o.history.rng,
      });
    const catalog = domain.reader.catalog(centerId);
    const { day, demand, dayEnd } = planDay({
      status: domain.calendar.status(centerId),
      calendar: domain.calendar.view(centerId),
      catalog,
      rng: o.rng,
      citizens: o.citizens,
      after: now,
    });

    const reception = await signIn(domain, 'tiepdan');
    const leader = await signIn(domain, 'lanhdao');
    const clerks = await Promise.all(catalog.counters.map(async (c) => ({ counter: c, staff: await signIn(domain, `canbo${c.number}`) })));
    const boundInputs = new ForecastInputs(store, domain.reader.callInputs, domain.calendar);

    const agenda = new Agenda();
    const told = new Map<number, Told>();
    const citizenOf = new Map<number, Citizen>();
    let arrived = 0;

    /** The arrivals still to come, as the bound is given them. */
    const future = (from: number): ForecastTicket[] =>
      demand.slice(from).map((c, i) => ({
        id: -1 - i,
        fieldId: c.fieldId,
        isPriority: c.priority !== null,
        issuedAt: c.at,
        transferredAt: null,
        targetCounterId: null,
        lane: c.fastTrack ? 'fast' : 'walk-in',
        notBefore: null,
        procedureCount: c.procedureIds.length,
      }));
    const boundForecast = (from: number) => {
      const input = boundInputs.read(centerId);
      return forecastWaits({ ...input, arrivals: { kind: 'known', tickets: future(from) } });
    };

    demand.forEach((citizen, i) =>
      agenda.at(citizen.at, () => {
        arrived = i + 1;
        // The bound at issue: the newcomer's probe with every later arrival known.
        const bound = o.bound ? boundForecast(i + 1) : null;
        const issued = domain.issuer.issue(
          centerId,
          {
            procedureIds: citizen.procedureIds,
            priority: citizen.priority,
            ...(citizen.fastTrack ? { fastTrack: { dossierComplete: true } } : {}),
          },
          reception,
        );
        const t = issued.ticket;
        citizenOf.set(t.id, citizen);
        told.set(t.id, {
          ticket: { number: t.number, lane: t.lane, isPriority: t.priority !== null, procedures: citizen.procedureIds.length },
          issuedAt: t.issuedAt,
          calledAt: null,
          estimate: issued.estimatedWaitMinutes,
          slip: {
            range: issued.waitRange,
            bound: bound?.probes.get(probeKey(t.fieldId, t.priority !== null, t.lane === 'fast' ? 'fast' : 'walk-in')) ?? null,
          },
          forecasts: [],
        });
      }),
    );

    // Each clerk as in live-day.ts: call; nobody there: look again in a minute; a no-show after two
    // recalls half a minute apart; half a minute to sit down, the service, and the fast track's steps.
    const work = (counterId: number, staff: StaffView) => {
      const call = () => {
        let ticket;
        try {
          ticket = domain.desk.callNext(counterId, staff);
        } catch (err) {
          if (!(err instanceof DomainError)) throw err;
          if (arrived === demand.length && now > dayEnd) return domain.desk.close(counterId, staff);
          return agenda.at(now + MIN, call);
        }
        const record = told.get(ticket.id);
        if (record && record.calledAt === null) record.calledAt = ticket.calledAt;
        const citizen = citizenOf.get(ticket.id);
        if (citizen?.noShow) {
          agenda.at(now + 0.5 * MIN, () => domain.desk.recall(counterId, staff));
          agenda.at(now + MIN, () => domain.desk.recall(counterId, staff));
          agenda.at(now + 1.5 * MIN, () => {
            domain.desk.noShow(counterId, staff);
            call();
          });
          return;
        }
        agenda.at(now + 0.5 * MIN, () => {
          domain.desk.start(counterId, staff);
          agenda.at(now + (citizen?.serviceMinutes ?? 5) * MIN, () => {
            if (ticket.lane === 'fast') {
              domain.desk.appraise(counterId, staff);
              domain.fastTrack.approve(ticket.id, leader);
            }
            const outcomes = ticket.procedures.map((p) => {
              const procedure = catalog.procedures.find((x) => x.id === p.procedureId);
              return {
                procedureId: p.procedureId,
                outcome: procedure?.processingDays === 0 ? ('returned' as const) : ('appointment' as const),
              };
            });
            domain.desk.finish(counterId, staff, { outcomes });
            call();
          });
        });
      };
      return call;
    };
    for (const { counter, staff } of clerks) {
      agenda.at(now, () => {
        domain.desk.open(counter.id, staff, true);
        work(counter.id, staff)();
      });
    }

    let forecasts = 0;
    let forecastAt = -1;
    let lastForecast = -Infinity;
    let boundAt = -Infinity;
    // What the phones would be told from this instant, as the server forecasts: after a change, and
    // again each minute while someone waits (STANDING_MS).
    const forecast = async () => {
      await domain.forecaster.refresh(centerId);
      forecasts++;
      lastForecast = now;
      const bound = o.bound && now - boundAt >= BOUND_EVERY_MS ? boundForecast(arrived) : null;
      if (bound) boundAt = now;
      for (const [id, record] of told) {
        if (record.calledAt !== null) continue;
        const range = domain.forecaster.ticket(centerId, id);
        record.forecasts.push(bound ? { at: now, range, bound: bound.tickets.get(id) ?? null } : { at: now, range });
      }
    };
    const someoneWaits = () => [...told.values()].some((t) => t.calledAt === null);
    while (agenda.next !== undefined) {
      if (lastForecast + STANDING_MS < agenda.next && someoneWaits()) {
        now = lastForecast + STANDING_MS;
        await forecast();
        continue;
      }
      now = agenda.next;
      while (agenda.next === now) agenda.take().run();
      if (changes === forecastAt) continue;
      forecastAt = changes;
      await forecast();
    }
    return {
      date: day,
      citizens: demand.length,
      procedures: demand.reduce((s, c) => s + c.procedureIds.length, 0),
      told: [...told.values()],
      forecasts,
    };
  } finally {
    await domain.forecaster.close();
    store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
