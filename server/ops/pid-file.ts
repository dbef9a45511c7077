// DATA_DIR/motcua.pid names the server process using the database, so the restore command can
// refuse to replace a database under a running server. A stale file (the process is gone) is ignored.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const pidFile = (dataDir: string) => join(dataDir, 'motcua.pid');

export function writePidFile(dataDir: string): void {
  writeFileSync(pidFile(dataDir), String(process.pid));
}

export function removePidFile(dataDir: string): void {
  if (runningServer(dataDir) === process.pid) rmSync(pidFile(dataDir), { force: true });
}

/** The pid of a live server on this data dir, or null. */
export function runningServer(dataDir: string): number | null {
  const file = pidFile(dataDir);
  if (!existsSync(file)) return null;
  const pid = Number(readFileSync(file, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (err) {
    // EPERM: alive but someone else's.
    return (err as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}
