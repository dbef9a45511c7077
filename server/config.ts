// Settings from the environment, read once at start.
import { resolve } from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
  adminPassword: string | undefined;
  demoPassword: string | undefined;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, got "${env.PORT}"`);
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? 'data'),
    distDir: resolve(env.MOTCUA_DIST_DIR ?? 'dist'),
    adminPassword: env.MOTCUA_ADMIN_PASSWORD || undefined,
    demoPassword: env.MOTCUA_DEMO_PASSWORD || undefined,
  };
}
