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
import { Store } from './store/database.js';
import { isLoopbackUrl } from '../shared/rules/public-url.js';
import { hasWards, PAIR_PATH, screenLinks, type LinkedCenter, type ScreenLink } from '../shared/rules/screen-links.js';
import type { CenterInfo } from '../shared/types.js';
import { createServer } from 'node:http';
import pretty from 'pino-pretty';
import { metricsOnly } from './http/metrics-endpoint.js';
import { createLogger, readLogSettings } from './ops/logger.js';

const config = readConfig();
const logSettings = readLogSettings();
// A person at a terminal reads lines; a supervisor's log collector reads JSON.
const logger = createLogger(logSettings, process.stdout.isTTY ? pretty({ colorize: true, ignore: 'pid,hostname,service' }) : undefined);
const clock =
  config.clockSpeed !== 1
    ? acceleratedClock(config.clockStart ?? Date.now(), config.clockSpeed)
    : config.clockStart === undefined
      ? systemClock
      : clockFrom(config.clockStart);
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
  backups: { dir: join(config.dataDir, 'backups'), keepDays: config.backupKeepDays, copyDir: config.backupCopyDir },
  trustProxy: config.trustProxy,
  backupHours: config.backupHours,
  logger,
  logIp: logSettings.withIp,
  metricsToken: config.metricsToken,
  push: { services: config.pushServices, contact: config.pushContact },
  webhooks: { allowHttpHosts: config.webhookAllowHttpHosts },
  publicUrl: config.publicUrl,
  autoForecast: config.waitRange,
});
// Prometheus scrapes a port of its own, which the operator keeps off the hall's network.
const metricsServer =
  config.metricsPort === undefined ? null : createServer(metricsOnly(app.metrics)).listen(config.metricsPort, config.host);
writePidFile(config.dataDir);
const stopBackups =
  config.backupHours > 0 ? app.backups.schedule(config.backupHours, (err) => logger.error({ err }, 'scheduled backup failed')) : () => {};
const stopPushRound = app.push.schedule();
// Form 01's names and phones past their center's retention are cleared now and every day.
const stopPurge = app.domain.personalData.schedule((err) => logger.error({ err }, 'personal data purge failed'));

/** The first center's screens, and the province board of the first center with wards under it. */
function startupLinks(centers: readonly CenterInfo[]): ScreenLink[] {
  const linked = (c: CenterInfo): LinkedCenter => ({
    id: c.id,
    counterNumbers: app.domain.reader.catalog(c.id).counters.map((k) => k.number),
    hasChildren: hasWards(c.id, centers),
  });
  const [first] = centers;
  const province = centers.find((c) => linked(c).hasChildren);
  const links = first ? screenLinks(linked(first)) : [];
  const provinceLink = province && screenLinks(linked(province)).find((l) => l.screen === 'province');
  return provinceLink && !links.some((l) => l.screen === 'province') ? [...links, provinceLink] : links;
}

/** A QR code a phone cannot open is found on the first ticket otherwise: say so at the start. */
function warnAboutQrAddress(centers: readonly CenterInfo[]): void {
  for (const c of centers) {
    if (c.qrUrl === null) {
      logger.warn(
        `center ${c.id}: MOTCUA_PUBLIC_URL is not set, so ticket QR codes carry the address each kiosk was opened at — a kiosk opened as localhost prints codes no phone can open. Set MOTCUA_PUBLIC_URL or the center's public address on /admin.`,
      );
    } else if (isLoopbackUrl(c.qrUrl)) {
      logger.warn(
        `center ${c.id}: ticket QR codes carry ${c.qrUrl}, a loopback address no phone can open. Set MOTCUA_PUBLIC_URL or the center's public address on /admin to one phones reach.`,
      );
    }
  }
}

app.httpServer.listen(config.port, config.host, () => {
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://localhost:${port}`;
  const centers = app.domain.reader.centers();
  const center = centers[0];
  const say = (line: string) => logger.info(line);
  say(`motcua is running at ${base}  (database: ${join(config.dataDir, 'motcua.sqlite')})`);
  say(`  ${'/'.padEnd(11)} ${base}/`);
  for (const link of startupLinks(centers)) say(`  /${link.screen.padEnd(10)} ${base}${link.href}`);
  say(`  ${PAIR_PATH.padEnd(11)} ${base}${PAIR_PATH}`);
  say(`  API health  ${base}/api/health/ready`);
  warnAboutQrAddress(centers);
  if (metricsServer) say(`  metrics     http://${config.host}:${config.metricsPort}/metrics`);
  if (config.clockStart !== undefined) say(`  clock set by MOTCUA_CLOCK: ${new Date(clock()).toISOString()}`);
  if (config.clockSpeed !== 1) say(`  clock runs ×${config.clockSpeed} (MOTCUA_CLOCK_SPEED)`);
  if (provinceSeeded) say('  province demo: tinh-bac-ninh (quanly.tinh) over hoa-binh and an-khanh (quanly.ankhanh)');
  if (seeded) {
    say(`Seeded the demo center "${center?.name}".`);
    if (seeded.adminGenerated) say(`  admin password (shown once): ${seeded.adminPassword}`);
    else say('  admin password: from MOTCUA_ADMIN_PASSWORD');
    if (seeded.demoGenerated) say(`  password of the other demo accounts (shown once): ${seeded.demoPassword}`);
    else say('  other demo accounts: password from MOTCUA_DEMO_PASSWORD');
    say('  accounts: admin, quanly (manager), lanhdao (leader), tiepdan (reception), canbo1…canbo6 (clerks)');
  }
});

let stopping = false;
/** SIGTERM/SIGINT drain: in-flight requests finish, the WAL is checkpointed, the database closed. */
function shutdown(signal: string, exitCode = 0) {
  if (stopping) return;
  stopping = true;
  logger.info(`${signal}: finishing the requests in flight, then closing…`);
  stopBackups();
  stopPushRound();
  stopPurge();
  metricsServer?.close();
  void drain(app, store).then(
    () => {
      removePidFile(config.dataDir);
      logger.info('closed cleanly');
      logger.flush();
      process.exit(exitCode);
    },
    (err: unknown) => {
      logger.error({ err }, 'shutdown failed');
      process.exit(1);
    },
  );
}
process.on('SIGTERM', () => shutdown('SIGTERM'));
process.on('SIGINT', () => shutdown('SIGINT'));
// The last line: no client input may reach here (every handler answers its own errors). Anything
// that does is a bug: it is logged, the server drains and exits non-zero for the supervisor to restart.
function fatal(what: string, err: unknown) {
  logger.fatal({ err }, `${what}: stopping for the supervisor to restart`);
  if (stopping) process.exit(1);
  shutdown(what, 1);
}
process.on('uncaughtException', (err) => fatal('uncaught exception', err));
process.on('unhandledRejection', (err) => fatal('unhandled rejection', err));
