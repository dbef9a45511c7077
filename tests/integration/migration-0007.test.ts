// Migration 0007 rebuilds ticket_procedures without its rowid: a database written before it must keep
// every procedure line and the counts the triggers keep from them.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../server/store/migrate.js';

const MIGRATIONS = join(import.meta.dirname, '../../server/store/migrations');
const dirs: string[] = [];

/**
 * A database as the release before 0007 left it, with one ticket of two procedure lines. Its dates are stored
 * values that only the triggers compare with one another (returned on, before or after the due date); no
 * clock reads them, so they cannot expire.
 */
function databaseBefore0007(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-migration-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'motcua.sqlite'));
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f < '0007')
    .sort()) {
    db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
    db.prepare('INSERT INTO schema_migrations VALUES (?, 0)').run(file);
  }
  db.exec(`
    INSERT INTO centers (id, name, name_en, created_at) VALUES ('c', 'Phường C', 'Ward C', 0);
    INSERT INTO fields (id, center_id, prefix, name_vi, name_en) VALUES (1, 'c', 'A', 'Hộ tịch', 'Civil status');
    INSERT INTO procedures (id, field_id, code, name_vi, name_en) VALUES (1, 1, 'P1', 'Khai sinh', 'Birth'), (2, 1, 'P2', 'Kết hôn', 'Marriage');
    INSERT INTO tickets (id, center_id, field_id, local_date, seq, number, state, source, status_token, issued_at, started_at)
      VALUES (7, 'c', 1, '2026-11-20', 1, 'A001', 'serving', 'kiosk', 'tok', 0, 60000);
    INSERT INTO ticket_procedures (ticket_id, position, procedure_id, outcome, due_date, returned_on)
      VALUES (7, 0, 1, 'returned', '2026-11-20', '2026-11-20'), (7, 1, 2, 'appointment', '2026-11-25', NULL);
  `);
  return db;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0007', () => {
  it('keeps the procedure lines and the triggers that count them', () => {
    const db = databaseBefore0007();
    // The columns of the release before 0007 (later migrations add more).
    const select = 'SELECT ticket_id, position, procedure_id, outcome, result_date, due_date, returned_on FROM ticket_procedures';
    const lines = db.prepare(`${select} ORDER BY ticket_id, position`).all();

    expect(applyMigrations(db)).toContain('0007-fewer-ticket-btrees.sql');

    expect(db.prepare(`${select} ORDER BY ticket_id, position`).all()).toEqual(lines);
    const counts = () =>
      db.prepare('SELECT procedure_count AS n, results_early AS early, results_on_time AS onTime FROM tickets WHERE id = 7').get();
    expect(counts()).toEqual({ n: 2, early: 0, onTime: 1 });
    // A result handed over before its due date, and a third line added: both triggers still count. (Stored
    // dates compared with each other only, as in databaseBefore0007: they cannot expire.)
    db.prepare("UPDATE ticket_procedures SET returned_on = '2026-11-24' WHERE ticket_id = 7 AND position = 1").run();
    db.prepare('INSERT INTO ticket_procedures (ticket_id, position, procedure_id) VALUES (7, 2, 1)').run();
    expect(counts()).toEqual({ n: 3, early: 1, onTime: 1 });
    // Finishing the ticket still records its service time under its first procedure.
    db.prepare("UPDATE tickets SET state = 'done', finished_at = 360000 WHERE id = 7").run();
    expect(db.prepare('SELECT procedure_id AS p, minutes FROM service_times').all()).toEqual([{ p: 1, minutes: 5 }]);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name IN ('tickets_by_day', 'ticket_events_by_ticket')").all()).toEqual([]);
    db.close();
  });
});
