// A thin wrapper over better-sqlite3: cached prepared statements and immediate transactions.
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { applyMigrations } from './migrate.js';
import { installWaitingCounts } from './waiting-counts.js';

type Param = string | number | bigint | null | Buffer;

const CHECKPOINT_EVERY_MS = 1000;
/** About 40 MB of WAL: reached only if the timer could not run. */
const SAFETY_CHECKPOINT_PAGES = 10_000;

export class Store {
  readonly raw: Database.Database;
  private readonly statements = new Map<string, Database.Statement>();
  /** One transaction wrapper for every call (better-sqlite3 builds a new one per transaction() call). */
  private readonly runInTransaction: Database.Transaction<(fn: () => unknown) => unknown>;
  /** Rows read on every request and written rarely (a center's settings); see remember(). */
  private readonly memo = new Map<string, unknown>();
  private readonly checkpoints: ReturnType<typeof setInterval> | null = null;
  /** What runs once the outermost transaction commits (see afterCommit). */
  private committed: (() => void)[] = [];
  /** Told when a timed WAL checkpoint fails (the application logs it). */
  onCheckpointError: (err: unknown) => void = () => {};

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.raw = new Database(file);
    this.raw.pragma('journal_mode = WAL');
    // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commit).
    this.raw.pragma('synchronous = NORMAL');
    this.raw.pragma('foreign_keys = ON');
    this.raw.pragma('busy_timeout = 5000');
    if (file !== ':memory:') {
      // WAL checkpoints on a timer instead of inside whichever commit crossed 1,000 pages: a busy
      // second's thousands of frames rewrite a few hundred distinct pages, copied and synced once
      // (measured: a quarter of an issued ticket's cost). The automatic one stays as a safety net.
      this.raw.pragma(`wal_autocheckpoint = ${SAFETY_CHECKPOINT_PAGES}`);
      this.checkpoints = setInterval(() => this.checkpoint(), CHECKPOINT_EVERY_MS).unref();
    }
    this.runInTransaction = this.raw.transaction((fn: () => unknown) => fn());
    applyMigrations(this.raw);
    installWaitingCounts(this.raw);
  }

  private statement(sql: string): Database.Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.raw.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  all<T>(sql: string, ...params: Param[]): T[] {
    return this.statement(sql).all(...params) as T[];
  }

  // The row type is the caller's word for what the SQL selects, as in better-sqlite3's own typing.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see the line above
  first<T>(sql: string, ...params: Param[]): T | undefined {
    return this.statement(sql).get(...params) as T | undefined;
  }

  run(sql: string, ...params: Param[]): Database.RunResult {
    return this.statement(sql).run(...params);
  }

  /** Runs `fn` as one IMMEDIATE transaction: it takes the write lock before reading. */
  transaction<T>(fn: () => T): T {
    // Inside another transaction this is a savepoint: the outermost one commits and runs afterCommit's work.
    const outermost = !this.raw.inTransaction;
    let result: T;
    try {
      result = this.runInTransaction.immediate(fn) as T;
    } catch (err) {
      // What was remembered inside may have been rolled back.
      this.memo.clear();
      if (outermost) this.committed = [];
      throw err;
    }
    if (outermost) for (const done of this.committed.splice(0)) done();
    return result;
  }

  /** Runs `fn` once the transaction under way commits, never if it rolls back; at once outside one. */
  afterCommit(fn: () => void): void {
    if (this.raw.inTransaction) this.committed.push(fn);
    else fn();
  }

  /**
   * `load()`'s answer, kept until forget(key): for rows every request reads and only a few writers
   * change, each of which forgets its key. An undefined answer is not kept.
   */
  remember<T>(key: string, load: () => T | undefined): T | undefined {
    if (this.memo.has(key)) return this.memo.get(key) as T;
    const value = load();
    if (value !== undefined) this.memo.set(key, value);
    return value;
  }

  forget(key: string): void {
    this.memo.delete(key);
  }

  /** Copies what it can of the WAL into the database file without waiting for anyone (PASSIVE). */
  private checkpoint(): void {
    try {
      this.raw.pragma('wal_checkpoint(PASSIVE)');
    } catch (err) {
      // A full or failing disk: the writes themselves will say so; the WAL keeps everything meanwhile.
      this.onCheckpointError(err);
    }
  }

  close(): void {
    if (this.checkpoints) clearInterval(this.checkpoints);
    if (this.raw.open) this.raw.close();
  }
}
