// The key every per-address limit (sign-in, public rate limit, live sockets) counts a client under.
// An IPv6 client is its /64: a household's router or a phone is given a whole /64 and may use any
// address in it, so counting addresses would let one guesser rotate through 2^64 of them. An
// IPv4-mapped address (what a dual-stack socket reports for an IPv4 client) is that IPv4 address.

const IPV4_PART = '(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const IPV4 = new RegExp(`^${IPV4_PART}(\\.${IPV4_PART}){3}$`);
const GROUP = /^[0-9a-f]{1,4}$/i;

/** The four octets of a dotted IPv4 address, or null when it is not one. */
export function ipv4Octets(text: string): number[] | null {
  return IPV4.test(text) ? text.split('.').map(Number) : null;
}

/** The eight 16-bit groups of an IPv6 address (zone id already removed), or null when it is not one. */
export function ipv6Groups(text: string): number[] | null {
  let hex = text;
  // A dotted IPv4 tail (::ffff:192.0.2.1) stands for the last two groups.
  const lastColon = hex.lastIndexOf(':');
  const tail = hex.slice(lastColon + 1);
  if (tail.includes('.')) {
    if (!IPV4.test(tail)) return null;
    const [a, b, c, d] = tail.split('.').map(Number);
    hex = `${hex.slice(0, lastColon + 1)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = hex.split('::');
  if (halves.length > 2) return null;
  const compressed = halves.length === 2;
  const groupsOf = (h: string) => (h === '' ? [] : h.split(':'));
  const head = groupsOf(halves[0]);
  const tailGroups = compressed ? groupsOf(halves[1]) : [];
  const given = [...head, ...tailGroups];
  if (!given.every((g) => GROUP.test(g))) return null;
  // "::" stands for one or more groups of zeros; without it all eight are written.
  const missing = 8 - given.length;
  if (compressed ? missing < 1 : missing !== 0) return null;
  return [...head, ...Array<string>(compressed ? missing : 0).fill('0'), ...tailGroups].map((g) => parseInt(g, 16));
}

/**
 * `address` as the limits count it: IPv4 as it is, `::ffff:a.b.c.d` as `a.b.c.d`, any other IPv6
 * address as its /64 (`2001:db8:1:2::/64`, the same for every spelling); anything else as it came.
 */
export function addressKey(address: string): string {
  if (!address.includes(':')) return address;
  const g = ipv6Groups(address.replace(/%.*$/, ''));
  if (!g) return address;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return `${g[6] >> 8}.${g[6] & 255}.${g[7] >> 8}.${g[7] & 255}`;
  return `${g
    .slice(0, 4)
    .map((x) => x.toString(16))
    .join(':')}::/64`;
}
