// The figures a wait range is shown as (shared/rules/range-shown.ts), worked out by hand: whole
// minutes outward, one figure when narrow, fives from 20, "soon" only with nobody ahead; and when two
// ranges look the same, which is when the server does not tell the phone again.
import { describe, expect, it } from 'vitest';
import { rangeShown, sameRangeShown } from '../../shared/rules/range-shown.js';

const r = (low: number, median: number, high: number) => ({ low, median, high });

describe('a wait range as it is shown', () => {
  it('takes whole minutes outward: the low end down, the high end up', () => {
    // 4.6 → 4, 9.2 → 10.
    expect(rangeShown(r(4.6, 6, 9.2), 2)).toEqual({ kind: 'range', low: 4, high: 10 });
    expect(rangeShown(r(4, 6, 9), 2)).toEqual({ kind: 'range', low: 4, high: 9 });
  });

  it('is one figure, the median rounded, when the ends are less than 3 minutes apart', () => {
    // 23 and 25 (24.5 up): 2 apart; the median 24.
    expect(rangeShown(r(23, 24, 24.5), 3)).toEqual({ kind: 'minutes', minutes: 24 });
    expect(rangeShown(r(7, 7, 7), 3)).toEqual({ kind: 'minutes', minutes: 7 });
    // 5 and 8: 3 apart, a range.
    expect(rangeShown(r(5, 6, 8), 3)).toEqual({ kind: 'range', low: 5, high: 8 });
    // A median under a minute is still "about 1 min": 0 and 2, median 0.4.
    expect(rangeShown(r(0, 0.4, 1.5), 1)).toEqual({ kind: 'minutes', minutes: 1 });
  });

  it('says the ends in fives once the high end reaches 20', () => {
    // 21.4 → 21 → 20; 33.2 → 34 → 35.
    expect(rangeShown(r(21.4, 27, 33.2), 3)).toEqual({ kind: 'range', low: 20, high: 35 });
    // 30 → 30; 52 → 55.
    expect(rangeShown(r(30, 38, 52), 2)).toEqual({ kind: 'range', low: 30, high: 55 });
    // 12 → 10; 19.5 → 20.
    expect(rangeShown(r(12, 15, 19.5), 2)).toEqual({ kind: 'range', low: 10, high: 20 });
    // 12 and 19: under 20, said to the minute.
    expect(rangeShown(r(12, 15, 19), 2)).toEqual({ kind: 'range', low: 12, high: 19 });
  });

  it('is "soon" within a minute only when nobody is ahead, else "about 1 min"', () => {
    expect(rangeShown(r(0, 0, 1), 0)).toEqual({ kind: 'soon' });
    expect(rangeShown(r(0, 0, 1), 2)).toEqual({ kind: 'minutes', minutes: 1 });
    expect(rangeShown(r(0, 0, 1), null)).toEqual({ kind: 'minutes', minutes: 1 });
  });

  it('two ranges look the same when their figures are, whatever their fractions', () => {
    // 22–38 and 21–37 a minute later: both 20–40.
    expect(sameRangeShown(r(22, 30, 38), 5, r(21, 29, 37), 5)).toBe(true);
    // 9–17 a minute later is not 10–18.
    expect(sameRangeShown(r(10, 14, 18), 2, r(9, 13, 17), 2)).toBe(false);
    // One figure: the median is what counts (23.6 and 24.4 are both 24; 24.6 is 25).
    expect(sameRangeShown(r(23, 23.6, 24.5), 3, r(23.2, 24.4, 24.9), 3)).toBe(true);
    expect(sameRangeShown(r(23, 23.6, 24.5), 3, r(23, 24.6, 24.5), 3)).toBe(false);
    // Same figures, but "soon" now that nobody is ahead.
    expect(sameRangeShown(r(0, 0, 1), 1, r(0, 0, 1), 0)).toBe(false);
    // A range and none.
    expect(sameRangeShown(r(4, 6, 9), 2, null, 2)).toBe(false);
    expect(sameRangeShown(null, null, null, null)).toBe(true);
    // A range said as one figure is not a range with that figure at an end.
    expect(sameRangeShown(r(7, 7, 7), 3, r(7, 8, 10), 3)).toBe(false);
  });
});
