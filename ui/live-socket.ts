// The one socket of every screen (wall, kiosk, board, province, phone status, rating, staff apps),
// and its one reconnect policy. socket.io-client retries by itself after a lost transport, a ping
// timeout or a parse error; after `io server disconnect` it does not. The server says that when it
// drains on SIGTERM (server/ops/shutdown.ts), and when it cuts off a revoked screen or a signed-out
// account: the link comes back here after a backoff with jitter, so the screens of a restarted
// server do not all knock at the same instant, and a cut-off screen learns why from its join
// (`device-not-paired`). Only `io client disconnect` — the screen closing its own link — stays down.
// Every connect, the first and each reconnect, calls `rejoin`: the screen joins its room (or watches
// its ticket) again and draws the fresh snapshot from the ack, since events sent meanwhile are lost.
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../shared/events.js';

export type LiveSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type DisconnectReason = Socket.DisconnectReason;

/** socket.io-client's own retries (its defaults, written down): 1 s doubling to 5 s, each ±50 %. */
const OWN_RETRIES = { reconnection: true, reconnectionDelay: 1000, reconnectionDelayMax: 5000, randomizationFactor: 0.5 } as const;

/** After `io server disconnect`: 1 s doubling to 30 s, each ±50 %. */
export const SERVER_DISCONNECT_BACKOFF = { baseMs: 1000, maxMs: 30_000, jitter: 0.5 } as const;

/** The wait before reconnect number `attempt` (0 first) after the server ended the link. */
export function serverDisconnectDelay(attempt: number, random: () => number = Math.random): number {
  const { baseMs, maxMs, jitter } = SERVER_DISCONNECT_BACKOFF;
  const delay = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(delay * (1 - jitter + 2 * jitter * random()));
}

export interface LiveSocketHandlers {
  /** On every connect: join again and take the fresh snapshot (or status) from the ack. */
  rejoin(socket: LiveSocket): void;
  /** The link went down, whatever the reason: the screen shows "mất kết nối" until the next rejoin. */
  onDown?(reason: DisconnectReason): void;
}

export interface LiveSocketLink {
  readonly socket: LiveSocket;
  /** Closes the link for good (`io client disconnect`), a pending reconnect included. */
  close(): void;
}

export function openLiveSocket(handlers: LiveSocketHandlers, options: { withCredentials?: boolean } = {}): LiveSocketLink {
  const socket: LiveSocket = io({ ...OWN_RETRIES, withCredentials: options.withCredentials ?? false });
  let attempt = 0;
  let upSince = 0;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let closed = false;

  socket.on('connect', () => {
    upSince = Date.now();
    handlers.rejoin(socket);
  });
  socket.on('disconnect', (reason) => {
    handlers.onDown?.(reason);
    if (reason !== 'io server disconnect' || closed) return;
    // A link that stayed up a while starts the backoff afresh; one ended again at once waits longer.
    if (Date.now() - upSince > SERVER_DISCONNECT_BACKOFF.maxMs) attempt = 0;
    clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      // From here a server still down is socket.io-client's own retrying.
      if (!closed) socket.connect();
    }, serverDisconnectDelay(attempt++));
  });

  return {
    socket,
    close() {
      closed = true;
      clearTimeout(pending);
      socket.disconnect();
    },
  };
}
