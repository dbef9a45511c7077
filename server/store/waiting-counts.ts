// How many tickets wait in each field, kept by SQLite itself: every ticket event carries these
// counts, and counting the queue on each event made every event cost more as the queue grew. The
// same for each field's fresh walk-ins (waiting, never transferred, neither fast lane nor booked) by
// kind, priority or normal: a new ticket's place is then read, not counted (place-queries.ts walkInCounts).
// TEMP tables and TEMP triggers live with this connection only (no migration, nothing on disk):
// filled once from the tickets when the store opens, then kept by every write to tickets through
// this connection, inside the writer's transaction (a rollback undoes the count too).
import type Database from 'better-sqlite3';

const BUMP = (row: 'new' | 'old', delta: number) =>
  `INSERT INTO waiting_counts (field_id, n) VALUES (${row}.field_id, ${delta})
   ON CONFLICT (field_id) DO UPDATE SET n = n + (${delta});`;

const FRESH = (row: string) => `${row}.state = 'waiting' AND ${row}.transferred_at IS NULL AND ${row}.lane = 'walk-in'`;

const BUMP_FRESH = (row: 'new' | 'old', delta: number) =>
  `INSERT INTO fresh_counts (field_id, is_priority, n) VALUES (${row}.field_id, ${row}.is_priority, ${delta})
   ON CONFLICT (field_id, is_priority) DO UPDATE SET n = n + (${delta});`;

/** Every column a fresh walk-in's membership or key depends on. */
const FRESH_COLUMNS = 'state, field_id, transferred_at, lane, priority';

export function installWaitingCounts(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.waiting_counts;
    CREATE TEMP TABLE waiting_counts (field_id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    INSERT INTO temp.waiting_counts (field_id, n)
      SELECT field_id, COUNT(*) FROM main.tickets WHERE state = 'waiting' GROUP BY field_id;
    CREATE TEMP TRIGGER waiting_counts_insert AFTER INSERT ON main.tickets WHEN new.state = 'waiting'
    BEGIN ${BUMP('new', 1)} END;
    CREATE TEMP TRIGGER waiting_counts_leave AFTER UPDATE OF state, field_id ON main.tickets WHEN old.state = 'waiting'
    BEGIN ${BUMP('old', -1)} END;
    CREATE TEMP TRIGGER waiting_counts_enter AFTER UPDATE OF state, field_id ON main.tickets WHEN new.state = 'waiting'
    BEGIN ${BUMP('new', 1)} END;
    CREATE TEMP TRIGGER waiting_counts_delete AFTER DELETE ON main.tickets WHEN old.state = 'waiting'
    BEGIN ${BUMP('old', -1)} END;

    DROP TABLE IF EXISTS temp.fresh_counts;
    CREATE TEMP TABLE fresh_counts (
      field_id INTEGER NOT NULL, is_priority INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (field_id, is_priority)
    );
    INSERT INTO temp.fresh_counts (field_id, is_priority, n)
      SELECT field_id, is_priority, COUNT(*) FROM main.tickets AS t WHERE ${FRESH('t')} GROUP BY field_id, is_priority;
    CREATE TEMP TRIGGER fresh_counts_insert AFTER INSERT ON main.tickets WHEN ${FRESH('new')}
    BEGIN ${BUMP_FRESH('new', 1)} END;
    CREATE TEMP TRIGGER fresh_counts_leave AFTER UPDATE OF ${FRESH_COLUMNS} ON main.tickets WHEN ${FRESH('old')}
    BEGIN ${BUMP_FRESH('old', -1)} END;
    CREATE TEMP TRIGGER fresh_counts_enter AFTER UPDATE OF ${FRESH_COLUMNS} ON main.tickets WHEN ${FRESH('new')}
    BEGIN ${BUMP_FRESH('new', 1)} END;
    CREATE TEMP TRIGGER fresh_counts_delete AFTER DELETE ON main.tickets WHEN ${FRESH('old')}
    BEGIN ${BUMP_FRESH('old', -1)} END;
  `);
}
