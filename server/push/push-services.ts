// Where a push subscription's endpoint may point. The endpoint is a URL a stranger submits, and the
// server posts to it, so: https only; its host (and port, 443 unless the entry names another) on the
// operator's list of push services (MOTCUA_PUSH_SERVICES, exact names or `*.` wildcards; by default the
// big browsers' push services); and its name must resolve to public addresses only — unless the
// operator listed that host by its exact name (a push relay inside the province's network, a test's
// receiver). The rule is applied when a phone subscribes and again on every connection a push makes
// (the agent's own lookup), so a name that later resolves elsewhere is refused too.
import { lookup } from 'node:dns/promises';
import { Agent } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { rootCertificates } from 'node:tls';
import { DomainError } from '../domain/domain-error.js';
import { isPrivateAddress } from './private-address.js';

/** The push services of Chrome/Android (FCM), Firefox, Edge (WNS) and Safari/iOS. */
export const DEFAULT_PUSH_SERVICES: readonly string[] = [
  'fcm.googleapis.com',
  'updates.push.services.mozilla.com',
  '*.notify.windows.com',
  'web.push.apple.com',
];

interface Entry {
  /** Lower case, without the `*.` of a wildcard. */
  host: string;
  wildcard: boolean;
  port: number;
}

/** `host`, `*.domain` or either with `:port`; throws, naming the entry, for anything else. */
function parseEntry(text: string): Entry {
  const wildcard = text.startsWith('*.');
  let url: URL | null = null;
  try {
    url = new URL(`https://${wildcard ? text.slice(2) : text}`);
  } catch {
    // Named below.
  }
  if (!url || url.username || url.password || url.pathname !== '/' || url.search || url.hash || (wildcard && isIP(url.hostname))) {
    throw new Error(`MOTCUA_PUSH_SERVICES: "${text}" is not a host name, *.domain or host:port`);
  }
  return { host: url.hostname, wildcard, port: Number(url.port || 443) };
}

/** MOTCUA_PUSH_SERVICES: comma-separated entries; unset or empty: the default services. */
export function readPushServices(value: string | undefined): string[] | undefined {
  const entries = (value ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean);
  if (!entries.length) return undefined;
  for (const entry of entries) parseEntry(entry);
  return entries;
}

/** Every address a name resolves to (tests stand in for DNS with their own). */
export type Resolve = (host: string) => Promise<readonly { address: string; family: number }[]>;

const systemResolve: Resolve = (host) => lookup(host, { all: true, verbatim: true });

export interface PushServicesOptions {
  /** The operator's list; undefined: DEFAULT_PUSH_SERVICES, whose names must resolve to public addresses like any wildcard. */
  services?: readonly string[];
  resolve?: Resolve;
  /** A certificate authority to trust besides the system's (tests: the local receiver's certificate). */
  ca?: string;
}

export class PushServices {
  private readonly entries: readonly Entry[];
  /** Whether a host listed by its exact name may resolve anywhere: only when the operator wrote the list. */
  private readonly namesTrusted: boolean;
  private readonly resolve: Resolve;
  /** The agent every push goes through: it checks each connection's addresses itself. */
  readonly agent: Agent;

  constructor({ services, resolve = systemResolve, ca }: PushServicesOptions = {}) {
    this.entries = (services ?? DEFAULT_PUSH_SERVICES).map(parseEntry);
    this.namesTrusted = services !== undefined;
    this.resolve = resolve;
    const guarded: LookupFunction = (hostname, options, callback) => {
      this.addresses(hostname).then(
        (addresses) => {
          const first = addresses[0];
          if (options.all) (callback as (err: null, all: typeof addresses) => void)(null, addresses);
          else callback(null, first.address, first.family);
        },
        (err: unknown) => callback(err as NodeJS.ErrnoException, ''),
      );
    };
    this.agent = new Agent({ keepAlive: true, lookup: guarded, ...(ca ? { ca: [...rootCertificates, ca] } : {}) });
  }

  /** How an endpoint's host is on the list: by its exact name, by a wildcard only, or not at all. */
  listing(url: URL): 'name' | 'wildcard' | null {
    const host = url.hostname.toLowerCase();
    const port = Number(url.port || 443);
    const here = this.entries.filter((e) => e.port === port);
    if (here.some((e) => !e.wildcard && e.host === host)) return 'name';
    // An address is never a name under a domain.
    if (!isIP(host.replace(/^\[|\]$/g, '')) && here.some((e) => e.wildcard && host.endsWith(`.${e.host}`))) return 'wildcard';
    return null;
  }

  /** Refuses (DomainError, 4xx) an endpoint a push may not be sent to; resolves its host when that matters. */
  async check(endpoint: string): Promise<void> {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new DomainError('push-endpoint-invalid');
    }
    if (url.protocol !== 'https:' || url.username || url.password) throw new DomainError('push-endpoint-invalid');
    if (this.listing(url) === null) throw new DomainError('push-service-not-allowed');
    await this.addresses(url.hostname);
  }

  /** The host's addresses; refused when one is private and the host is not trusted by name. */
  private async addresses(hostname: string): Promise<readonly { address: string; family: number }[]> {
    const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
    let addresses: readonly { address: string; family: number }[];
    try {
      addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await this.resolve(host);
    } catch {
      throw new DomainError('push-endpoint-invalid');
    }
    if (!addresses.length) throw new DomainError('push-endpoint-invalid');
    const trusted = this.namesTrusted && this.entries.some((e) => !e.wildcard && e.host === host);
    if (!trusted && addresses.some((a) => isPrivateAddress(a.address))) throw new DomainError('push-endpoint-private');
    return addresses;
  }
}
