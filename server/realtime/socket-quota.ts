// How many live sockets each client address holds, and the refusal once it holds its quota: every
// socket costs the server memory, and a script could otherwise open them until it runs out.
import type { MotcuaSocket } from './socket-server.js';

/** Behind a reverse proxy on this machine, the client is the address that proxy saw (as express's 'trust proxy loopback'). */
export function clientAddress(socket: Pick<MotcuaSocket, 'handshake'>): string {
  const { address, headers } = socket.handshake;
  const loopback = address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
  const forwarded = headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').at(-1)?.trim();
  return loopback && last ? last : address;
}

export class SocketQuota {
  private readonly held = new Map<string, number>();

  constructor(private readonly perAddress: number) {}

  /** Counts the socket in until it disconnects; false (and nothing counted) once its address is full. */
  admit(socket: MotcuaSocket): boolean {
    const address = clientAddress(socket);
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
