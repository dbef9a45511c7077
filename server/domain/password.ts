// Password hashing with scrypt from node:crypto; the format carries its own parameters, so a hash
// made with older ones still verifies and is replaced at the next sign-in.
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** One of OWASP's current scrypt settings: 32 MiB of memory (128·N·r), p=3 rounds of it. */
export const PRODUCTION_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 3 };

/** MOTCUA_SCRYPT_N lowers the cost for test runs only (docs/operations.md); never set it in production. */
export function scryptParams(env: NodeJS.ProcessEnv = process.env): ScryptParams {
  const n = Number(env.MOTCUA_SCRYPT_N);
  return Number.isInteger(Math.log2(n)) && n >= 2 ? { ...PRODUCTION_SCRYPT, N: n } : PRODUCTION_SCRYPT;
}

const CURRENT = scryptParams();
const KEY_LENGTH = 32;
/** Parameters a stored hash may ask for: anything beyond is refused, not computed. */
const MAX_N = 2 ** 20;

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_LENGTH, { ...opts, maxmem: 128 * opts.N! * opts.r! * 2 }, (err, key) => (err ? reject(err) : resolve(key))),
  );
}

export async function hashPassword(password: string, params: ScryptParams = CURRENT): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64')}$${key.toString('base64')}`;
}

function parse(stored: string): (ScryptParams & { salt: Buffer; key: Buffer }) | null {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (scheme !== 'scrypt' || !salt || !key) return null;
  if (
    !(params.N >= 2) ||
    !Number.isInteger(Math.log2(params.N)) ||
    params.N > MAX_N ||
    !(params.r >= 1 && params.r <= 32) ||
    !(params.p >= 1 && params.p <= 16)
  )
    return null;
  return { ...params, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const actual = await derive(password, parsed.salt, parsed);
  return actual.length === parsed.key.length && timingSafeEqual(actual, parsed.key);
}

/** True when `stored` was not made with `params` (then the next sign-in stores a new hash). */
export function needsRehash(stored: string, params: ScryptParams = CURRENT): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.N !== params.N || parsed.r !== params.r || parsed.p !== params.p;
}
