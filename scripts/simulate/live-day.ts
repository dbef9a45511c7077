// Plays one day against a running server through its public API: citizens take tickets as they
// arrive, a clerk at every counter calls, serves (or marks a no-show after two recalls) and finishes,
// fast-track dossiers go through the four on-site steps with the leader's approval.
import { meanAbsoluteError } from '../../shared/rules/wait-estimate.js';
import type { CalendarView, CatalogView, CounterInfo, CounterView, IssuedTicket, SessionStatus, TicketView } from '../../shared/types.js';
import type { Rng } from '../../tests/support/prng.js';
import type { Citizen } from './demand.js';
import { planDay } from './day-plan.js';
import type { ServerClock } from './server-clock.js';
import { ok, type SimClient } from './sim-client.js';

export interface DayStaff {
  /** Issues the tickets (the reception desk, or the public kiosk). */
  issuer: SimClient;
  leader: SimClient | null;
  /** Counter number → its clerk. */
  clerks: Map<number, SimClient>;
}

export interface DayResult {
  date: string;
  issued: number;
  procedures: number;
  refused: number;
  served: number;
  noShows: number;
  fastTrack: number;
  /** Mean absolute error (minutes) of the estimate told at issue against the actual wait until the call. */
  estimateMae: number | null;
  /** The same error for telling every citizen the day's mean wait: what the estimate has to beat. */
  constantGuessMae: number | null;
  /** Mean actual wait until the call (minutes). */
  meanWaitMinutes: number | null;
}

interface Issued {
  citizen: Citizen;
  ticket: IssuedTicket;
  calledAt: number | null;
}

export async function playDay(o: {
  centerId: string;
  citizens: number;
  rng: Rng;
  clock: ServerClock;
  staff: DayStaff;
  log: (line: string) => void;
}): Promise<DayResult> {
  const { centerId, clock, staff } = o;
  const base = `/api/centers/${encodeURIComponent(centerId)}`;
  const status = ok(await staff.issuer.get<SessionStatus>(`${base}/session`), 'session');
  clock.sync(status.serverTime);
  const catalog = ok(await staff.issuer.get<CatalogView>(`${base}/catalog`), 'catalog');
  const calendarView = ok(await staff.issuer.get<CalendarView>(`${base}/calendar`), 'calendar');
  const { day, demand, fastTrackIds, dayEnd } = planDay({
    status,
    calendar: calendarView,
    catalog,
    rng: o.rng,
    citizens: o.citizens,
    after: clock.now(),
  });
  o.log(
    `${day}: ${demand.length} citizens, ${demand.reduce((s, c) => s + c.procedureIds.length, 0)} procedures${fastTrackIds.size ? ', a fast-track day' : ''}`,
  );

  const issued = new Map<number, Issued>();
  let refused = 0;
  let arrivalsDone = false;

  const arrivals = (async () => {
    for (const citizen of demand) {
      await clock.until(citizen.at);
      const reply = await staff.issuer.post<IssuedTicket>(`${base}/tickets`, {
        procedureIds: citizen.procedureIds,
        priority: citizen.priority,
        ...(citizen.fastTrack ? { fastTrack: { dossierComplete: true } } : {}),
      });
      if ('error' in reply.body) refused++;
      else issued.set(reply.body.ticket.id, { citizen, ticket: reply.body, calledAt: null });
    }
    arrivalsDone = true;
  })();

  const counters = catalog.counters.filter((c) => staff.clerks.has(c.number));
  const result = { served: 0, noShows: 0, fastTrack: 0 };
  const desks = counters.map((counter) => workCounter(counter, staff.clerks.get(counter.number)!));

  async function workCounter(counter: CounterInfo, clerk: SimClient): Promise<void> {
    const path = `/api/counters/${counter.id}`;
    ok(await clerk.post<CounterView>(`${path}/open`, { force: true }), `open counter ${counter.number}`);
    for (;;) {
      const call = await clerk.post<TicketView>(`${path}/call-next`);
      if ('error' in call.body) {
        // Nobody waiting: done once arrivals are over, else look again in a minute.
        if (arrivalsDone && clock.now() > dayEnd) break;
        await clock.sleep(1);
        continue;
      }
      const ticket = call.body;
      const visit = issued.get(ticket.id);
      if (visit && visit.calledAt === null) visit.calledAt = ticket.calledAt;
      const citizen = visit?.citizen;
      if (citizen?.noShow) {
        for (let i = 0; i < 2; i++) {
          await clock.sleep(0.5);
          await clerk.post(`${path}/recall`);
        }
        await clock.sleep(0.5);
        ok(await clerk.post(`${path}/no-show`), 'no-show');
        result.noShows++;
        continue;
      }
      await clock.sleep(0.5);
      ok(await clerk.post(`${path}/start`), 'start');
      await clock.sleep(citizen?.serviceMinutes ?? 5);
      if (ticket.lane === 'fast') {
        ok(await clerk.post(`${path}/appraise`), 'appraise');
        if (staff.leader) ok(await staff.leader.post(`/api/tickets/${ticket.id}/approve`), 'approve');
        result.fastTrack++;
      }
      const outcomes = ticket.procedures.map((p) => {
        const procedure = catalog.procedures.find((x) => x.id === p.procedureId);
        return { procedureId: p.procedureId, outcome: procedure?.processingDays === 0 ? 'returned' : 'appointment' };
      });
      ok(await clerk.post(`${path}/finish`, { outcomes }), 'finish');
      result.served++;
    }
    await clerk.post(`${path}/close`);
  }

  await arrivals;
  await Promise.all(desks);
  const pairs = [...issued.values()]
    .filter((v) => v.calledAt !== null)
    .map((v) => ({ estimated: v.ticket.estimatedWaitMinutes, actual: (v.calledAt! - v.ticket.ticket.issuedAt) / 60_000 }));
  return {
    date: day,
    issued: issued.size,
    procedures: [...issued.values()].reduce((s, v) => s + v.citizen.procedureIds.length, 0),
    refused,
    ...result,
    estimateMae: meanAbsoluteError(pairs),
    ...constantGuess(pairs.map((p) => p.actual)),
  };
}

/** The day's mean wait, and the error of telling it to everyone (known only afterwards, so a fair bar). */
function constantGuess(actual: number[]): Pick<DayResult, 'constantGuessMae' | 'meanWaitMinutes'> {
  if (!actual.length) return { constantGuessMae: null, meanWaitMinutes: null };
  const mean = actual.reduce((a, b) => a + b, 0) / actual.length;
  return { meanWaitMinutes: mean, constantGuessMae: meanAbsoluteError(actual.map((a) => ({ estimated: mean, actual: a }))) };
}
