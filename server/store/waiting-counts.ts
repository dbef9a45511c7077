// How many tickets wait in each field, kept by SQLite itself: every ticket event carries these
// counts, and counting the queue on each event made every event cost more as the queue grew.
// A TEMP table and TEMP triggers live with this connection only (no migration, nothing on disk):
// filled once from the tickets when the store opens, then kept by every write to tickets through
// this connection, inside the writer's transaction (a rollback undoes the count too).
import type Database from 'better-sqlite3';

const BUMP = (field: string, delta: string) =>
  `INSERT INTO waiting_counts (field_id, n) VALUES (${field}, ${delta})
   ON CONFLICT (field_id) DO UPDATE SET n = n + (${delta});`;

export function installWaitingCounts(db: Database.Database): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.waiting_counts;
    CREATE TEMP TABLE waiting_counts (field_id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
    INSERT INTO temp.waiting_counts (field_id, n)
      SELECT field_id, COUNT(*) FROM main.tickets WHERE state = 'waiting' GROUP BY field_id;
    CREATE TEMP TRIGGER waiting_counts_insert AFTER INSERT ON main.tickets WHEN new.state = 'waiting'
    BEGIN ${BUMP('new.field_id', '1')} END;
    CREATE TEMP TRIGGER waiting_counts_leave AFTER UPDATE OF state, field_id ON main.tickets WHEN old.state = 'waiting'
    BEGIN ${BUMP('old.field_id', '-1')} END;
    CREATE TEMP TRIGGER waiting_counts_enter AFTER UPDATE OF state, field_id ON main.tickets WHEN new.state = 'waiting'
    BEGIN ${BUMP('new.field_id', '1')} END;
    CREATE TEMP TRIGGER waiting_counts_delete AFTER DELETE ON main.tickets WHEN old.state = 'waiting'
    BEGIN ${BUMP('old.field_id', '-1')} END;
  `);
}
