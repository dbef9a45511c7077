// Passwords are hashed with scrypt at one of OWASP's current settings (N=2^15, r=8, p=3); tests
// lower the cost through MOTCUA_SCRYPT_N, and this file keeps the production cost.
import { describe, expect, it } from 'vitest';
import { hashPassword, needsRehash, PRODUCTION_SCRYPT, verifyPassword } from '../../server/domain/password.js';

describe('password hashing', () => {
  it('hashes at the production cost: 32 MiB of memory, three times the work of p=1', async () => {
    expect(PRODUCTION_SCRYPT).toEqual({ N: 2 ** 15, r: 8, p: 3 });
    const hash = await hashPassword('mật-khẩu đúng', PRODUCTION_SCRYPT);
    expect(hash).toMatch(/^scrypt\$32768\$8\$3\$[\w+/=]+\$[\w+/=]+$/);
    expect(await verifyPassword('mật-khẩu đúng', hash)).toBe(true);
    expect(await verifyPassword('mật-khẩu sai', hash)).toBe(false);
    expect(needsRehash(hash, PRODUCTION_SCRYPT)).toBe(false);
  });

  it('asks for a new hash when the stored one was made with other parameters', async () => {
    const old = await hashPassword('pw', { N: 2 ** 10, r: 8, p: 1 });
    expect(await verifyPassword('pw', old)).toBe(true);
    expect(needsRehash(old, PRODUCTION_SCRYPT)).toBe(true);
    expect(needsRehash('not a hash', PRODUCTION_SCRYPT)).toBe(true);
  });

  it('refuses stored hashes it cannot read, without throwing', async () => {
    for (const stored of ['', 'scrypt$', 'scrypt$abc$8$1$c2FsdA==$a2V5', 'scrypt$1099511627776$8$1$c2FsdA==$a2V5', 'bcrypt$x']) {
      expect(await verifyPassword('pw', stored)).toBe(false);
    }
  });
});
