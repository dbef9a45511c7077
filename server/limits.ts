// Abuse limits: how fast public clients may call, how many kiosk tickets a center takes per minute,
// how failed sign-ins lock out, how long an unused session lives, how many sockets one address holds. main.ts reads them from the
// environment; tests pass their own (low) values to createApplication.

/** A token bucket: `burst` requests at once, refilled at `perMinute`. */
export interface BucketRate {
  burst: number;
  perMinute: number;
}

export interface Limits {
  /** Public endpoints (kiosk ticket, ticket status, bookings, pairing), per client IP. */
  publicPerIp: BucketRate;
  /** The same endpoints, all clients together. */
  publicOverall: BucketRate;
  /** Tickets issued by kiosks (not staff) per center per minute. */
  kioskTicketsPerCenterPerMinute: number;
  /** Calls of one integration API key, whatever the route. */
  apiKeyPerKey: BucketRate;
  /** Sign-in: see server/http/login-throttle.ts. */
  login: {
    /** Failed sign-ins before a lock of that username from that address; the lock doubles with each further failure. */
    maxFailuresPerUser: number;
    /** Failed sign-ins before a lock of the address, whatever the usernames. */
    maxFailuresPerIp: number;
    lockSeconds: number;
    /** A username's recent failures (from any address) after which its checks are slowed, never locked. */
    slowAfterFailures: number;
    /** Sign-in attempts per address. */
    perIp: BucketRate;
    /** Password checks (scrypt) running at once, whoever sends them. */
    checksInFlight: number;
    /** Attempts of one address waiting for a check before the next is refused. */
    queuePerIp: number;
  };
  /** A staff session unused this long is closed (on top of the 12-hour expiry). */
  idleMinutes: number;
  /** Live sockets (screens, phones) one client IP may hold at once: each costs server memory. */
  socketsPerIp: number;
}

export const DEFAULT_LIMITS: Limits = {
  publicPerIp: { burst: 60, perMinute: 120 },
  publicOverall: { burst: 600, perMinute: 3000 },
  kioskTicketsPerCenterPerMinute: 30,
  // A records system syncing a day's dossiers in a burst, then a steady trickle.
  apiKeyPerKey: { burst: 120, perMinute: 600 },
  login: {
    maxFailuresPerUser: 5,
    maxFailuresPerIp: 20,
    lockSeconds: 60,
    slowAfterFailures: 10,
    // A ward's staff often sign in from one address at 07:30.
    perIp: { burst: 20, perMinute: 30 },
    // Node's thread pool has 4 threads; leave room for the disk and DNS work that shares it.
    checksInFlight: 2,
    queuePerIp: 4,
  },
  idleMinutes: 60,
  // A hall's guest Wi-Fi puts every phone behind one address: far more than a day's citizens.
  socketsPerIp: 2000,
};

/** For tests of other features: nothing is limited. */
export const NO_LIMITS: Limits = {
  publicPerIp: { burst: Infinity, perMinute: Infinity },
  publicOverall: { burst: Infinity, perMinute: Infinity },
  kioskTicketsPerCenterPerMinute: Infinity,
  apiKeyPerKey: { burst: Infinity, perMinute: Infinity },
  login: {
    maxFailuresPerUser: Infinity,
    maxFailuresPerIp: Infinity,
    lockSeconds: 0,
    slowAfterFailures: Infinity,
    perIp: { burst: Infinity, perMinute: Infinity },
    checksInFlight: Infinity,
    queuePerIp: Infinity,
  },
  idleMinutes: Infinity,
  socketsPerIp: Infinity,
};

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!(value > 0)) throw new Error(`${name} must be a positive number, got "${raw}"`);
  return value;
}

export function readLimits(env: NodeJS.ProcessEnv = process.env): Limits {
  const d = DEFAULT_LIMITS;
  return {
    publicPerIp: {
      burst: positive(env, 'MOTCUA_RATE_PER_IP_BURST', d.publicPerIp.burst),
      perMinute: positive(env, 'MOTCUA_RATE_PER_IP_PER_MINUTE', d.publicPerIp.perMinute),
    },
    publicOverall: {
      burst: positive(env, 'MOTCUA_RATE_OVERALL_BURST', d.publicOverall.burst),
      perMinute: positive(env, 'MOTCUA_RATE_OVERALL_PER_MINUTE', d.publicOverall.perMinute),
    },
    kioskTicketsPerCenterPerMinute: positive(env, 'MOTCUA_KIOSK_TICKETS_PER_MINUTE', d.kioskTicketsPerCenterPerMinute),
    apiKeyPerKey: {
      burst: positive(env, 'MOTCUA_RATE_PER_KEY_BURST', d.apiKeyPerKey.burst),
      perMinute: positive(env, 'MOTCUA_RATE_PER_KEY_PER_MINUTE', d.apiKeyPerKey.perMinute),
    },
    login: {
      maxFailuresPerUser: positive(env, 'MOTCUA_LOGIN_MAX_FAILURES', d.login.maxFailuresPerUser),
      maxFailuresPerIp: positive(env, 'MOTCUA_LOGIN_MAX_FAILURES_PER_IP', d.login.maxFailuresPerIp),
      lockSeconds: positive(env, 'MOTCUA_LOGIN_LOCK_SECONDS', d.login.lockSeconds),
      slowAfterFailures: positive(env, 'MOTCUA_LOGIN_SLOW_AFTER', d.login.slowAfterFailures),
      perIp: {
        burst: positive(env, 'MOTCUA_LOGIN_PER_IP_BURST', d.login.perIp.burst),
        perMinute: positive(env, 'MOTCUA_LOGIN_PER_IP_PER_MINUTE', d.login.perIp.perMinute),
      },
      checksInFlight: positive(env, 'MOTCUA_LOGIN_CHECKS_IN_FLIGHT', d.login.checksInFlight),
      queuePerIp: positive(env, 'MOTCUA_LOGIN_QUEUE_PER_IP', d.login.queuePerIp),
    },
    idleMinutes: positive(env, 'MOTCUA_IDLE_MINUTES', d.idleMinutes),
    socketsPerIp: positive(env, 'MOTCUA_SOCKETS_PER_IP', d.socketsPerIp),
  };
}
