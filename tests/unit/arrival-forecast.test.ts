// Who is expected to arrive, on hand-checked figures: the level from today's last half hour when no
// past day is on record, else the past days' time of day scaled by today; the mix of kinds from today
// and the days like it.
import { describe, expect, it } from 'vitest';
import { arrivalLevel, arrivalMix, type ArrivalCount, type PastArrivals } from '../../shared/rules/arrival-forecast.js';
import { NEXT_MONDAY, vnTime } from '../support/test-dates.js';

const MIN = 60_000;
const DAY_START = vnTime(NEXT_MONDAY, '00:00');
const at = (hh: number, mm = 0) => DAY_START + (hh * 60 + mm) * MIN;
/** The step of the local day (15 minutes) an hour and minute fall in. */
const step = (hh: number, mm = 0) => (hh * 60 + mm) / 15;
const A = 10;
const B = 20;
const kind = (fieldId: number, count: number, more: Partial<ArrivalCount> = {}): ArrivalCount => ({
  fieldId,
  isPriority: false,
  lane: 'walk-in',
  count,
  ...more,
});
const rates = (r: { from: number; to: number; perMinute: number }[]) =>
  r.map((x) => [(x.from - DAY_START) / MIN, (x.to - DAY_START) / MIN, Math.round(x.perMinute * 1000) / 1000]);

describe('arrivalLevel', () => {
  it('with no past day on record, holds today’s last half hour for the rest of the day', () => {
    const level = arrivalLevel({
      ahead: [
        { start: at(10), end: at(11, 30) },
        { start: at(13, 30), end: at(17) },
      ],
      recent: { spans: [{ start: at(9, 30), end: at(10) }], count: 6 },
      dayStart: DAY_START,
      past: null,
    });
    // 6 in 30 minutes.
    expect(rates(level)).toEqual([
      [600, 690, 0.2],
      [810, 1020, 0.2],
    ]);
  });

  it('measures today over ten minutes at least (the first minutes of a session)', () => {
    const level = arrivalLevel({
      ahead: [{ start: at(7, 32), end: at(8) }],
      recent: { spans: [{ start: at(7, 30), end: at(7, 32) }], count: 3 },
      dayStart: DAY_START,
      past: null,
    });
    expect(rates(level)).toEqual([[452, 480, 0.3]]);
  });

  it('follows the past days’ time of day in 15-minute steps, scaled by how today compares, shrunk by 30 arrivals', () => {
    // Ten past days: 30 arrivals in all at 13:30–13:45 and at 13:45–14:00, 30 at 14:00–14:15, 60 at 14:15–14:30.
    const past: PastArrivals = {
      bySteps: new Map([
        [step(13, 30), 30],
        [step(13, 45), 30],
        [step(14), 30],
        [step(14, 15), 60],
      ]),
      openMinutes: new Map([13.5, 13.75, 14, 14.25].map((h) => [step(Math.floor(h), (h % 1) * 60), 10 * 15])),
      alike: { days: 0, counts: [] },
    };
    const ahead = [{ start: at(14, 5), end: at(14, 30) }];
    const recent = (count: number) => ({ spans: [{ start: at(13, 30), end: at(14, 5) }], count });
    // Those days had 0.2 a minute at 13:30–14:15 and 0.4 after: 7 arrivals from 13:30 to 14:05.
    expect(rates(arrivalLevel({ ahead, recent: recent(7), dayStart: DAY_START, past }))).toEqual([
      [845, 855, 0.2],
      [855, 870, 0.4],
    ]);
    // Today had 44, six times as many: shrunk by 30 arrivals, twice the level ((44 + 30) / (7 + 30)).
    expect(rates(arrivalLevel({ ahead, recent: recent(44), dayStart: DAY_START, past }))).toEqual([
      [845, 855, 0.4],
      [855, 870, 0.8],
    ]);
    // Nobody yet today (the start of a session: no recent time at all): like the past days.
    expect(rates(arrivalLevel({ ahead, recent: { spans: [], count: 0 }, dayStart: DAY_START, past }))).toEqual([
      [845, 855, 0.2],
      [855, 870, 0.4],
    ]);
  });

  it('counts only the days open at that hour, expects nobody when they had nobody, and today’s level when none was open', () => {
    // Ten past days; an evening session on four of them, with 12 arrivals at 19:00–19:15 in all; 16:45–17:00 open every day, nobody came.
    const past: PastArrivals = {
      bySteps: new Map([[step(19), 12]]),
      openMinutes: new Map([
        [step(16, 45), 10 * 15],
        [step(19), 4 * 15],
      ]),
      alike: { days: 0, counts: [] },
    };
    const level = arrivalLevel({
      ahead: [
        { start: at(16, 45), end: at(17) },
        { start: at(19), end: at(19, 15) },
        { start: at(19, 15), end: at(19, 30) },
      ],
      recent: { spans: [{ start: at(16, 15), end: at(16, 45) }], count: 6 },
      dayStart: DAY_START,
      past,
    });
    // 12 in 60 open minutes: 0.2 a minute, not 12 in 150; today's 6 in its last 30 minutes at 19:15, an hour no past day was open.
    expect(rates(level)).toEqual([
      [1005, 1020, 0],
      [1140, 1155, 0.2],
      [1155, 1170, 0.2],
    ]);
  });
});

describe('arrivalMix', () => {
  it('weighs today’s arrivals against an average day like today', () => {
    // Two past fast-track days: 100 A and 60 fast-lane A in all; today 3 A and 1 B so far.
    const past: PastArrivals = {
      bySteps: new Map(),
      openMinutes: new Map(),
      alike: { days: 2, counts: [kind(A, 100), kind(A, 60, { lane: 'fast' })] },
    };
    const mix = arrivalMix([kind(A, 3), kind(B, 1)], past);
    // 3 + 50 A, 1 B, 30 fast: of 84.
    expect(mix.map((k) => [k.fieldId, k.lane, Math.round(k.share * 84)])).toEqual([
      [A, 'fast', 30],
      [A, 'walk-in', 53],
      [B, 'walk-in', 1],
    ]);
  });

  it('is the same whatever order the counts come in (a run draws kinds by their place in it)', () => {
    const past: PastArrivals = {
      bySteps: new Map(),
      openMinutes: new Map(),
      alike: { days: 2, counts: [kind(B, 10), kind(A, 60, { lane: 'fast' }), kind(A, 100)] },
    };
    const today = [kind(A, 3), kind(B, 1, { isPriority: true }), kind(A, 2, { lane: 'fast' })];
    expect(arrivalMix([...today].reverse(), { ...past, alike: { ...past.alike, counts: [...past.alike.counts].reverse() } })).toEqual(
      arrivalMix(today, past),
    );
  });

  it('is today’s alone with no day like today on record, and empty with nobody at all', () => {
    const mix = arrivalMix([kind(A, 3), kind(B, 1, { isPriority: true })], null);
    expect(mix.map((k) => [k.fieldId, k.isPriority, k.share])).toEqual([
      [A, false, 0.75],
      [B, true, 0.25],
    ]);
    expect(arrivalMix([kind(A, 0)], { bySteps: new Map(), openMinutes: new Map(), alike: { days: 0, counts: [] } })).toEqual([]);
  });
});
