// MOTCUA_TRUST_PROXY is read once at start; a typo stops the server with the reason, never trusts everyone.
import { describe, expect, it } from 'vitest';
import { readTrustProxy } from '../../server/config.js';

describe('MOTCUA_TRUST_PROXY', () => {
  it('defaults to a proxy on this machine', () => {
    expect(readTrustProxy(undefined)).toEqual(['loopback']);
    expect(readTrustProxy('  ')).toEqual(['loopback']);
  });

  it('takes addresses, ranges and express’s names; none trusts nobody', () => {
    expect(readTrustProxy('loopback, 10.20.0.5,10.0.0.0/8, fd00::/8, uniquelocal')).toEqual([
      'loopback',
      '10.20.0.5',
      '10.0.0.0/8',
      'fd00::/8',
      'uniquelocal',
    ]);
    expect(readTrustProxy('none')).toBe(false);
  });

  it('refuses what is not an address, a range or a name', () => {
    for (const bad of ['true', '1', '*', 'nginx.local', '10.0.0.0/33', '10.0.0.1/8/8', 'fd00::/129', 'loopback,,10.0.0.1']) {
      expect(() => readTrustProxy(bad), bad).toThrow(/MOTCUA_TRUST_PROXY/);
    }
  });
});
