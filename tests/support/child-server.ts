// motcua as a real child process (`node --import tsx server/main.ts`), for tests that kill it
// (SIGKILL) or stop it (SIGTERM) and start it again on the same data folder.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { NEXT_MONDAY } from './test-dates.js';
import { DEMO_PASSWORDS } from './test-server.js';

/** 09:00 in Vietnam on the run's test Monday (an ordinary working day after today): the demo center's sessions are open. */
export const WEEKDAY_9AM_ISO = `${NEXT_MONDAY}T09:00:00+07:00`;

export interface ChildServer {
  readonly baseUrl: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) and the signal. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Everything the process printed. */
  output(): string;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Starts the server on `dataDir` and waits until /api/health answers. */
export async function startChildServer(dataDir: string, env: Record<string, string> = {}): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: new URL('../..', import.meta.url).pathname,
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      MOTCUA_CLOCK: WEEKDAY_9AM_ISO,
      MOTCUA_DEMO_PASSWORD: DEMO_PASSWORDS.demo,
      MOTCUA_ADMIN_PASSWORD: DEMO_PASSWORDS.admin,
      MOTCUA_BACKUP_HOURS: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  // server/main.ts prints this line from its listen callback: the port is open once it is out.
  let listening: () => void = () => {};
  const started = new Promise<void>((resolve) => (listening = resolve));
  const collect = (d: Buffer) => {
    out += d.toString();
    if (out.includes('motcua is running at')) listening();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const outcome = await Promise.race([
    started.then(() => 'started' as const),
    exited.then(() => 'exited' as const),
    new Promise<'slow'>((resolve) => (timer = setTimeout(() => resolve('slow'), 30_000))),
  ]);
  clearTimeout(timer);
  if (outcome === 'exited') throw new Error(`the server exited while starting:\n${out}`);
  if (outcome === 'slow') {
    child.kill('SIGKILL');
    throw new Error(`the server did not start within 30 s:\n${out}`);
  }
  if (!(await fetch(`${baseUrl}/api/health`)).ok) throw new Error(`/api/health refused after the start:\n${out}`);
  return { baseUrl, process: child, exited, output: () => out };
}
