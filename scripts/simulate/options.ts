// The simulator's command line: --name value pairs, with the demo's defaults.
import { join, resolve } from 'node:path';

interface Common {
  citizens: number;
  seed: number;
  password: string;
}

export interface LiveOptions extends Common {
  mode: 'live';
  url: string;
  centerId: string;
  /** Must match the server's MOTCUA_CLOCK_SPEED. */
  speed: number;
  days: number;
  /** Username prefix of the clerks: counter n is worked by `${clerkPrefix}${n}`. */
  clerkPrefix: string;
  leader: string;
  /** Issues the tickets; '' = the public kiosk. */
  reception: string;
}

export interface HistoryOptions extends Common {
  mode: 'history';
  file: string;
  days: number;
  /** The last simulated day is the one before this (YYYY-MM-DD); default: today. */
  until: string | null;
  adminPassword: string;
}

export function readOptions(argv: string[], env: NodeJS.ProcessEnv): LiveOptions | HistoryOptions {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i];
    if (!name.startsWith('--') || argv[i + 1] === undefined) throw new Error(`expected --name value, got "${name}"`);
    args.set(name.slice(2), argv[i + 1]);
  }
  const num = (name: string, fallback: number) => {
    const n = Number(args.get(name) ?? fallback);
    if (!Number.isFinite(n) || n <= 0) throw new Error(`--${name} must be a positive number`);
    return n;
  };
  const common = {
    citizens: num('citizens', 200),
    seed: num('seed', 1),
    password: args.get('password') ?? env.MOTCUA_DEMO_PASSWORD ?? 'demo123',
  };
  if (args.has('history')) {
    return {
      ...common,
      mode: 'history',
      days: num('history', 365),
      file: join(resolve(args.get('data-dir') ?? env.DATA_DIR ?? 'data'), 'motcua.sqlite'),
      until: args.get('until') ?? null,
      adminPassword: env.MOTCUA_ADMIN_PASSWORD ?? 'admin123',
    };
  }
  return {
    ...common,
    mode: 'live',
    url: args.get('url') ?? `http://localhost:${env.PORT ?? 3000}`,
    centerId: args.get('center') ?? 'hoa-binh',
    speed: num('speed', Number(env.MOTCUA_CLOCK_SPEED ?? 60)),
    days: num('days', 1),
    clerkPrefix: args.get('clerk-prefix') ?? 'canbo',
    leader: args.get('leader') ?? 'lanhdao',
    reception: args.get('reception') ?? 'tiepdan',
  };
}
