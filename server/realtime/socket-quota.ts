// How many live sockets each client address holds, and the refusal once it holds its quota: every
// socket costs the server memory, and a script could otherwise open them until it runs out. An
// address is counted by its addressKey (an IPv6 client by its /64).
import { addressKey } from '../../shared/rules/address-key.js';
import type { MotcuaSocket } from './socket-server.js';

/** Which addresses are trusted proxies: express's compiled 'trust proxy' setting (app.get('trust proxy fn')). */
export type TrustProxy = (address: string, hop: number) => boolean;

/**
 * The client's address as express's req.ip computes it: walk X-Forwarded-For from the right while
 * the address in hand is a trusted proxy (MOTCUA_TRUST_PROXY, default loopback).
 */
export function clientAddress(socket: Pick<MotcuaSocket, 'handshake'>, trust: TrustProxy): string {
  const { address, headers } = socket.handshake;
  const forwarded = headers['x-forwarded-for'];
  const hops = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? ''))
    .split(',')
    .map((a) => a.trim())
    .filter((a) => a !== '')
    .reverse();
  const addresses = [address, ...hops];
  for (let i = 0; i < addresses.length - 1; i++) if (!trust(addresses[i], i)) return addresses[i];
  return addresses.at(-1)!;
}

export class SocketQuota {
  private readonly held = new Map<string, number>();

  constructor(
    private readonly perAddress: number,
    private readonly trust: TrustProxy,
  ) {}

  /** Counts the socket in until it disconnects; false (and nothing counted) once its address is full. */
  admit(socket: MotcuaSocket): boolean {
    const address = addressKey(clientAddress(socket, this.trust));
    const n = this.held.get(address) ?? 0;
    if (n >= this.perAddress) return false;
    this.held.set(address, n + 1);
    // The connection's close, not the socket's disconnect: a socket closed before it finished
    // connecting never says 'disconnect'.
    socket.conn.once('close', () => {
      const left = (this.held.get(address) ?? 1) - 1;
      if (left > 0) this.held.set(address, left);
      else this.held.delete(address);
    });
    return true;
  }
}
