// Many socket.io-client connections from the bench process (WebSocket only, no reconnection), and
// the arrival times of one broadcast across all of them.
import { io, type Socket } from 'socket.io-client';
import { CENTER_ID } from './settings.js';

export type BenchSocket = Socket;

/** Opens `count` sockets, `parallel` handshakes at a time, each joined to the center's room. */
export async function connectDisplays(baseUrl: string, count: number, parallel = 200): Promise<BenchSocket[]> {
  const sockets: BenchSocket[] = [];
  try {
    for (let i = 0; i < count; i += parallel) {
      const batch = Array.from({ length: Math.min(parallel, count - i) }, () => connectAndJoin(baseUrl, sockets));
      await Promise.all(batch);
    }
  } catch (err) {
    closeAll(sockets);
    throw err;
  }
  return sockets;
}

async function connectSocket(baseUrl: string, into: BenchSocket[]): Promise<BenchSocket> {
  const socket = io(baseUrl, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 20_000 });
  into.push(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

async function connectAndJoin(baseUrl: string, into: BenchSocket[]): Promise<void> {
  const socket = await connectSocket(baseUrl, into);
  const ack: unknown = await socket.timeout(20_000).emitWithAck('center:join', { centerId: CENTER_ID });
  if (ack && typeof ack === 'object' && 'error' in ack) throw new Error(`center:join refused: ${JSON.stringify(ack)}`);
}

export function closeAll(sockets: readonly BenchSocket[]): void {
  for (const s of sockets) s.close();
}

/**
 * Times one event across many sockets: arm() before the action that causes it, then wait() for
 * every socket (or the timeout). Each socket counts once per round.
 */
export class ArrivalRecorder<P> {
  private t0 = 0;
  private seen = new Uint8Array(0);
  private times: number[] = [];
  private accept: (payload: P) => boolean = () => true;
  private done: (() => void) | null = null;
  /** The payload the first socket received in the last round. */
  lastPayload: P | undefined;

  constructor(
    private readonly sockets: readonly BenchSocket[],
    event: string,
  ) {
    this.seen = new Uint8Array(sockets.length);
    sockets.forEach((socket, i) => socket.on(event, (payload: P) => this.arrived(i, payload)));
  }

  arm(accept: (payload: P) => boolean = () => true): void {
    this.seen.fill(0);
    this.times = [];
    this.accept = accept;
    this.lastPayload = undefined;
    this.t0 = performance.now();
  }

  /** Milliseconds from arm() to each socket's arrival; fewer than the sockets if the timeout hit. */
  wait(timeoutMs: number): Promise<number[]> {
    if (this.times.length === this.sockets.length) return Promise.resolve(this.times);
    return new Promise((resolve) => {
      const finish = () => {
        clearTimeout(timer);
        this.done = null;
        resolve(this.times);
      };
      const timer = setTimeout(finish, timeoutMs);
      this.done = finish;
    });
  }

  private arrived(i: number, payload: P): void {
    if (this.seen[i] || !this.accept(payload)) return;
    this.seen[i] = 1;
    this.lastPayload ??= payload;
    this.times.push(performance.now() - this.t0);
    if (this.times.length === this.sockets.length) this.done?.();
  }
}

/** A citizen's phone following one ticket. */
export interface Watcher {
  socket: BenchSocket;
  ticketId: number;
}

/** Opens one socket per status token, `parallel` at a time, each watching its ticket ('ticket:watch'). */
export async function connectWatchers(baseUrl: string, tokens: readonly string[], parallel = 200): Promise<Watcher[]> {
  const watchers: Watcher[] = [];
  const sockets: BenchSocket[] = [];
  try {
    for (let i = 0; i < tokens.length; i += parallel) {
      const batch = tokens.slice(i, i + parallel).map(async (token) => {
        const socket = await connectSocket(baseUrl, sockets);
        const ack = (await socket.timeout(60_000).emitWithAck('ticket:watch', { token })) as { id?: number; error?: unknown };
        if (ack.error || typeof ack.id !== 'number') throw new Error(`ticket:watch refused: ${JSON.stringify(ack)}`);
        watchers.push({ socket, ticketId: ack.id });
      });
      await Promise.all(batch);
    }
  } catch (err) {
    closeAll(sockets);
    throw err;
  }
  return watchers;
}

/** Whether the server answers 'ticket:watch' (per-ticket status sockets) at all. */
export async function watchSupported(baseUrl: string): Promise<boolean> {
  const sockets: BenchSocket[] = [];
  try {
    const socket = await connectSocket(baseUrl, sockets);
    await socket.timeout(3000).emitWithAck('ticket:watch', { token: 'bench-probe-unknown-token' });
    return true;
  } catch {
    return false;
  } finally {
    closeAll(sockets);
  }
}
