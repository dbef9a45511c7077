// Starts motcua: opens (and migrates) the SQLite file, seeds the demo center on first start,
// listens, and prints the URL of every screen.
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApplication } from './app.js';
import { readLimits } from './limits.js';
import { removePidFile, writePidFile } from './ops/pid-file.js';
import { drain } from './ops/shutdown.js';
import { readConfig } from './config.js';
import { acceleratedClock, clockFrom, systemClock } from './domain/clock.js';
import { seedDemoProvince } from './demo/demo-province.js';
import { seedDemoCenter } from './demo/seed.js';
import { SCREENS } from './http/pages.js';
import { Store } from './store/database.js';

const config = readConfig();
const clock =
  config.clockSpeed !== 1
    ? acceleratedClock(config.clockStart ?? Date.now(), config.clockSpeed)
    : config.clockStart === undefined ? systemClock : clockFrom(config.clockStart);
const store = new Store(join(config.dataDir, 'motcua.sqlite'));
const seeded = await seedDemoCenter(store, clock, { admin: config.adminPassword, demo: config.demoPassword });
// The province demo's staff share the demo password (known only when given or just generated).
const provincePassword = seeded?.demoPassword ?? config.demoPassword;
const provinceSeeded = config.demoProvince && provincePassword ? await seedDemoProvince(store, clock, provincePassword) : false;
const app = createApplication({
  store,
  clock,
  distDir: config.distDir,
  limits: readLimits(),
  backups: { dir: join(config.dataDir, 'backups'), keepDays: config.backupKeepDays },
  trustProxy: config.trustProxy,
});
writePidFile(config.dataDir);
const stopBackups =
  config.backupHours > 0 ? app.backups.schedule(config.backupHours, (err) => console.error('[motcua] scheduled backup failed', err)) : () => {};

app.httpServer.listen(config.port, config.host, () => {
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  const center = app.domain.reader.centers()[0];
  const query = center ? `?center=${center.id}` : '';
  console.log(`motcua is running at ${base}  (database: ${join(config.dataDir, 'motcua.sqlite')})`);
  for (const path of Object.keys(SCREENS)) console.log(`  ${path.padEnd(11)} ${base}${path === '/' ? '/' : path + query}`);
  console.log(`  API health  ${base}/api/health`);
  if (config.clockStart !== undefined) console.log(`  clock set by MOTCUA_CLOCK: ${new Date(clock()).toISOString()}`);
  if (config.clockSpeed !== 1) console.log(`  clock runs ×${config.clockSpeed} (MOTCUA_CLOCK_SPEED)`);
  if (provinceSeeded) console.log('  province demo: tinh-bac-ninh (quanly.tinh) over hoa-binh and an-khanh (quanly.ankhanh)');
  if (seeded) {
    console.log(`Seeded the demo center "${center?.name}".`);
    if (seeded.adminGenerated) console.log(`  admin password (shown once): ${seeded.adminPassword}`);
    else console.log('  admin password: from MOTCUA_ADMIN_PASSWORD');
    if (seeded.demoGenerated) console.log(`  password of the other demo accounts (shown once): ${seeded.demoPassword}`);
    else console.log('  other demo accounts: password from MOTCUA_DEMO_PASSWORD');
    console.log('  accounts: admin, quanly (manager), lanhdao (leader), tiepdan (reception), canbo1…canbo6 (clerks)');
  }
});

let stopping = false;
/** SIGTERM/SIGINT drain: in-flight requests finish, the WAL is checkpointed, the database closed. */
function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the requests in flight, then closing…`);
  stopBackups();
  void drain(app, store).then(
    () => {
      removePidFile(config.dataDir);
      console.log('closed cleanly');
      process.exit(exitCode);
    },
    (err: unknown) => {
      console.error('[motcua] shutdown failed', err);
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
// The last line: no client input may reach here (every handler answers its own errors). Anything
// that does is a bug: it is logged, the server drains and exits non-zero for the supervisor to restart.
function fatal(what: string, err: unknown) {
  console.error(`[motcua] ${what}: stopping for the supervisor to restart`, err);
  if (stopping) process.exit(1);
  shutdown(what, 1);
}
process.on('uncaughtException', (err) => fatal('uncaught exception', err));
process.on('unhandledRejection', (err) => fatal('unhandled rejection', err));
