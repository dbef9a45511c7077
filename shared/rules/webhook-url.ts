// Where a webhook may be sent. https to a public address; plain http, or a loopback or private
// address, only to a host the operator allow-listed (MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS): an admin of
// one center in a shared province deployment must not reach the province's internal network (or a
// cloud's metadata service) through motcua. Names are checked again at each connection, by the
// addresses they resolve to (server/integration/webhook-post.ts), with isPublicAddress.
import { ipv4Octets, ipv6Groups } from './address-key.js';

const MAX_URL_LENGTH = 2048;

export type WebhookUrlProblem = 'invalid' | 'insecure' | 'private';
/** `allowListed`: the host is on the operator's list, so its private addresses may be reached too. */
export type WebhookUrlCheck = { ok: true; url: string; allowListed: boolean } | { ok: false; problem: WebhookUrlProblem };

/** IPv4 ranges that are not the public internet: [first octets, prefix length]. */
const IPV4_NOT_PUBLIC: [number[], number][] = [
  [[0], 8], // "this network"
  [[10], 8],
  [[100, 64], 10], // carrier-grade NAT
  [[127], 8],
  [[169, 254], 16], // link-local, cloud metadata
  [[172, 16], 12],
  [[192, 0, 0], 24],
  [[192, 0, 2], 24], // documentation
  [[192, 168], 16],
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24],
  [[203, 0, 113], 24],
  [[224], 4], // multicast
  [[240], 4], // reserved, broadcast
];

function inRange(octets: number[], [start, bits]: [number[], number]): boolean {
  const value = (o: number[]) => o.reduce((n, x) => n * 256 + x, 0);
  const four = (o: number[]) => [...o, 0, 0, 0, 0].slice(0, 4);
  const span = 2 ** (32 - bits);
  return Math.floor(value(four(octets)) / span) === Math.floor(value(four(start)) / span);
}

function publicIpv4(octets: number[]): boolean {
  return !IPV4_NOT_PUBLIC.some((range) => inRange(octets, range));
}

/** The IPv4 address an IPv6 address carries (IPv4-mapped, NAT64, 6to4), if it carries one. */
function embeddedIpv4(g: number[]): number[] | null {
  const octets = (hi: number, lo: number) => [hi >> 8, hi & 255, lo >> 8, lo & 255];
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return octets(g[6], g[7]);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return octets(g[6], g[7]);
  if (g[0] === 0x2002) return octets(g[1], g[2]);
  return null;
}

/** Whether an address (IPv4 or IPv6, as text) is on the public internet: not loopback, private, link-local, reserved … */
export function isPublicAddress(address: string): boolean {
  const v4 = ipv4Octets(address);
  if (v4) return publicIpv4(v4);
  const g = ipv6Groups(address.replace(/%.*$/, ''));
  if (!g) return false;
  const carried = embeddedIpv4(g);
  if (carried) return publicIpv4(carried);
  // Global unicast is 2000::/3, less the documentation range and the IETF's protocol assignments (Teredo …).
  const global = g[0] >= 0x2000 && g[0] <= 0x3fff;
  const documentation = g[0] === 0x2001 && g[1] === 0x0db8;
  const protocol = g[0] === 0x2001 && g[1] < 0x200;
  return global && !documentation && !protocol;
}

/** A hostname as the allow-list names it: lower case, IPv6 without its brackets, no final dots (`localhost.` is localhost). */
function plainHost(hostname: string): string {
  return (hostname.startsWith('[') ? hostname.slice(1, -1) : hostname).toLowerCase().replace(/\.+$/, '');
}

/** Whether a host (plainHost's form) names this machine or a private network. */
function privateHost(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  const isLiteral = ipv4Octets(host) !== null || ipv6Groups(host) !== null;
  return isLiteral && !isPublicAddress(host);
}

/** Whether a webhook may be sent to `text`, and the URL as it will be used (no fragment). */
export function checkWebhookUrl(text: string, allowedHosts: readonly string[]): WebhookUrlCheck {
  if (text.length > MAX_URL_LENGTH || !URL.canParse(text)) return { ok: false, problem: 'invalid' };
  const url = new URL(text);
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') return { ok: false, problem: 'invalid' };
  // Credentials in a URL end up in logs and screens.
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'invalid' };
  const host = plainHost(url.hostname);
  const allowed = allowedHosts.map((h) => h.toLowerCase()).includes(host);
  if (!allowed && url.protocol === 'http:') return { ok: false, problem: 'insecure' };
  if (!allowed && privateHost(host)) return { ok: false, problem: 'private' };
  url.hash = '';
  return { ok: true, url: url.href, allowListed: allowed };
}
