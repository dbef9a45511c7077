// Off-box copies of the backups (MOTCUA_BACKUP_COPY_DIR, a mounted remote folder): each copy is
// verified where it lands (PRAGMA integrity_check on the copy, its size and SHA-256 recorded beside
// it) before older copies are pruned, so a failing share never leaves the province without one.
// The share may be slow: every read and write of it is asynchronous (streams, fs.promises) and the
// integrity check runs in a worker thread, so the server keeps answering while a copy is made.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { BackupsView } from '../../shared/types.js';
import { integrityCheck } from './integrity-check.js';

/** What is known of a verified copy (its `.json` beside it). */
export type CopyRecord = NonNullable<BackupsView['lastCopy']>;

const RECORD = /^(motcua-\d{8}-\d{6}(?:-\d+)?\.sqlite)\.json$/;

/** Copies `from` to `to` as a stream; resolves with the SHA-256 of what was read. */
async function copyHashing(from: string, to: string): Promise<string> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to));
  return hash.digest('hex');
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export class BackupCopies {
  constructor(
    private readonly dir: string,
    private readonly keepDays: number,
    private readonly now: () => number,
  ) {}

  /** Copies a backup here, verifies the copy, records it, then prunes copies past `keepDays`. */
  async copy(source: string, takenAt: number): Promise<CopyRecord> {
    await mkdir(this.dir, { recursive: true });
    const name = basename(source);
    const partial = join(this.dir, `.${name}.partial`);
    try {
      // The source is read once; the copy is read back from the share, so its checksum is of what landed.
      const sourceSha = await copyHashing(source, partial);
      const check = await integrityCheck(partial);
      if (check !== 'ok') throw new Error(`the copy of ${name} failed its integrity check: ${check}`);
      const record: CopyRecord = {
        file: name,
        takenAt,
        bytes: (await stat(partial)).size,
        sha256: await sha256Of(partial),
        verifiedAt: this.now(),
      };
      if (record.sha256 !== sourceSha) throw new Error(`the copy of ${name} differs from the backup`);
      await rename(partial, join(this.dir, name));
      // Written whole or not at all: a reader never sees half a record.
      await writeFile(join(this.dir, `.${name}.json.partial`), JSON.stringify(record));
      await rename(join(this.dir, `.${name}.json.partial`), join(this.dir, `${name}.json`));
      await this.prune(record);
      return record;
    } finally {
      // Opening the copy (a WAL-mode database) leaves its -wal and -shm beside it.
      await Promise.all([partial, `${partial}-wal`, `${partial}-shm`].map((leftover) => rm(leftover, { force: true })));
    }
  }

  /** The newest verified copy, or null. */
  async lastGood(): Promise<CopyRecord | null> {
    return (await this.records()).at(-1) ?? null;
  }

  private async records(): Promise<CopyRecord[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
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
        const r = JSON.parse(await readFile(join(this.dir, n), 'utf8')) as CopyRecord;
        if (r.file === m[1] && typeof r.takenAt === 'number' && names.includes(r.file)) records.push(r);
      } catch {
        // Unreadable: not a record.
      }
    }
    return records.sort((a, b) => a.takenAt - b.takenAt || a.file.localeCompare(b.file));
  }

  /** Copies older than `keepDays`, never the one just verified. */
  private async prune(kept: CopyRecord): Promise<void> {
    const cutoff = this.now() - this.keepDays * 24 * 3600_000;
    for (const r of await this.records()) {
      if (r.file === kept.file || r.takenAt >= cutoff) continue;
      await rm(join(this.dir, r.file), { force: true });
      await rm(join(this.dir, `${r.file}.json`), { force: true });
    }
  }
}
