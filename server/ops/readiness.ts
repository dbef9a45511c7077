// Readiness in the shape of the IETF health-check draft (application/health+json): pass, warn or
// fail, with a list per check. A write that cannot commit or a migration not applied fails it (the
// node should take no traffic); a nearly full disk or an old or missing backup only warns, so a fresh
// install, or one with backups turned off, never takes the only node out of service.
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

const worst = (statuses: HealthStatus[]): HealthStatus =>
  statuses.includes('fail') ? 'fail' : statuses.includes('warn') ? 'warn' : 'pass';

export async function readiness({ store, clock, backups, backupHours }: ReadinessSources): Promise<Readiness> {
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
