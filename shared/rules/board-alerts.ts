// What the manager board flags: a wait over the center's threshold, an open counter with nobody at it
// while its fields have people waiting, people waiting in a field no open counter serves (every one
// of its counters closed or paused: nobody can call them), and fast-track dossiers that may miss (or
// missed) the same day, and wall displays whose browser blocks their sound (nobody hears the calls).
import type { BoardView, CounterView, FastTrackDay, FieldWaiting, SilentWall } from '../types.js';

/** A fast-track dossier not returned this close to the day's last session end is at risk. */
export const FAST_TRACK_RISK_MINUTES = 60;

export type BoardAlert =
  | { kind: 'long-wait'; fieldId: number; minutes: number; limit: number }
  | { kind: 'idle-counter'; counterNumber: number; fieldId: number; waiting: number }
  | { kind: 'no-open-counter'; fieldId: number; waiting: number }
  | { kind: 'fast-track-risk'; number: string; late: boolean }
  /** A paired wall by its name (its open tabs one screen); the unpaired ones (name null) together. */
  | { kind: 'silent-wall'; name: string | null; screens: number };

export interface BoardAlertInput {
  now: number;
  board: BoardView;
  counters: readonly CounterView[];
  /** Live waiting counts (from the socket), fresher than the board's. */
  waiting: readonly FieldWaiting[];
  fastTrack: FastTrackDay | null;
  /** When today's last session ends; null when there is none today. */
  lastSessionEnd: number | null;
}

export function boardAlerts({ now, board, counters, waiting, fastTrack, lastSessionEnd }: BoardAlertInput): BoardAlert[] {
  const alerts: BoardAlert[] = [];
  for (const f of board.fields) {
    if (f.oldestWaitingSince === null) continue;
    const minutes = Math.floor((now - f.oldestWaitingSince) / 60_000);
    if (minutes > board.waitAlertMinutes) alerts.push({ kind: 'long-wait', fieldId: f.fieldId, minutes, limit: board.waitAlertMinutes });
  }
  const waitingIn = (fieldId: number) => waiting.find((w) => w.fieldId === fieldId)?.waiting ?? 0;
  for (const c of counters) {
    if (c.status !== 'open' || c.current !== null) continue;
    const fieldId = c.fieldIds.find((id) => waitingIn(id) > 0);
    if (fieldId !== undefined) alerts.push({ kind: 'idle-counter', counterNumber: c.number, fieldId, waiting: waitingIn(fieldId) });
  }
  for (const w of waiting) {
    if (w.waiting === 0) continue;
    const open = counters.some((c) => c.status === 'open' && c.fieldIds.includes(w.fieldId));
    if (!open) alerts.push({ kind: 'no-open-counter', fieldId: w.fieldId, waiting: w.waiting });
  }
  const nearEnd = lastSessionEnd !== null && now >= lastSessionEnd - FAST_TRACK_RISK_MINUTES * 60_000;
  for (const d of fastTrack?.all ?? []) {
    if (d.stage === 'returned' || d.stage === 'refused' || d.stage === 'verification') continue;
    if (d.late || nearEnd) alerts.push({ kind: 'fast-track-risk', number: d.number, late: d.late });
  }
  alerts.push(...silentWallAlerts(board.silentWalls));
  return alerts;
}

function silentWallAlerts(walls: readonly SilentWall[]): BoardAlert[] {
  const named = new Map<number, string>();
  for (const w of walls) if (w.deviceId !== null && w.name !== null) named.set(w.deviceId, w.name);
  const unpaired = walls.filter((w) => w.deviceId === null).length;
  const alerts: BoardAlert[] = [...named.values()]
    .sort((a, b) => a.localeCompare(b, 'vi'))
    .map((name) => ({ kind: 'silent-wall', name, screens: 1 }));
  if (unpaired > 0) alerts.push({ kind: 'silent-wall', name: null, screens: unpaired });
  return alerts;
}
