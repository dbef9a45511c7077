// Addresses a push endpoint must not lead to unless the operator listed its host by name: a
// subscription's endpoint is a URL a stranger submits, and the server would post to it (SSRF).
// Loopback, private (RFC 1918, ULA), link-local, shared (CGNAT), unspecified, multicast, reserved and
// documentation ranges; IPv4 written into IPv6 (mapped, NAT64, 6to4) is judged as the IPv4 it carries.
import { BlockList, isIP } from 'node:net';

const IPV4_RANGES: readonly [string, number][] = [
  ['0.0.0.0', 8], // "this network", the unspecified address
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // shared address space (carrier NAT)
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (and cloud metadata services)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // old 6to4 relays
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV6_RANGES: readonly [string, number][] = [
  ['::', 96], // unspecified, loopback (::1) and the old IPv4-compatible form
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001::', 32], // Teredo: an IPv4 address in disguise
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local (ULA)
  ['fe80::', 10], // link-local
  ['fec0::', 10], // the old site-local
  ['ff00::', 8], // multicast
];

/** An IPv4 range as IPv6 carries it: `head` (16-bit groups), then the IPv4 address in the next two groups. */
function embedded(head: readonly string[], [v4, bits]: readonly [string, number]): [string, number] {
  const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
  const groups = [...head, ((a << 8) | b).toString(16), ((c << 8) | d).toString(16)];
  return [groups.join(':') + (groups.length < 8 ? '::' : ''), head.length * 16 + bits];
}

const blocked = new BlockList();
for (const [address, bits] of IPV4_RANGES) blocked.addSubnet(address, bits, 'ipv4');
for (const [address, bits] of IPV6_RANGES) blocked.addSubnet(address, bits, 'ipv6');
// NAT64's well-known prefix carries the IPv4 address in its last 32 bits, 6to4 right after 2002:.
// (BlockList itself judges IPv4-mapped ::ffff:a.b.c.d by the IPv4 ranges.)
for (const range of IPV4_RANGES) {
  for (const head of [['64', 'ff9b', '0', '0', '0', '0'], ['2002']]) blocked.addSubnet(...embedded(head, range), 'ipv6');
}

/** True for an address no push service of the public internet has, or that is not an address at all. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}
