// Off-box copies of the backups (MOTCUA_BACKUP_COPY_DIR, a mounted remote folder): each copy is
// verified where it lands (PRAGMA integrity_check on the copy, its size and SHA-256 recorded beside
// it) before older copies are pruned, so a failing share never leaves the province without one.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupsView } from '../../shared/types.js';

/** What is known of a verified copy (its `.json` beside it). */
export type CopyRecord = NonNullable<BackupsView['lastCopy']>;

const RECORD = /^(motcua-\d{8}-\d{6}(?:-\d+)?\.sqlite)\.json$/;

function sha256Of(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export class BackupCopies {
  constructor(
    private readonly dir: string,
    private readonly keepDays: number,
    private readonly now: () => number,
  ) {}

  /** Copies a backup here, verifies the copy, records it, then prunes copies past `keepDays`. */
  copy(source: string, takenAt: number): CopyRecord {
    mkdirSync(this.dir, { recursive: true });
    const name = basename(source);
    const partial = join(this.dir, `.${name}.partial`);
    copyFileSync(source, partial);
    try {
      const db = new Database(partial, { readonly: true, fileMustExist: true });
      let check: unknown;
      try {
        check = db.pragma('integrity_check', { simple: true });
      } finally {
        db.close();
      }
      if (check !== 'ok') throw new Error(`the copy of ${name} failed its integrity check: ${String(check)}`);
      const record: CopyRecord = { file: name, takenAt, bytes: statSync(partial).size, sha256: sha256Of(partial), verifiedAt: this.now() };
      if (record.sha256 !== sha256Of(source)) throw new Error(`the copy of ${name} differs from the backup`);
      renameSync(partial, join(this.dir, name));
      // Written whole or not at all: a reader never sees half a record.
      writeFileSync(join(this.dir, `.${name}.json.partial`), JSON.stringify(record));
      renameSync(join(this.dir, `.${name}.json.partial`), join(this.dir, `${name}.json`));
      this.prune(record);
      return record;
    } finally {
      // Opening the copy (a WAL-mode database) leaves its -wal and -shm beside it.
      for (const leftover of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(leftover, { force: true });
    }
  }

  /** The newest verified copy, or null. */
  lastGood(): CopyRecord | null {
    return this.records().at(-1) ?? null;
  }

  private records(): CopyRecord[] {
    let names: string[];
    try {
      names = readdirSync(this.dir);
    } catch {
      return [];
    }
    // The share is written by other hosts too: a record must name its own copy beside it, and a
    // record that does not parse (a truncated write) is passed over, never trusted.
    const records: CopyRecord[] = [];
    for (const n of names) {
      const m = RECORD.exec(n);
      if (!m) continue;
      try {
        const r = JSON.parse(readFileSync(join(this.dir, n), 'utf8')) as CopyRecord;
        if (r.file === m[1] && typeof r.takenAt === 'number' && names.includes(r.file)) records.push(r);
      } catch {
        // Unreadable: not a record.
      }
    }
    return records.sort((a, b) => a.takenAt - b.takenAt || a.file.localeCompare(b.file));
  }

  /** Copies older than `keepDays`, never the one just verified. */
  private prune(kept: CopyRecord): void {
    const cutoff = this.now() - this.keepDays * 24 * 3600_000;
    for (const r of this.records()) {
      if (r.file === kept.file || r.takenAt >= cutoff) continue;
      rmSync(join(this.dir, r.file), { force: true });
      rmSync(join(this.dir, `${r.file}.json`), { force: true });
    }
  }
}
