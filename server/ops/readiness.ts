// Readiness in the shape of the IETF health-check draft (application/health+json): pass, warn or
// fail, with a list per check. A write that cannot commit or a migration not applied fails it (the
// node should take no traffic); a nearly full disk or an old or missing backup only warns, so a fresh
// install, or one with backups turned off, never takes the only node out of service. Load balancers
// probe every second from several nodes: ReadinessProbe answers them from one check every few seconds.
import { statfsSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Clock } from '../domain/clock.js';
import type { Store } from '../store/database.js';
import { pendingMigrations } from '../store/migrate.js';
import type { Backups } from './backup.js';

export type HealthStatus = 'pass' | 'warn' | 'fail';

export interface HealthCheck {
  status: HealthStatus;
  time: string;
  observedValue?: number | string;
  observedUnit?: string;
  output?: string;
}

export interface Readiness {
  status: HealthStatus;
  serviceId: 'motcua';
  checks: Record<string, HealthCheck[]>;
}

export interface ReadinessSources {
  store: Store;
  clock: Clock;
  backups: Backups;
  /** Hours between scheduled backups; 0 when they are off (then their age is not checked). */
  backupHours: number;
}

/** A disk with less free than this (or under 5 %) warns. */
const LOW_DISK_BYTES = 1024 ** 3;
/** A daily backup a little late still passes. */
const BACKUP_SLACK_HOURS = 2;
/** Probes within this long (on the app's clock) of a full check get its answer, without a write. */
export const READY_CACHE_MS = 3000;

const worst = (statuses: HealthStatus[]): HealthStatus =>
  statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';

async function readiness({ store, clock, backups, backupHours }: ReadinessSources): Promise<Readiness> {
  const now = clock();
  const time = new Date(now).toISOString();
  const check = (run: () => Omit<HealthCheck, 'time'>, failAs: HealthStatus): HealthCheck[] => {
    try {
      return [{ ...run(), time }];
    } catch (err) {
      return [{ status: failAs, time, output: (err as Error).message }];
    }
  };
  const checks: Record<string, HealthCheck[]> = {
    'sqlite:write': check(() => {
      store.transaction(() =>
        store.run('INSERT INTO health_probe (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at', now),
      );
      return { status: 'pass' };
    }, 'fail'),
    'sqlite:migrations': check(() => {
      const pending = pendingMigrations(store.raw);
      return pending.length
        ? { status: 'fail', observedValue: pending.length, output: pending.join(', ') }
        : { status: 'pass', observedValue: 0 };
    }, 'fail'),
    'disk:free': check(() => {
      const fs = statfsSync(dirname(store.raw.name));
      const free = fs.bavail * fs.bsize;
      const low = free < LOW_DISK_BYTES || free < 0.05 * fs.blocks * fs.bsize;
      return { status: low ? 'warn' : 'pass', observedValue: free, observedUnit: 'bytes' };
    }, 'warn'),
  };
  if (backupHours > 0) {
    checks['backup:age'] = check(() => {
      const at = backups.lastBackupAt();
      if (at === null) return { status: 'warn', output: 'no backup yet' };
      const hours = (now - at) / 3600_000;
      return {
        status: hours > backupHours + BACKUP_SLACK_HOURS ? 'warn' : 'pass',
        observedValue: Math.round(hours * 10) / 10,
        observedUnit: 'h',
      };
    }, 'warn');
  }
  if (backups.copies) {
    const last = await backups.copies.lastGood();
    checks['backup:copy'] = check(() => {
      if (backups.lastCopyError) return { status: 'warn', output: backups.lastCopyError };
      if (!last) return { status: 'warn', output: 'no verified off-box copy yet' };
      const hours = (now - last.takenAt) / 3600_000;
      const late = backupHours > 0 && hours > backupHours + BACKUP_SLACK_HOURS;
      return { status: late ? 'warn' : 'pass', observedValue: Math.round(hours * 10) / 10, observedUnit: 'h', output: last.file };
    }, 'warn');
  }
  return {
    status: worst(
      Object.values(checks)
        .flat()
        .map((c) => c.status),
    ),
    serviceId: 'motcua',
    checks,
  };
}

/** Whether this connection refuses every write right now (PRAGMA query_only), seen without writing. */
const refusesWrites = (store: Store): boolean => store.raw.pragma('query_only', { simple: true }) === 1;

/**
 * Readiness as load balancers probe it: one full check (its write transaction, the share's listing)
 * answers every probe for READY_CACHE_MS of the app's clock. Not kept: a fail (the next probe checks
 * again, so a node is back as soon as it can write), nor once the database refuses writes (seen at
 * the next probe, not READY_CACHE_MS later) or a backup finished (its age and copy changed).
 */
export class ReadinessProbe {
  private last: { at: number; backupsFinished: number; answer: Promise<Readiness> } | null = null;

  constructor(private readonly sources: ReadinessSources) {}

  check(): Promise<Readiness> {
    const { store, clock, backups } = this.sources;
    const now = clock();
    const last = this.last;
    if (last && now >= last.at && now - last.at < READY_CACHE_MS && last.backupsFinished === backups.finished && !refusesWrites(store)) {
      return last.answer;
    }
    // Probes that arrive while this check reads the share get its answer too.
    const entry = { at: now, backupsFinished: backups.finished, answer: readiness(this.sources) };
    this.last = entry;
    const forget = () => {
      if (this.last === entry) this.last = null;
    };
    entry.answer.then((r) => r.status === 'fail' && forget(), forget);
    return entry.answer;
  }
}
