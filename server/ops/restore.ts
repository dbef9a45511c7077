// Restoring a backup: refuses while a server uses the data dir, checks that the file is a sound
// motcua database (integrity_check, schema_migrations with the core migration), keeps the replaced
// database (and its WAL) aside, then copies the backup in place.
import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { runningServer } from './pid-file.js';

export class RestoreRefused extends Error {}

/** Throws RestoreRefused with the reason when `file` is not a sound motcua database. */
export function verifyBackup(file: string): { migrations: number } {
  if (!existsSync(file)) throw new RestoreRefused(`${file}: no such file`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw new RestoreRefused(`${file}: cannot be opened as SQLite (${(err as Error).message})`);
  }
  try {
    const check = db.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new RestoreRefused(`${file}: integrity_check says ${String(check)}`);
    const names = (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name);
    if (!names.includes('0001-core.sql')) throw new RestoreRefused(`${file}: not a motcua database (no core migration)`);
    return { migrations: names.length };
  } catch (err) {
    if (err instanceof RestoreRefused) throw err;
    throw new RestoreRefused(`${file}: not a motcua database (${(err as Error).message})`);
  } finally {
    db.close();
  }
}

/** Replaces DATA_DIR/motcua.sqlite with `file`; returns where the replaced database was kept. */
export function restoreDatabase(file: string, dataDir: string, now: number = Date.now()): { keptAs: string | null } {
  const pid = runningServer(dataDir);
  if (pid !== null) throw new RestoreRefused(`a motcua server (pid ${pid}) is using ${dataDir}: stop it first`);
  verifyBackup(file);
  const live = join(dataDir, 'motcua.sqlite');
  const stamp = new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  let keptAs: string | null = null;
  if (existsSync(live)) {
    keptAs = `${live}.replaced-${stamp}`;
    // The WAL may hold the last commits of the replaced database: it goes aside with it.
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(live + suffix)) renameSync(live + suffix, keptAs + suffix);
    }
  }
  copyFileSync(file, live);
  return { keptAs };
}
