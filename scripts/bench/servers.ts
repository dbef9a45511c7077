// The servers a row measures, each in its own process on 127.0.0.1: motcua over a temporary
// database (prepared beforehand when the row needs a queue or history), and the two baselines.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, startChild, type ChildServer } from './child-process.js';
import { CLOCK_AT, PASSWORDS } from './settings.js';

/** The abuse limits on public routes, lifted: the bench measures capacity, from one IP. */
export const NO_RATE_LIMITS = {
  MOTCUA_RATE_PER_IP_BURST: 'Infinity',
  MOTCUA_RATE_PER_IP_PER_MINUTE: 'Infinity',
  MOTCUA_RATE_OVERALL_BURST: 'Infinity',
  MOTCUA_RATE_OVERALL_PER_MINUTE: 'Infinity',
  MOTCUA_KIOSK_TICKETS_PER_MINUTE: 'Infinity',
  MOTCUA_SOCKETS_PER_IP: 'Infinity',
  // The simulated day signs every clerk in at once from this one address.
  MOTCUA_LOGIN_PER_IP_BURST: 'Infinity',
  MOTCUA_LOGIN_PER_IP_PER_MINUTE: 'Infinity',
  MOTCUA_LOGIN_QUEUE_PER_IP: 'Infinity',
};

export interface BenchServer extends ChildServer {
  /** The server's DATA_DIR (prepare-db.ts writes tokens.json there). */
  readonly dataDir: string;
  /** Stops the server and removes its database. */
  stop(): Promise<void>;
}

export interface MotcuaOptions {
  /** Tickets waiting when the server starts. */
  waiting?: number;
  /** Finished tickets over the past year. */
  history?: number;
  /** Writes the server's CPU profile here when it stops (`--profile`). */
  cpuProfileDir?: string | undefined;
  /** The server's clock: where it starts (default CLOCK_AT) and how fast it runs (default real time). */
  clock?: { at: string; speed: number };
}

export async function startMotcua(label: string, o: MotcuaOptions = {}): Promise<BenchServer> {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-bench-'));
  try {
    if (o.waiting || o.history) await prepareDatabase(dir, o.waiting ?? 0, o.history ?? 0);
    const child = await startChild({
      label: `motcua (${label})`,
      script: 'server/main.ts',
      cpuProfileDir: o.cpuProfileDir,
      env: {
        DATA_DIR: dir,
        PORT: '0',
        HOST: '127.0.0.1',
        MOTCUA_CLOCK: o.clock?.at ?? CLOCK_AT,
        MOTCUA_CLOCK_SPEED: String(o.clock?.speed ?? 1),
        MOTCUA_ADMIN_PASSWORD: PASSWORDS.admin,
        MOTCUA_DEMO_PASSWORD: PASSWORDS.demo,
        MOTCUA_DIST_DIR: join(dir, 'no-dist'),
        // The bench measures capacity: the abuse limits on public routes (one IP here) are lifted.
        ...NO_RATE_LIMITS,
      },
    });
    return {
      ...child,
      dataDir: dir,
      async stop() {
        await child.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
}

export function startExpressSqliteBaseline(): Promise<ChildServer> {
  return startChild({ label: 'baseline express+sqlite', script: 'scripts/bench/baseline-express-sqlite.ts' });
}

export function startSocketIoBaseline(): Promise<ChildServer> {
  return startChild({ label: 'baseline socket.io', script: 'scripts/bench/baseline-socketio.ts' });
}

function prepareDatabase(dir: string, waiting: number, history: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/bench/prepare-db.ts', dir, String(waiting), String(history)], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`prepare-db exited with ${code}`))));
  });
}
