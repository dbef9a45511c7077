// Settings from the environment, read once at start.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
  /** MOTCUA_CLOCK: an ISO instant the server's clock starts from (demos on "a Friday"); unset = real time. */
  clockStart: number | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  const clockStart = env.MOTCUA_CLOCK ? Date.parse(env.MOTCUA_CLOCK) : undefined;
  if (clockStart !== undefined && Number.isNaN(clockStart)) {
    throw new Error(`MOTCUA_CLOCK must be an ISO date-time such as 2026-11-27T09:00:00+07:00, got "${env.MOTCUA_CLOCK}"`);
  }
  return {
    port,
    clockStart,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    distDir: resolve(env.MOTCUA_DIST_DIR ?? 'dist'),
    adminPassword: env.MOTCUA_ADMIN_PASSWORD || undefined,
    demoPassword: env.MOTCUA_DEMO_PASSWORD || undefined,
  };
}
