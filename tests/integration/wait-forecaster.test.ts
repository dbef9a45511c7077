// The forecaster that keeps each center's latest wait range (server/domain/wait-forecaster.ts), with
// its real worker thread: what it tells a ticket is the forward play's range less the minutes gone
// since, its ends outwards to a tenth of a minute; the rounding to whole minutes (the low end down, the
// high end up) is the words' (rangeShown), so a range said as a range never leaves out part of the
// forecast's.
import { afterEach, describe, expect, it } from 'vitest';
import { rangeShown } from '../../shared/rules/range-shown.js';
import { forecastWaits, type ForecastInput, type ServiceHistory, type WaitRange } from '../../shared/rules/wait-forecast.js';
import { WaitForecaster } from '../../server/domain/wait-forecaster.js';

const MIN = 60_000;
const NOW = 1_000 * MIN;
const A = 10;
const CENTER = 'c';

/** Past calls of one procedure: `minutes` each, so many that the draws' smoothing is negligible. */
const history = (...minutes: number[]): ServiceHistory => ({
  byField: new Map(),
  all: Array.from({ length: 60_000 }, (_, i) => ({ minutes: minutes[i % minutes.length], procedureCount: 1 })),
  fallbackMinutes: 8,
});

/** One open counter, free now, and `waiting` tickets of field A issued a minute apart. */
const input = (service: ServiceHistory, waiting: number): ForecastInput => ({
  now: NOW,
  counters: [{ id: 1, number: 1, status: 'open', fieldIds: [A], callsFrom: NOW, busy: null }],
  waiting: Array.from({ length: waiting }, (_, i) => ({
    id: i + 1,
    fieldId: A,
    isPriority: false,
    issuedAt: NOW - (waiting - i) * MIN,
    transferredAt: null,
    targetCounterId: null,
    procedureCount: 1,
  })),
  policy: { mode: 'strict', every: 3 },
  normalsSince: new Map(),
  service,
  arrivals: { kind: 'known', tickets: [] },
  probes: [],
  runs: 100,
  seed: 1,
  horizonMinutes: 600,
});

/** The play's range less `minutes` gone, unrounded: what the told range must hold. */
const less = (r: WaitRange, minutes: number): WaitRange => ({
  low: Math.max(0, r.low - minutes),
  median: Math.max(0, r.median - minutes),
  high: Math.max(1, r.high - minutes),
});

/** Told to a tenth of a minute, its ends outwards: never inside the forecast, never a tenth beyond it. */
function expectHolds(told: WaitRange | null, forecast: WaitRange): void {
  expect(told).not.toBeNull();
  const { low, median, high } = told!;
  for (const m of [low, median, high]) expect(Math.round(m * 10)).toBeCloseTo(m * 10, 9);
  expect(low).toBeLessThanOrEqual(forecast.low);
  expect(low).toBeGreaterThan(forecast.low - 0.1);
  expect(Math.abs(median - forecast.median)).toBeLessThanOrEqual(0.05 + 1e-9);
  expect(high).toBeGreaterThanOrEqual(forecast.high);
  expect(high).toBeLessThan(forecast.high + 0.1);
}

describe('the wait forecaster', () => {
  let forecaster: WaitForecaster | null = null;
  afterEach(async () => {
    await forecaster?.close();
    forecaster = null;
  });

  async function told(i: ForecastInput, elapsed: number) {
    let now = NOW;
    forecaster = new WaitForecaster(
      () => i,
      () => now,
      (err) => {
        throw err;
      },
      false,
    );
    await forecaster.refresh(CENTER);
    now += elapsed;
    return (id: number) => forecaster!.ticket(CENTER, id);
  }

  it("tells a ticket the play's range less the minutes gone, its ends outwards to a tenth of a minute", async () => {
    // Each call takes 2.7 minutes: the third is called at 5.4, the fourth at 8.1.
    const i = input(history(2.7), 4);
    const ranges = forecastWaits(i).tickets;
    expect(ranges.get(3)!.median).toBeCloseTo(5.4, 3);
    const at = await told(i, 0.5 * MIN);
    for (const id of [1, 2, 3, 4]) expectHolds(at(id), less(ranges.get(id)!, 0.5));
    expect(at(3)!.median).toBe(4.9);
  });

  it('never tells a range whose words start later or end sooner than the forecast', async () => {
    // Calls of 2 or 4.5 minutes: the later tickets' ranges are wide, their ends anywhere in a minute.
    const i = input(history(2, 4.5), 8);
    const ranges = forecastWaits(i).tickets;
    const at = await told(i, 0.25 * MIN);
    let said = 0;
    for (const [id, range] of ranges) {
      const forecast = less(range!, 0.25);
      expectHolds(at(id), forecast);
      // A range under 3 minutes wide is said as one figure (rangeShown); the others as a range.
      const shown = rangeShown(at(id)!, id - 1);
      if (shown.kind !== 'range') continue;
      said++;
      expect(shown.low).toBeLessThanOrEqual(forecast.low);
      expect(shown.high).toBeGreaterThanOrEqual(forecast.high);
    }
    expect(said).toBeGreaterThanOrEqual(4);
  });
});
