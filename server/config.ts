// Settings from the environment, read once at start.
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { readPushServices } from './push/push-services.js';
import { isPublicUrlShape, normalisePublicUrl } from '../shared/rules/public-url.js';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  /** MOTCUA_CLOCK: an ISO instant the server's clock starts from (demos on "a Friday"); unset = real time. */
  clockStart: number | undefined;
  /** MOTCUA_CLOCK_SPEED: how many times faster than real time the clock runs (demos, the simulator); 1 = real time. */
  clockSpeed: number;
  /** MOTCUA_DEMO_PROVINCE=1: also seed a province center and a second ward under it. */
  demoProvince: boolean;
  /** MOTCUA_BACKUP_HOURS: an online backup this often (default 24; 0 turns the schedule off). */
  backupHours: number;
  /** MOTCUA_BACKUP_KEEP_DAYS: backups older than this are removed (default 14). */
  backupKeepDays: number;
  /** MOTCUA_BACKUP_COPY_DIR: a mounted remote folder that receives a verified copy of each backup. */
  backupCopyDir: string | undefined;
  /** MOTCUA_TRUST_PROXY: the reverse proxies whose X-Forwarded-* headers are believed; false: none. */
  trustProxy: string[] | false;
  /** MOTCUA_METRICS_PORT: /metrics on a port of its own (keep it off the hall's network); unset: none. */
  metricsPort: number | undefined;
  /** MOTCUA_METRICS_TOKEN: /metrics on the main port, for `Authorization: Bearer <token>` only; unset: none. */
  metricsToken: string | undefined;
  /** MOTCUA_PUSH_SERVICES: the push services a phone's subscription may point at; unset: the big browsers'. */
  pushServices: string[] | undefined;
  /** MOTCUA_PUSH_CONTACT: the VAPID contact (mailto: or https:) push services may write to; unset: a placeholder. */
  pushContact: string | undefined;
  /** MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS: hosts webhooks may reach over plain http and at private addresses. */
  webhookAllowHttpHosts: string[];
  /** MOTCUA_PUBLIC_URL: the address phones open (the tickets' QR codes), unless a center sets its own; unset: the kiosk's. */
  publicUrl: string | null;
  /** MOTCUA_WAIT_RANGE=off: no forecast worker; slips and phones give the one-figure estimate (a box too small for it, the bench's comparison). */
  waitRange: boolean;
}

const PROXY_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** An address, a range (10.0.0.0/8, fd00::/8) or one of express's names: what 'trust proxy' takes. */
function isProxyEntry(entry: string): boolean {
  if (PROXY_NAMES.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (bits === undefined) return true;
  const n = Number(bits);
  return /^\d+$/.test(bits) && n <= (family === 4 ? 32 : 128);
}

/**
 * MOTCUA_TRUST_PROXY: comma-separated addresses, ranges or names (default `loopback`: nginx on this
 * machine); `none`: no proxy, the connection's address is the client's and only TLS here is secure.
 */
export function readTrustProxy(value: string | undefined): string[] | false {
  const text = value?.trim() || 'loopback';
  if (text === 'none') return false;
  const entries = text.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !isProxyEntry(e));
  if (bad.length > 0) {
    throw new Error(
      `MOTCUA_TRUST_PROXY must list addresses, ranges (10.0.0.0/8) or loopback / linklocal / uniquelocal, or be "none"; got "${bad.join(', ')}"`,
    );
  }
  return entries;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const clockStart = env.MOTCUA_CLOCK ? Date.parse(env.MOTCUA_CLOCK) : undefined;
  if (clockStart !== undefined && Number.isNaN(clockStart)) {
    throw new Error(`MOTCUA_CLOCK must be an ISO date-time such as 2026-11-27T09:00:00+07:00, got "${env.MOTCUA_CLOCK}"`);
  }
  const clockSpeed = Number(env.MOTCUA_CLOCK_SPEED ?? 1);
  if (!Number.isFinite(clockSpeed) || clockSpeed <= 0 || clockSpeed > 10_000) {
    throw new Error(`MOTCUA_CLOCK_SPEED must be a number above 0 (60 = an hour a minute), got "${env.MOTCUA_CLOCK_SPEED}"`);
  }
  const backupHours = Number(env.MOTCUA_BACKUP_HOURS ?? 24);
  const backupKeepDays = Number(env.MOTCUA_BACKUP_KEEP_DAYS ?? 14);
  if (!(backupHours >= 0)) throw new Error(`MOTCUA_BACKUP_HOURS must be a number of hours, got "${env.MOTCUA_BACKUP_HOURS}"`);
  if (!(backupKeepDays > 0)) throw new Error(`MOTCUA_BACKUP_KEEP_DAYS must be a positive number, got "${env.MOTCUA_BACKUP_KEEP_DAYS}"`);
  const metricsPort = env.MOTCUA_METRICS_PORT ? Number(env.MOTCUA_METRICS_PORT) : undefined;
  if (metricsPort !== undefined && !(Number.isInteger(metricsPort) && metricsPort > 0 && metricsPort < 65536)) {
    throw new Error(`MOTCUA_METRICS_PORT must be a port number, got "${env.MOTCUA_METRICS_PORT}"`);
  }
  if (env.MOTCUA_METRICS_TOKEN !== undefined && env.MOTCUA_METRICS_TOKEN.length < 16) {
    throw new Error('MOTCUA_METRICS_TOKEN must be at least 16 characters');
  }
  const pushContact = env.MOTCUA_PUSH_CONTACT || undefined;
  if (pushContact !== undefined && !/^(mailto:[^@\s]+@[^@\s]+|https:\/\/\S+)$/.test(pushContact)) {
    throw new Error(`MOTCUA_PUSH_CONTACT must be a mailto: address or an https: URL, got "${pushContact}"`);
  }
  const publicUrl = env.MOTCUA_PUBLIC_URL?.trim() || null;
  if (publicUrl !== null && !isPublicUrlShape(publicUrl)) {
    throw new Error(
      `MOTCUA_PUBLIC_URL must be an absolute http:// or https:// address such as https://motcua.example.vn, got "${publicUrl}"`,
    );
  }
  const waitRange = env.MOTCUA_WAIT_RANGE || 'on';
  if (waitRange !== 'on' && waitRange !== 'off') throw new Error(`MOTCUA_WAIT_RANGE must be "on" or "off", got "${waitRange}"`);
  return {
    port,
    waitRange: waitRange === 'on',
    pushServices: readPushServices(env.MOTCUA_PUSH_SERVICES),
    pushContact,
    publicUrl: publicUrl && normalisePublicUrl(publicUrl),
    metricsPort,
    metricsToken: env.MOTCUA_METRICS_TOKEN || undefined,
    backupHours,
    backupKeepDays,
    backupCopyDir: env.MOTCUA_BACKUP_COPY_DIR ? resolve(env.MOTCUA_BACKUP_COPY_DIR) : undefined,
    clockStart,
    clockSpeed,
    demoProvince: env.MOTCUA_DEMO_PROVINCE === '1',
    trustProxy: readTrustProxy(env.MOTCUA_TRUST_PROXY),
    webhookAllowHttpHosts: (env.MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS ?? '')
      .split(',')
      .map((h) =>
        h
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, '$1'),
      )
      .filter((h) => h !== ''),
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    distDir: resolve(env.MOTCUA_DIST_DIR ?? 'dist'),
    adminPassword: env.MOTCUA_ADMIN_PASSWORD || undefined,
    demoPassword: env.MOTCUA_DEMO_PASSWORD || undefined,
  };
}
