// The wait range (shared/rules/wait-forecast.ts): the call rule played forward. Small cases whose
// answer is worked out by hand (service times that never vary make every run the same), then the
// range's calibration on random queues: the real wait falls inside the 80 % range about 80 % of the time;
// and the play's fast path (the heads of the queues) pinned to callOrder over everyone waiting.
import { describe, expect, it } from 'vitest';
import { callOrder, type PriorityPolicy } from '../../shared/rules/call-order.js';
import {
  drawService,
  forecastWaits,
  probeKey,
  Waiting,
  type ForecastCounter,
  type ForecastInput,
  type ForecastTicket,
  type ServiceHistory,
  type WaitRange,
} from '../../shared/rules/wait-forecast.js';
import { seededRng } from '../support/prng.js';

const A = 10;
const B = 20;
const MIN = 60_000;
const NOW = 1_000 * MIN;
const STRICT: PriorityPolicy = { mode: 'strict', every: 3 };

/**
 * Every past call took exactly 5 minutes for one procedure (2.5 per procedure and 2.5 fixed), and
 * there were so many that the draws' smoothing (a few millionths of a minute) vanishes in rounding.
 */
const FIVE_MINUTES: ServiceHistory = {
  byField: new Map(),
  all: Array.from({ length: 100_000 }, () => ({ minutes: 5, procedureCount: 1 })),
  fallbackMinutes: 8,
};

/** To the hundredth of a minute. */
const rounded = (r: WaitRange | null | undefined) =>
  r ? { low: Math.round(r.low * 100) / 100, median: Math.round(r.median * 100) / 100, high: Math.round(r.high * 100) / 100 } : r;

const ticket = (id: number, fieldId: number, more: Partial<ForecastTicket> = {}): ForecastTicket => ({
  id,
  fieldId,
  isPriority: false,
  issuedAt: NOW - (100 - id) * MIN,
  transferredAt: null,
  targetCounterId: null,
  procedureCount: 1,
  ...more,
});

const counter = (number: number, fieldIds: number[], more: Partial<ForecastCounter> = {}): ForecastCounter => ({
  id: 100 + number,
  number,
  status: 'open',
  fieldIds,
  callsFrom: NOW,
  busy: null,
  ...more,
});

const input = (counters: ForecastCounter[], waiting: ForecastTicket[], more: Partial<ForecastInput> = {}): ForecastInput => ({
  now: NOW,
  counters,
  waiting,
  policy: STRICT,
  normalsSince: new Map(),
  service: FIVE_MINUTES,
  arrivals: { kind: 'rates', mix: [], level: [] },
  probes: [],
  runs: 20,
  seed: 1,
  horizonMinutes: 480,
  ...more,
});

/** The median minutes of each ticket, in the order given. */
const medians = (input: ForecastInput, ids: number[]) => ids.map((id) => rounded(forecastWaits(input).tickets.get(id))?.median ?? null);

describe('forecastWaits, by hand', () => {
  it('one idle counter and three one-procedure tickets of 5 minutes: called at 0, 5 and 10, every run alike', () => {
    const f = forecastWaits(input([counter(1, [A])], [ticket(1, A), ticket(2, A), ticket(3, A)]));
    expect([...f.tickets.values()].map(rounded)).toEqual([
      { low: 0, median: 0, high: 0 },
      { low: 5, median: 5, high: 5 },
      { low: 10, median: 10, high: 10 },
    ]);
  });

  it('scales a past call to the ticket’s procedures: three procedures take (3 + 1) / (1 + 1) × 5 = 10 minutes', () => {
    expect(medians(input([counter(1, [A])], [ticket(1, A, { procedureCount: 3 }), ticket(2, A)]), [1, 2])).toEqual([0, 10]);
  });

  it('a busy counter finishes its citizen first: 2 of 5 minutes gone, the first waiting is called in 3', () => {
    const busy = { fieldId: A, procedureCount: 1, elapsedMinutes: 2 };
    expect(medians(input([counter(1, [A], { busy })], [ticket(1, A), ticket(2, A)]), [1, 2])).toEqual([3, 8]);
  });

  it('two counters share the queue, the lower number first on a tie', () => {
    expect(
      medians(
        input(
          [counter(1, [A]), counter(2, [A])],
          [1, 2, 3, 4].map((id) => ticket(id, A)),
        ),
        [1, 2, 3, 4],
      ),
    ).toEqual([0, 0, 5, 5]);
  });

  it('a B citizen arriving later goes first at a counter that prefers B: A001 waits behind them', () => {
    const busy = { fieldId: B, procedureCount: 1, elapsedMinutes: 2 };
    const arrivals = { kind: 'known' as const, tickets: [ticket(50, B, { issuedAt: NOW + 2 * MIN })] };
    // Counter 3 (B, then A) is free at 3 and calls the B citizen who came at 2; A001 at 8.
    expect(medians(input([counter(3, [B, A], { busy })], [ticket(1, A)], { arrivals }), [1])).toEqual([8]);
  });

  it('a closed field waits for its counter to open: called when the session starts', () => {
    const f = input([counter(4, [A], { status: 'closed', callsFrom: NOW + 90 * MIN })], [ticket(1, A), ticket(2, A)]);
    expect(medians(f, [1, 2])).toEqual([90, 95]);
  });

  it('a counter that will not open calls nobody: no range', () => {
    expect(forecastWaits(input([counter(4, [A], { status: 'closed', callsFrom: null })], [ticket(1, A)])).tickets.get(1)).toBeNull();
  });

  it('a booking is called from its slot, not before; the walk-in behind it waits for it then', () => {
    const booked = ticket(1, A, { lane: 'booking', notBefore: NOW + 20 * MIN });
    // The walk-in goes first (the slot has not started), the booking at 20, then nobody.
    expect(medians(input([counter(1, [A])], [booked, ticket(2, A)]), [1, 2])).toEqual([20, 0]);
  });

  it('probes: a newcomer of A waits for both A tickets, a priority newcomer goes first — and neither delays anyone', () => {
    const probes = [
      { key: probeKey(A, false, 'walk-in'), fieldId: A, isPriority: false, lane: 'walk-in' as const },
      { key: probeKey(A, true, 'walk-in'), fieldId: A, isPriority: true, lane: 'walk-in' as const },
      { key: probeKey(B, false, 'walk-in'), fieldId: B, isPriority: false, lane: 'walk-in' as const },
    ];
    const f = forecastWaits(input([counter(1, [A])], [ticket(1, A), ticket(2, A)], { probes }));
    expect(rounded(f.probes.get('walk-in:10:n'))?.median).toBe(10);
    expect(rounded(f.probes.get('walk-in:10:p'))?.median).toBe(0);
    // No counter serves B.
    expect(f.probes.get('walk-in:20:n')).toBeNull();
    expect([rounded(f.tickets.get(1))?.median, rounded(f.tickets.get(2))?.median]).toEqual([0, 5]);
  });

  it('priority citizens expected to arrive push a normal ticket back in strict mode', () => {
    const arrivals = {
      kind: 'rates' as const,
      mix: [{ fieldId: A, isPriority: true, lane: 'walk-in' as const, share: 1 }],
      level: [{ from: NOW, to: NOW + 240 * MIN, perMinute: 0.2 }],
    };
    const queue = [1, 2, 3, 4].map((id) => ticket(id, A));
    const without = forecastWaits(input([counter(1, [A])], queue, { runs: 200 })).tickets.get(4)!;
    const withPriority = forecastWaits(input([counter(1, [A])], queue, { runs: 200, arrivals })).tickets.get(4)!;
    expect(rounded(without)?.median).toBe(15);
    // About one priority citizen in 5 minutes, each taking 5: roughly 15 / (1 − 0.2 × 5)… far later, never earlier.
    expect(withPriority.low).toBeGreaterThanOrEqual(14.99);
    expect(withPriority.high).toBeGreaterThan(20);
  });

  it('gives the same forecast for the same seed', () => {
    const history: ServiceHistory = { ...FIVE_MINUTES, all: [2, 4, 6, 9, 15].map((minutes) => ({ minutes, procedureCount: 1 })) };
    const f = () =>
      forecastWaits(
        input(
          [counter(1, [A]), counter(2, [A])],
          [1, 2, 3, 4, 5].map((id) => ticket(id, A)),
          { service: history },
        ),
      );
    expect(f()).toEqual(f());
  });
});

describe('drawService', () => {
  // Draws that cancel the smoothing: the sample at 0.5, then a normal draw of cos(2π · 0.25) = 0.
  const steady = () => {
    const draws = [0.5, 0.5, 0.25];
    let i = 0;
    return () => draws[i++ % draws.length];
  };

  it('uses a field’s own history once it has five calls, the center’s before; a no-show’s time as it was', () => {
    const history: ServiceHistory = {
      byField: new Map([
        [A, Array.from({ length: 5 }, () => ({ minutes: 3, procedureCount: 2 }))],
        [B, [{ minutes: 100, procedureCount: 1 }]],
      ]),
      // Twenty no-shows of 2 minutes: enough calls that none is drawn from the fallback.
      all: Array.from({ length: 20 }, () => ({ minutes: 2, procedureCount: 0 })),
      fallbackMinutes: 8,
    };
    expect(drawService(history, A, 5, steady())).toBeCloseTo(6, 9);
    expect(drawService(history, B, 5, steady())).toBeCloseTo(2, 9);
  });

  it('learns a visit’s fixed part and its minutes per procedure from the calls on record: 1 + 3 a procedure, five procedures take 16', () => {
    // Ten calls of one procedure in 4 minutes and ten of three in 10: 1 minute whatever the visit, 3 per procedure.
    const calls = [
      ...Array.from({ length: 10 }, () => ({ minutes: 4, procedureCount: 1 })),
      ...Array.from({ length: 10 }, () => ({ minutes: 10, procedureCount: 3 })),
    ];
    const history: ServiceHistory = { byField: new Map([[A, calls]]), all: calls, fallbackMinutes: 8 };
    // Scaled as one more procedure, a call of one (4 × 6 / 2) or of three (10 × 6 / 4) would say 12 or 15.
    expect(drawService(history, A, 5, steady())).toBeCloseTo(16, 6);
    // The same from a call of one procedure (the sample at 0.25).
    const ofOne = () => {
      const draws = [0.25, 0.5, 0.25];
      let i = 0;
      return () => draws[i++ % draws.length];
    };
    expect(drawService(history, A, 5, ofOne())).toBeCloseTo(16, 6);
    // A field with too little history of its own: the same parts, fitted over the center's calls.
    expect(drawService(history, B, 2, steady())).toBeCloseTo(7, 6);
  });

  it('one quick call on record does not make every call quick: until 20 are, the rest are drawn from the fallback', () => {
    // A clerk tried the screen: one call of six seconds. Three citizens ahead still take about 3 × 8 minutes.
    const quick = { minutes: 0.1, procedureCount: 1 };
    const once: ServiceHistory = { byField: new Map([[A, [quick]]]), all: [quick], fallbackMinutes: 8 };
    const fourth = forecastWaits(
      input(
        [counter(1, [A])],
        [1, 2, 3, 4].map((id) => ticket(id, A)),
        { service: once, runs: 200 },
      ),
    ).tickets.get(4)!;
    expect(fourth.median).toBeGreaterThan(15);
    expect(fourth.median).toBeLessThan(35);
    expect(fourth.low).toBeGreaterThan(8);
    // Twenty such calls on record: they are what the center does.
    const twenty: ServiceHistory = { byField: new Map([[A, Array(20).fill(quick)]]), all: Array(20).fill(quick), fallbackMinutes: 8 };
    const soon = forecastWaits(
      input(
        [counter(1, [A])],
        [1, 2, 3, 4].map((id) => ticket(id, A)),
        { service: twenty },
      ),
    ).tickets.get(4)!;
    expect(soon.high).toBeLessThan(1);
  });

  it('with no history, the fallback spread about ±50 %: its middle is the fallback, its 10th–90th percentiles about 0.5× and 1.9×', () => {
    const empty: ServiceHistory = { byField: new Map(), all: [], fallbackMinutes: 8 };
    const rng = seededRng(3);
    const draws = Array.from({ length: 4000 }, () => drawService(empty, A, 1, () => rng.next())).sort((a, b) => a - b);
    expect(draws[2000]).toBeGreaterThan(7.5);
    expect(draws[2000]).toBeLessThan(8.5);
    expect(draws[400] / 8).toBeCloseTo(Math.exp(-0.5 * 1.2816), 1);
    expect(draws[3600] / 8).toBeCloseTo(Math.exp(0.5 * 1.2816), 1);
  });
});

describe('calibration', () => {
  it('on 300 random queues, the wait a hidden play gives falls in the 80 % range 70–90 % of the time', () => {
    const rng = seededRng(7);
    let inside = 0;
    let total = 0;
    for (let q = 0; q < 300; q++) {
      const history: ServiceHistory = {
        byField: new Map(),
        // Log-normal-ish service times around 6 minutes.
        all: Array.from({ length: 40 }, () => ({
          minutes: 6 * Math.exp(0.5 * (rng.next() + rng.next() + rng.next() - 1.5)),
          procedureCount: 1,
        })),
        fallbackMinutes: 8,
      };
      const counters = Array.from({ length: rng.int(1, 3) }, (_, i) => counter(i + 1, [A]));
      // Someone ahead of it: a ticket an idle counter calls at once has no range to speak of.
      const waiting = Array.from({ length: rng.int(counters.length + 1, 12) }, (_, i) => ticket(i + 1, A));
      const target = waiting[rng.int(counters.length, waiting.length - 1)].id;
      const range = forecastWaits(input(counters, waiting, { service: history, runs: 100, seed: q })).tickets.get(target)!;
      // The truth: one more play of the same world, with draws the forecast never saw.
      const truth = forecastWaits(input(counters, waiting, { service: history, runs: 1, seed: 10_000 + q })).tickets.get(target)!;
      total++;
      if (truth.median >= range.low && truth.median <= range.high) inside++;
    }
    const share = inside / total;
    console.log(`calibration: ${(share * 100).toFixed(1)} % of ${total} hidden waits inside the 80 % range`);
    expect(share).toBeGreaterThan(0.7);
    expect(share).toBeLessThan(0.9);
  });
});

describe('the forward play reads the heads of the queues', () => {
  it('on 3,000 random queues, callOrder over the heads picks what it picks over everyone waiting', () => {
    const rng = seededRng(11);
    const lanes = ['walk-in', 'walk-in', 'fast', 'booking'] as const;
    for (let q = 0; q < 3000; q++) {
      const fields = [1, 2, 3];
      const tickets: ForecastTicket[] = Array.from({ length: rng.int(0, 30) }, (_, i) => {
        const transferred = rng.chance(0.15);
        return ticket(i + 1, fields[rng.int(0, 2)], {
          isPriority: rng.chance(0.25),
          issuedAt: NOW - rng.int(0, 120) * MIN,
          lane: lanes[rng.int(0, 3)],
          notBefore: rng.chance(0.5) ? NOW + rng.int(-30, 30) * MIN : null,
          transferredAt: transferred ? NOW - rng.int(0, 60) * MIN : null,
          targetCounterId: transferred && rng.chance(0.5) ? 100 + rng.int(1, 3) : null,
        });
      });
      // Issue order within each queue, as the store reads them.
      tickets.sort((a, b) => a.issuedAt - b.issuedAt || a.id - b.id);
      const waiting = new Waiting();
      for (const t of tickets) waiting.add(t);
      const c = counter(rng.int(1, 3), rng.shuffle(fields).slice(0, rng.int(1, 3)), {
        fastTrack: rng.chance(0.3),
        fastLaneFallback: rng.chance(0.5),
      });
      const policy: PriorityPolicy = rng.chance(0.5) ? STRICT : { mode: 'interleaved', every: rng.int(1, 4) };
      const since = new Map(fields.filter(() => rng.chance(0.6)).map((f) => [f, rng.int(0, 5)]));
      const all = callOrder(c, tickets, policy, since, NOW)[0]?.id;
      expect(callOrder(c, waiting.heads(), policy, since, NOW)[0]?.id).toBe(all);
    }
  });
});

describe('arrivals no center could have', () => {
  it('end a run once a thousand are drawn: a ticket called after that instant is past the horizon', () => {
    // Counter 1 serves A and has one ticket of A waiting behind five minutes of service; citizens of B, which no counter serves, keep coming.
    const burst = (perMinute: number) =>
      forecastWaits(
        input([counter(1, [A], { busy: { fieldId: A, procedureCount: 1, elapsedMinutes: 0 } })], [ticket(1, A)], {
          arrivals: {
            kind: 'rates',
            mix: [{ fieldId: B, isPriority: false, lane: 'walk-in', share: 1 }],
            level: [{ from: NOW, to: NOW + 240 * MIN, perMinute }],
          },
        }),
      ).tickets.get(1);
    // A hundred a minute: the thousandth comes after ten minutes, and the ticket is called at about five.
    expect(rounded(burst(100))?.median).toBe(5);
    // A thousand a minute: the arrivals run out after a minute, before the counter is free.
    expect(burst(1000)).toBeNull();
  });
});
