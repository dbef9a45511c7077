// The report's definitions against hand-computed figures: nearest-rank percentiles, rates, and the
// board's alerts.
import { describe, expect, it } from 'vitest';
import { boardAlerts } from '../../shared/rules/board-alerts.js';
import {
  bucketStats,
  mergeBuckets,
  msToMinutes,
  nearestRank,
  percentile,
  rate,
  type DurationBucket,
} from '../../shared/rules/report-stats.js';
import type { BoardView, CounterView, FastTrackDay, FastTrackDossier } from '../../shared/types.js';

describe('percentiles (nearest rank)', () => {
  const waits = [12, 3, 7, 20, 5, 9, 15, 1, 30, 11];
  it('gives the ⌈p·n/100⌉-th smallest value', () => {
    expect(nearestRank(10, 50)).toBe(5);
    expect(nearestRank(10, 90)).toBe(9);
    expect(nearestRank(1, 90)).toBe(1);
    expect(percentile(waits, 50)).toBe(9); // 1 3 5 7 [9] 11 12 15 20 30
    expect(percentile(waits, 90)).toBe(20);
    expect(percentile([4], 90)).toBe(4);
    expect(percentile([], 50)).toBeNull();
  });
});

describe('percentiles from 6-second buckets (as the SQL groups them)', () => {
  /** What the SQL returns: per bucket round(ms / 6000), its count and the sum of exact durations. */
  const bucketsOf = (ms: number[]): DurationBucket[] => mergeBuckets([ms.map((v) => ({ b: Math.round(v / 6000), n: 1, total: v }))]);

  it('gives the nearest-rank percentiles of the durations rounded to 0.1 min, and the exact average', () => {
    const ms = [65_000, 5_000, 600_000, 61_000, 125_000, 30_000, 29_000, 240_000, 64_000, 1_000];
    const stats = bucketStats(bucketsOf(ms));
    const minutes = ms.map((v) => msToMinutes(v)!);
    expect(stats).toEqual({ count: 10, average: 2, median: percentile(minutes, 50), p90: percentile(minutes, 90) });
    // Sorted minutes: 0 0.1 0.5 0.5 1 1.1 1.1 2.1 4 10 → 5th and 9th.
    expect([stats.median, stats.p90]).toEqual([1, 4]);
    expect(bucketStats([])).toEqual({ count: 0, average: null, median: null, p90: null });
  });

  it('merges groups into the total row', () => {
    const merged = mergeBuckets([bucketsOf([60_000, 120_000]), bucketsOf([60_000])]);
    expect(merged).toEqual([
      { b: 10, n: 2, total: 120_000 },
      { b: 20, n: 1, total: 120_000 },
    ]);
  });
});

describe('rates', () => {
  it('divides, and says nothing when there is nothing to divide by', () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 0)).toBeNull();
    expect(msToMinutes(90_000)).toBe(1.5);
    expect(msToMinutes(null)).toBeNull();
  });
});

describe('board alerts', () => {
  // A fixed instant on purpose: boardAlerts is a pure function of the board given (serverTime included)
  // and never reads the real clock, so this date cannot expire.
  const now = Date.UTC(2026, 10, 27, 9, 0);
  const board: BoardView = {
    centerId: 'x',
    date: '2026-11-27',
    serverTime: now,
    waitAlertMinutes: 30,
    fields: [
      { fieldId: 1, waiting: 2, oldestWaitingSince: now - 31 * 60_000, averageWaitMinutes: 12, servedToday: 4 },
      { fieldId: 2, waiting: 1, oldestWaitingSince: now - 30 * 60_000, averageWaitMinutes: 5, servedToday: 1 },
    ],
    counters: [],
    hours: [],
    silentWalls: [],
  };
  const counter = (number: number, more: Partial<CounterView>): CounterView => ({
    id: number,
    centerId: 'x',
    number,
    status: 'open',
    pauseReason: null,
    fastTrack: false,
    fieldIds: [2],
    staffId: 1,
    staffName: 'A',
    current: null,
    ...more,
  });
  const dossier = (number: string, more: Partial<FastTrackDossier>): FastTrackDossier => ({
    ticketId: 1,
    number,
    counterNumber: 1,
    procedureIds: [1],
    stage: 'appraised',
    receivedAt: now,
    appraisedAt: now,
    approvedAt: null,
    approvedBy: null,
    refusedAt: null,
    refusalReason: null,
    returnedAt: null,
    verificationAt: null,
    verificationReasons: [],
    late: false,
    ...more,
  });
  const fastTrack = (all: FastTrackDossier[]): FastTrackDay => ({
    date: '2026-11-27',
    dossiers: all.length,
    returned: 0,
    sameDayRate: 0,
    verification: { dossiers: 0, reasons: [] },
    awaitingApproval: [],
    all,
  });

  it('flags a wait over the threshold (not at it), an idle open counter whose field has people waiting, and waiting with no counter open for it', () => {
    const alerts = boardAlerts({
      now,
      board,
      counters: [counter(1, {}), counter(2, { status: 'paused' }), counter(3, { fieldIds: [3] })],
      waiting: [
        { fieldId: 1, waiting: 2 },
        { fieldId: 2, waiting: 1 },
        { fieldId: 3, waiting: 0 },
      ],
      fastTrack: null,
      lastSessionEnd: null,
    });
    expect(alerts).toEqual([
      { kind: 'long-wait', fieldId: 1, minutes: 31, limit: 30 },
      { kind: 'idle-counter', counterNumber: 1, fieldId: 2, waiting: 1 },
      // No counter serves field 1 at all.
      { kind: 'no-open-counter', fieldId: 1, waiting: 2 },
    ]);
  });

  it('flags fast-track dossiers within 60 minutes of the last session end, and late ones at any time', () => {
    // N004 left the same-day track for verification: never at risk.
    const day = fastTrack([
      dossier('N001', {}),
      dossier('N002', { stage: 'returned' }),
      dossier('N003', { late: true }),
      dossier('N004', { stage: 'verification', verificationAt: now, verificationReasons: ['ask-other-agency'] }),
    ]);
    const input = { now, board: { ...board, fields: [] }, counters: [], waiting: [], fastTrack: day };
    expect(boardAlerts({ ...input, lastSessionEnd: now + 61 * 60_000 })).toEqual([{ kind: 'fast-track-risk', number: 'N003', late: true }]);
    expect(boardAlerts({ ...input, lastSessionEnd: now + 60 * 60_000 })).toEqual([
      { kind: 'fast-track-risk', number: 'N001', late: false },
      { kind: 'fast-track-risk', number: 'N003', late: true },
    ]);
  });
});
