// Migration 0009 adds the dossier code to procedure lines and a per-ticket count of the lines finished
// without one: a database written before it keeps its lines, every line finished so far counts as
// without a code, and from then on the triggers and the per-center unique index hold.
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../server/store/migrate.js';

const MIGRATIONS = join(import.meta.dirname, '../../server/store/migrations');
const dirs: string[] = [];

/**
 * A database as the release before 0009 left it: two centers, a finished ticket with two lines and a
 * waiting one with one line. Its dates and codes are stored values no clock reads: they cannot expire.
 */
function databaseBefore0009(): Database.Database {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-migration-'));
  dirs.push(dir);
  const db = new Database(join(dir, 'motcua.sqlite'));
  db.pragma('foreign_keys = ON');
  db.exec('CREATE TABLE schema_migrations (name TEXT PRIMARY KEY, applied_at INTEGER NOT NULL)');
  for (const file of readdirSync(MIGRATIONS)
    .filter((f) => f < '0009')
    .sort()) {
    db.exec(readFileSync(join(MIGRATIONS, file), 'utf8'));
    db.prepare('INSERT INTO schema_migrations VALUES (?, 0)').run(file);
  }
  db.exec(`
    INSERT INTO centers (id, name, name_en, created_at) VALUES ('c', 'Phường C', 'Ward C', 0), ('d', 'Phường D', 'Ward D', 0);
    INSERT INTO fields (id, center_id, prefix, name_vi, name_en) VALUES (1, 'c', 'A', 'Hộ tịch', 'Civil status'), (2, 'd', 'A', 'Hộ tịch', 'Civil status');
    INSERT INTO procedures (id, field_id, code, name_vi, name_en) VALUES (1, 1, 'P1', 'Khai sinh', 'Birth'), (2, 2, 'P1', 'Khai sinh', 'Birth');
    INSERT INTO tickets (id, center_id, field_id, local_date, seq, number, state, source, status_token, issued_at)
      VALUES (7, 'c', 1, '2026-11-20', 1, 'A001', 'done', 'kiosk', 'tok7', 0),
             (8, 'c', 1, '2026-11-20', 2, 'A002', 'waiting', 'kiosk', 'tok8', 0),
             (9, 'd', 2, '2026-11-20', 1, 'A001', 'waiting', 'kiosk', 'tok9', 0);
    INSERT INTO ticket_procedures (ticket_id, position, procedure_id, outcome, due_date, returned_on)
      VALUES (7, 0, 1, 'returned', '2026-11-20', '2026-11-20'), (7, 1, 1, 'incomplete', NULL, NULL), (8, 0, 1, NULL, NULL, NULL),
             (9, 0, 2, NULL, NULL, NULL);
  `);
  return db;
}

afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0009', () => {
  it('counts the lines finished so far as without a code, then keeps the count and each center’s codes unique', () => {
    const db = databaseBefore0009();
    expect(applyMigrations(db)).toContain('0009-dossier-codes.sql');
    const uncoded = () => db.prepare('SELECT id, procedures_uncoded AS n FROM tickets ORDER BY id').all();
    expect(uncoded()).toEqual([
      { id: 7, n: 2 },
      { id: 8, n: 0 },
      { id: 9, n: 0 },
    ]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM ticket_procedures WHERE dossier_code IS NULL').get()).toEqual({ n: 4 });

    const finish = db.prepare(
      "UPDATE ticket_procedures SET outcome = 'returned', dossier_code = ?, dossier_center_id = ? WHERE ticket_id = ? AND position = ?",
    );
    finish.run('000.00.01.H26-261120-0001', 'c', 8, 0);
    // A code given later to a line finished without one.
    db.prepare(
      "UPDATE ticket_procedures SET dossier_code = '000.00.01.H26-261120-0002', dossier_center_id = 'c' WHERE ticket_id = 7 AND position = 1",
    ).run();
    // A new line finished at once, without a code (the insert trigger counts it too).
    db.prepare("INSERT INTO ticket_procedures (ticket_id, position, procedure_id, outcome) VALUES (8, 1, 1, 'returned')").run();
    expect(uncoded()).toEqual([
      { id: 7, n: 1 },
      { id: 8, n: 1 },
      { id: 9, n: 0 },
    ]);

    // Unique within a center, free in another; never a code without its center.
    expect(() => finish.run('000.00.01.H26-261120-0001', 'c', 7, 0)).toThrow(/UNIQUE/);
    finish.run('000.00.01.H26-261120-0001', 'd', 9, 0);
    expect(() => db.prepare("UPDATE ticket_procedures SET dossier_code = 'x' WHERE ticket_id = 8 AND position = 1").run()).toThrow(/CHECK/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'tickets_report'").all()).toEqual([{ name: 'tickets_report' }]);
    db.close();
  });
});
