// Real socket.io-client connections to a test server, the center:join handshake, and waiting for
// one event. Every socket opened here is closed by closeSockets() (call it in afterEach).
import { io, type Socket } from 'socket.io-client';
import type { ApiResult } from '../../shared/errors.js';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { CenterSnapshot, TicketStatus } from '../../shared/types.js';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;
export type EventName = keyof ServerToClientEvents;
export type EventPayload<K extends EventName> = Parameters<ServerToClientEvents[K]>[0];

const open = new Set<ClientSocket>();

/** Connects over WebSocket; `cookie` (`name=value`) signs the socket in as that staff member. */
export function connectSocket(baseUrl: string, cookie?: string | null): Promise<ClientSocket> {
  const socket: ClientSocket = io(baseUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 5000,
    extraHeaders: cookie ? { cookie } : {},
  });
  open.add(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

export function joinCenter(socket: ClientSocket, centerId: string): Promise<ApiResult<CenterSnapshot>> {
  return socket.timeout(5000).emitWithAck('center:join', { centerId });
}

/** Connects and joins a center's room; fails the test if the join is refused. */
export async function connectToCenter(
  baseUrl: string,
  centerId: string,
  cookie?: string | null,
): Promise<{ socket: ClientSocket; snapshot: CenterSnapshot }> {
  const socket = await connectSocket(baseUrl, cookie);
  const res = await joinCenter(socket, centerId);
  if ('error' in res) throw new Error(`center:join ${centerId} refused: ${JSON.stringify(res)}`);
  return { socket, snapshot: res };
}

export function watchTicket(socket: ClientSocket, token: string): Promise<ApiResult<TicketStatus>> {
  return socket.timeout(5000).emitWithAck('ticket:watch', { token });
}

/** A citizen's phone: connects and follows the ticket of `token`; fails the test if refused. */
export async function connectPhone(baseUrl: string, token: string): Promise<{ socket: ClientSocket; status: TicketStatus }> {
  const socket = await connectSocket(baseUrl);
  const res = await watchTicket(socket, token);
  if ('error' in res) throw new Error(`ticket:watch refused: ${JSON.stringify(res)}`);
  return { socket, status: res };
}

/**
 * The next `name` event whose payload matches. Start waiting BEFORE the action that causes it:
 * the server broadcasts before it answers the HTTP request.
 */
export function waitForEvent<K extends EventName>(
  socket: ClientSocket,
  name: K,
  match: (payload: EventPayload<K>) => boolean = () => true,
  timeoutMs = 3000,
): Promise<EventPayload<K>> {
  return new Promise((resolve, reject) => {
    const listener = (event: string, payload: unknown) => {
      if (event !== name || !match(payload as EventPayload<K>)) return;
      clearTimeout(timer);
      socket.offAny(listener);
      resolve(payload as EventPayload<K>);
    };
    const timer = setTimeout(() => {
      socket.offAny(listener);
      reject(new Error(`no '${name}' event within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.onAny(listener);
  });
}

/**
 * An answered round trip on `socket` that changes nothing (a `ticket:watch` with a malformed token,
 * refused without leaving any room). Socket.IO delivers one socket's packets in order, so whatever
 * the server had sent this socket before it read the request has arrived once the answer is here:
 * await it before asserting that an event did NOT reach the socket.
 */
export async function roundTrip(socket: ClientSocket): Promise<void> {
  const res = await watchTicket(socket, '');
  if (!('error' in res)) throw new Error('the round trip was not refused: it watched a ticket');
}

/** Records every event a socket receives, in order (to show nothing else arrived). */
export function recordEvents(socket: ClientSocket): { name: string; payload: unknown }[] {
  const log: { name: string; payload: unknown }[] = [];
  socket.onAny((name: string, payload: unknown) => log.push({ name, payload }));
  return log;
}

export function closeSockets(): void {
  for (const socket of open) socket.close();
  open.clear();
}
