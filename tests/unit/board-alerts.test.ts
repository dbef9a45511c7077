// The board's alert for citizens nobody can call: people wait in a field and no counter serving it is
// open (all closed or paused, or none serves it); a wall display whose sound is blocked. Other alerts:
// tests/unit/report-stats.test.ts.
import { describe, expect, it } from 'vitest';
import { boardAlerts, type BoardAlertInput } from '../../shared/rules/board-alerts.js';
import type { CounterView, SilentWall } from '../../shared/types.js';

// A fixed instant: boardAlerts never reads the real clock, so this date cannot expire.
const now = Date.UTC(2026, 10, 27, 2, 0);

const counter = (number: number, fieldIds: number[], status: CounterView['status']): CounterView => ({
  id: number,
  centerId: 'x',
  number,
  status,
  pauseReason: status === 'paused' ? 'break' : null,
  fastTrack: false,
  fieldIds,
  staffId: status === 'closed' ? null : 1,
  staffName: status === 'closed' ? null : 'A',
  current: null,
});

const input = (
  counters: CounterView[],
  waiting: { fieldId: number; waiting: number }[],
  silentWalls: SilentWall[] = [],
): BoardAlertInput => ({
  now,
  board: { centerId: 'x', date: '2026-11-27', serverTime: now, waitAlertMinutes: 30, fields: [], counters: [], hours: [], silentWalls },
  counters,
  waiting,
  fastTrack: null,
  lastSessionEnd: null,
});

const noOpen = (alerts: ReturnType<typeof boardAlerts>) => alerts.filter((a) => a.kind === 'no-open-counter');

describe('people waiting with no counter open for them', () => {
  it('fires for a field with people waiting whose every counter is closed or paused', () => {
    const counters = [counter(1, [1, 2], 'closed'), counter(2, [1], 'paused'), counter(3, [2], 'open')];
    expect(
      noOpen(
        boardAlerts(
          input(counters, [
            { fieldId: 1, waiting: 3 },
            { fieldId: 2, waiting: 1 },
          ]),
        ),
      ),
    ).toEqual([{ kind: 'no-open-counter', fieldId: 1, waiting: 3 }]);
  });

  it('fires for a field no counter serves at all', () => {
    expect(noOpen(boardAlerts(input([counter(1, [1], 'open')], [{ fieldId: 4, waiting: 1 }])))).toEqual([
      { kind: 'no-open-counter', fieldId: 4, waiting: 1 },
    ]);
  });

  it('stays quiet while nobody waits, or once one of the field’s counters is open (busy or not)', () => {
    expect(noOpen(boardAlerts(input([counter(1, [1], 'closed')], [{ fieldId: 1, waiting: 0 }])))).toEqual([]);
    expect(noOpen(boardAlerts(input([counter(1, [1], 'closed'), counter(2, [2, 1], 'open')], [{ fieldId: 1, waiting: 5 }])))).toEqual([]);
  });
});

describe('a wall display that cannot play sound', () => {
  const silent = (alerts: ReturnType<typeof boardAlerts>) => alerts.filter((a) => a.kind === 'silent-wall');

  it('names each paired wall once (two tabs of one screen are one screen), the unpaired ones together, last', () => {
    const walls: SilentWall[] = [
      { deviceId: null, name: null },
      { deviceId: 7, name: 'Sảnh tầng 1' },
      { deviceId: null, name: null },
      { deviceId: 7, name: 'Sảnh tầng 1' },
      { deviceId: 3, name: 'Phòng chờ' },
    ];
    expect(silent(boardAlerts(input([], [], walls)))).toEqual([
      { kind: 'silent-wall', name: 'Phòng chờ', screens: 1 },
      { kind: 'silent-wall', name: 'Sảnh tầng 1', screens: 1 },
      { kind: 'silent-wall', name: null, screens: 2 },
    ]);
  });

  it('stays quiet while every wall plays', () => {
    expect(silent(boardAlerts(input([], [])))).toEqual([]);
  });
});
