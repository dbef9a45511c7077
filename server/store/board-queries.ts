// SQL for the manager board: today's figures per field, per counter and per hour, aggregated in SQLite.
import type { BoardCounterFigures, BoardFieldFigures, BoardHour } from '../../shared/types.js';
import type { Store } from './database.js';

export function boardFields(store: Store, centerId: string, date: string): BoardFieldFigures[] {
  return store.all<BoardFieldFigures>(
    `SELECT f.id AS fieldId,
       (SELECT COUNT(*) FROM tickets t WHERE t.field_id = f.id AND t.state = 'waiting') AS waiting,
       (SELECT MIN(t.issued_at) FROM tickets t WHERE t.field_id = f.id AND t.state = 'waiting') AS oldestWaitingSince,
       (SELECT AVG(t.called_at - t.issued_at) / 60000.0 FROM tickets t
          WHERE t.center_id = f.center_id AND t.local_date = ? AND t.field_id = f.id AND t.called_at IS NOT NULL) AS averageWaitMinutes,
       (SELECT COUNT(*) FROM tickets t
          WHERE t.center_id = f.center_id AND t.local_date = ? AND t.field_id = f.id AND t.state = 'done') AS servedToday
     FROM fields f WHERE f.center_id = ? ORDER BY f.sort, f.id`,
    date,
    date,
    centerId,
  );
}

export function boardCounters(store: Store, centerId: string, date: string): BoardCounterFigures[] {
  return store.all<BoardCounterFigures>(
    `SELECT c.id AS counterId, COUNT(t.id) AS servedToday,
       AVG(t.finished_at - t.started_at) / 60000.0 AS averageServiceMinutes
     FROM counters c LEFT JOIN tickets t ON t.counter_id = c.id AND t.center_id = c.center_id AND t.local_date = ?
       AND t.state = 'done' AND t.started_at IS NOT NULL
     WHERE c.center_id = ? GROUP BY c.id ORDER BY c.number`,
    date,
    centerId,
  );
}

/** Arrivals and average waits by local hour; `dayStart` is the instant of local midnight. */
export function boardHours(store: Store, centerId: string, date: string, dayStart: number): BoardHour[] {
  return store.all<BoardHour>(
    `SELECT CAST((t.issued_at - ?) / 3600000.0 AS INTEGER) AS hour, t.field_id AS fieldId, COUNT(*) AS arrivals,
       AVG(t.called_at - t.issued_at) / 60000.0 AS averageWaitMinutes
     FROM tickets t WHERE t.center_id = ? AND t.local_date = ?
     GROUP BY hour, t.field_id ORDER BY hour, t.field_id`,
    dayStart,
    centerId,
    date,
  );
}
