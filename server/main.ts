// Starts motcua: opens (and migrates) the SQLite file, seeds the demo center on first start,
// listens, and prints the URL of every screen.
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createApplication } from './app.js';
import { readConfig } from './config.js';
import { clockFrom, systemClock } from './domain/clock.js';
import { seedDemoCenter } from './domain/seed.js';
import { SCREENS } from './http/pages.js';
import { Store } from './store/database.js';

const config = readConfig();
const clock = config.clockStart === undefined ? systemClock : clockFrom(config.clockStart);
const store = new Store(join(config.dataDir, 'motcua.sqlite'));
const seeded = await seedDemoCenter(store, clock, { admin: config.adminPassword, demo: config.demoPassword });
const app = createApplication({ store, clock, distDir: config.distDir });

app.httpServer.listen(config.port, config.host, () => {
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  const center = app.domain.reader.centers()[0];
  const query = center ? `?center=${center.id}` : '';
  console.log(`motcua is running at ${base}  (database: ${join(config.dataDir, 'motcua.sqlite')})`);
  for (const path of Object.keys(SCREENS)) console.log(`  ${path.padEnd(11)} ${base}${path === '/' ? '/' : path + query}`);
  console.log(`  API health  ${base}/api/health`);
  if (config.clockStart !== undefined) console.log(`  clock set by MOTCUA_CLOCK: ${new Date(clock()).toISOString()}`);
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
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: closing…`);
  void app.close().then(() => {
    store.close();
    process.exit(0);
  });
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
