// The key every per-address limit counts under: an IPv4 address as it is, an IPv4-mapped IPv6
// address as its IPv4, any other IPv6 address by its /64 (what one household or one phone is given),
// whatever way it is spelled.
import { describe, expect, it } from 'vitest';
import { addressKey } from '../../shared/rules/address-key.js';

describe('addressKey', () => {
  it('keeps an IPv4 address as it is', () => {
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('127.0.0.1')).toBe('127.0.0.1');
  });

  it('takes an IPv4-mapped IPv6 address (a dual-stack socket’s IPv4 client) as its IPv4', () => {
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('::FFFF:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('0:0:0:0:0:ffff:203.0.113.9')).toBe('203.0.113.9');
    // The same address with its IPv4 part in hex.
    expect(addressKey('::ffff:cb00:7109')).toBe('203.0.113.9');
    expect(addressKey('::ffff:127.0.0.1')).toBe(addressKey('127.0.0.1'));
  });

  it('groups an IPv6 address by its /64', () => {
    expect(addressKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:3::1')).toBe('2001:db8:1:3::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('fe80::1')).toBe('fe80:0:0:0::/64');
  });

  it('gives every spelling of one address the same key: case, leading zeros, compression, a zone id', () => {
    const spellings = [
      '2001:db8:0:2::1',
      '2001:DB8:0:2::1',
      '2001:0db8:0000:0002:0000:0000:0000:0001',
      '2001:db8::2:0:0:0:1',
      '2001:db8:0:2:0::1',
      '2001:db8:0:2::1%eth0',
      '2001:db8:0:2:0:0:0.0.0.1',
    ];
    for (const s of spellings) expect(addressKey(s), s).toBe('2001:db8:0:2::/64');
    expect(addressKey('fe80::1%wlan0')).toBe(addressKey('fe80::2%eth1'));
    // The compressed run may sit in the first half: the prefix is still the first four groups.
    expect(addressKey('2001::1')).toBe('2001:0:0:0::/64');
    expect(addressKey('::')).toBe('0:0:0:0::/64');
  });

  it('leaves what is not an address as it came (it cannot be grouped with anything)', () => {
    for (const s of ['unknown', '', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', '12345::1', '::ffff:300.1.1.1', 'g::1', '1.2.3']) {
      expect(addressKey(s), s).toBe(s);
    }
  });
});
