// The expected wait told to a citizen at issue, from known service times and counters.
import { describe, expect, it } from 'vitest';
import { defaultServiceMinutes, estimateWaitMinutes, meanAbsoluteError, median } from '../../shared/rules/wait-estimate.js';

const base = { recentServiceMinutes: [] as number[], fallbackServiceMinutes: 10, openCounters: 1, servingCounters: 1, busyCounters: 0 };

describe('wait estimate', () => {
  it('takes the median of recent services, not the mean that one long service drags up', () => {
    expect(median([4, 6, 5, 60, 5])).toBe(5);
    expect(median([4, 6])).toBe(5);
    expect(median([])).toBeNull();
    // Six ahead at one counter, median service 5 min: 30 min.
    expect(estimateWaitMinutes({ ...base, ahead: 6, recentServiceMinutes: [4, 6, 5, 60, 5] })).toBe(30);
  });

  it('shares the queue among the open counters', () => {
    expect(estimateWaitMinutes({ ...base, ahead: 6, recentServiceMinutes: [5], openCounters: 3, servingCounters: 3 })).toBe(10);
  });

  it('never tells a booking less than the time until its slot starts', () => {
    const early = { ...base, ahead: 1, recentServiceMinutes: [5], callableInMinutes: 25 };
    expect(estimateWaitMinutes(early)).toBe(25);
    expect(estimateWaitMinutes({ ...early, ahead: 6 })).toBe(30);
  });

  it('adds half a service when every open counter is busy, nothing when one is free', () => {
    const busy = { ...base, ahead: 0, recentServiceMinutes: [8], openCounters: 2, servingCounters: 2, busyCounters: 2 };
    expect(estimateWaitMinutes(busy)).toBe(4);
    expect(estimateWaitMinutes({ ...busy, busyCounters: 1 })).toBe(0);
  });

  it('falls back to the processing type without history, and to the serving counters when none is open', () => {
    expect(defaultServiceMinutes(0)).toBe(12);
    expect(defaultServiceMinutes(7)).toBe(8);
    const closed = { ...base, ahead: 4, fallbackServiceMinutes: defaultServiceMinutes(0), openCounters: 0, servingCounters: 2 };
    expect(estimateWaitMinutes(closed)).toBe(24);
  });

  it('measures accuracy as the mean absolute error', () => {
    expect(
      meanAbsoluteError([
        { estimated: 10, actual: 14 },
        { estimated: 10, actual: 8 },
      ]),
    ).toBe(3);
    expect(meanAbsoluteError([])).toBeNull();
  });
});
