// Online SQLite backups (better-sqlite3's backup API: consistent while the server keeps writing)
// into DATA_DIR/backups, on a schedule and on demand; files older than `keepDays` are removed. With
// `copyDir` each backup is also copied off the box and verified there (backup-copies.ts).
import type Database from 'better-sqlite3';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BackupCopies, type CopyRecord } from './backup-copies.js';
import { unrefInterval, type Every } from './every.js';

export interface BackupSettings {
  dir: string;
  keepDays: number;
  /** MOTCUA_BACKUP_COPY_DIR: a mounted remote folder that receives a verified copy of each backup. */
  copyDir?: string;
}

export interface BackupResult {
  file: string;
  bytes: number;
  /** The verified off-box copy; null when there is no copy folder or the copy failed (copyError). */
  copy: CopyRecord | null;
  copyError: string | null;
}

const NAME = /^motcua-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})(-\d+)?\.sqlite$/;

/**
 * When a backup was taken, from its name (written from the same clock as `now`): a file's mtime
 * comes from the kernel's clock and changes when the file is copied off the machine.
 */
function takenAt(name: string): number {
  const m = NAME.exec(name);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) : 0;
}

export class Backups {
  private running: Promise<BackupResult> | null = null;
  readonly copies: BackupCopies | null;
  /** Why the latest off-box copy failed, until one succeeds. */
  lastCopyError: string | null = null;
  /** Backups finished so far, with their copy or without: readiness keeps no answer across one. */
  finished = 0;

  constructor(
    private readonly db: Database.Database,
    private readonly settings: BackupSettings,
    private readonly now: () => number = Date.now,
  ) {
    this.copies = settings.copyDir ? new BackupCopies(settings.copyDir, settings.keepDays, now) : null;
  }

  /** Backs up now (one at a time: a second call while one runs gets the same backup). */
  run(): Promise<BackupResult> {
    this.running ??= this.backup().finally(() => {
      this.running = null;
      this.finished += 1;
    });
    return this.running;
  }

  /** Runs every `hours`; returns the function that stops the schedule. */
  schedule(hours: number, onError: (err: unknown) => void, every: Every = unrefInterval): () => void {
    return every(() => this.run().then(() => undefined, onError), hours * 3600_000);
  }

  /** When the newest backup was taken (from its name, written from the same clock), or null. */
  lastBackupAt(): number | null {
    const newest = this.list().at(-1);
    return newest === undefined ? null : takenAt(newest);
  }

  list(): string[] {
    mkdirSync(this.settings.dir, { recursive: true });
    return readdirSync(this.settings.dir)
      .filter((f) => NAME.test(f))
      .sort();
  }

  private async backup(): Promise<BackupResult> {
    mkdirSync(this.settings.dir, { recursive: true });
    const stamp = new Date(this.now()).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    let file = join(this.settings.dir, `motcua-${stamp}.sqlite`);
    for (let i = 2; this.list().includes(file.slice(this.settings.dir.length + 1)); i++) {
      file = join(this.settings.dir, `motcua-${stamp}-${i}.sqlite`);
    }
    await this.db.backup(file);
    this.prune();
    const result: BackupResult = { file, bytes: statSync(file).size, copy: null, copyError: null };
    if (this.copies) {
      // A failing share does not make the backup fail: it is kept here, and readiness warns.
      try {
        result.copy = await this.copies.copy(file, takenAt(file.slice(this.settings.dir.length + 1)));
        this.lastCopyError = null;
      } catch (err) {
        result.copyError = this.lastCopyError = (err as Error).message;
      }
    }
    return result;
  }

  private prune(): void {
    const cutoff = this.now() - this.settings.keepDays * 24 * 3600_000;
    for (const name of this.list()) if (takenAt(name) < cutoff) rmSync(join(this.settings.dir, name), { force: true });
  }
}
