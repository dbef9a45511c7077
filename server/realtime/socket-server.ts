// Socket.IO: a room per center. Screens join with `center:join` and get the snapshot in the ack;
// staff sockets are recognised by the same session cookie as the HTTP API. A citizen's phone
// follows its own ticket only, with `ticket:watch` (ticket-watch.ts).
import { Server, type Socket } from 'socket.io';
import type { Server as HttpServer } from 'node:http';
import { errorMessage, type ApiErrorBody } from '../../shared/errors.js';
import {
  TICKET_EVENTS,
  type ClientToServerEvents,
  type TicketEventName,
  type ServerToClientEvents,
  type SocketData,
} from '../../shared/events.js';
import { joinCenterSchema, wallSoundSchema, watchTicketSchema } from '../../shared/schemas.js';
import type { CenterEvent } from '../domain/center-events.js';
import { DomainError } from '../domain/domain-error.js';
import type { Domain } from '../domain/index.js';
import { DEVICE_COOKIE, readCookie, SESSION_COOKIE } from '../cookies.js';
import type { Logger } from '../ops/logger.js';
import { SocketQuota, type TrustProxy } from './socket-quota.js';
import { TicketWatch, type PlaceListener } from './ticket-watch.js';

export type MotcuaIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type MotcuaSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Each server's ticket watch: the domain's event sink is made before the socket server (app.ts). */
const watches = new WeakMap<MotcuaIo, TicketWatch>();

/** The events clients may send: a key missing here or left over is a type error. */
const CLIENT_EVENTS: Record<keyof ClientToServerEvents, true> = { 'center:join': true, 'ticket:watch': true, 'wall:sound': true };
const isClientEvent = (event: unknown) => typeof event === 'string' && Object.hasOwn(CLIENT_EVENTS, event);

export const centerRoom = (centerId: string) => `center:${centerId}`;

export function createSocketServer(
  httpServer: HttpServer,
  domain: Domain,
  socketsPerIp: number,
  trust: TrustProxy,
  logger: Logger,
  /** Also told each round's places (web push's call-back notices). */
  placeListener?: PlaceListener,
): MotcuaIo {
  const toAckError = (err: unknown): ApiErrorBody => {
    const code = err instanceof DomainError ? err.code : 'internal';
    if (code === 'internal') logger.error({ err }, 'socket handler failed');
    return { error: { code, message: errorMessage(code, err instanceof DomainError ? err.params : {}) } };
  };
  const io: MotcuaIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 16 * 1024 });
  const quota = new SocketQuota(socketsPerIp, trust);

  io.use((socket, next) => {
    // The client is told why (connect_error "rate-limited") and does not retry on its own.
    if (!quota.admit(socket)) return next(new Error('rate-limited'));
    try {
      const cookies = socket.handshake.headers.cookie;
      const token = readCookie(cookies, SESSION_COOKIE);
      socket.data.staff = domain.auth.staffForToken(token);
      socket.data.sessionId = token && socket.data.staff ? domain.auth.sessionId(token) : null;
      socket.data.centerId = null;
      socket.data.ticketId = null;
      socket.data.deviceId = domain.devices.byToken(readCookie(cookies, DEVICE_COOKIE))?.id ?? null;
    } catch (err) {
      // A handshake is refused (connect_error "internal"), never thrown at the process.
      return next(new Error(toAckError(err).error.code));
    }
    next();
  });

  const watch = new TicketWatch(io, domain.statuses, placeListener);
  watches.set(io, watch);
  // A new forecast changes the phones' ranges: they are told with the next round of places.
  domain.forecaster.onForecast = (centerId) => watch.centerChanged(centerId);

  io.on('connection', (socket) => {
    // An event no handler knows is answered, when it asks for an answer, instead of left hanging.
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const ack = args.at(-1);
      if (typeof ack === 'function' && !isClientEvent(event)) {
        (ack as (res: ApiErrorBody) => void)(toAckError(new DomainError('bad-request', { detail: 'event' })));
      }
    });
    socket.on('ticket:watch', (req, ack) => {
      if (typeof ack !== 'function') return;
      try {
        // A malformed token is answered like an unknown one.
        const parsed = watchTicketSchema.safeParse(req);
        if (!parsed.success) throw new DomainError('ticket-not-found');
        ack(watch.watch(socket, parsed.data.token));
      } catch (err) {
        ack(toAckError(err));
      }
    });
    socket.on('center:join', (req, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const parsed = joinCenterSchema.safeParse(req);
        if (!parsed.success) throw new DomainError('bad-request', { detail: 'centerId' });
        const { centerId } = parsed.data;
        domain.reader.center(centerId);
        // When the center requires pairing, only its paired screens and its own staff follow the feed.
        const device = socket.data.deviceId === null ? null : domain.devices.byId(socket.data.deviceId);
        if (socket.data.staff?.centerId !== centerId && !domain.devices.admits(centerId, device, ['wall', 'kiosk', 'rating'])) {
          throw new DomainError('device-not-paired');
        }
        if (socket.data.centerId) void socket.leave(centerRoom(socket.data.centerId));
        if (socket.data.centerId !== centerId) domain.wallSound.forget(socket.id);
        socket.data.centerId = centerId;
        // Joining and reading happen in one synchronous step, so no event falls between them.
        void socket.join(centerRoom(centerId));
        ack(domain.reader.snapshot(centerId));
      } catch (err) {
        ack(toAckError(err));
      }
    });
    socket.on('wall:sound', (req, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const parsed = wallSoundSchema.safeParse(req);
        if (!parsed.success) throw new DomainError('bad-request', { detail: 'blocked' });
        // Only a screen in its center's room speaks for a wall there; a paired kiosk or tablet is no wall.
        const { centerId, deviceId } = socket.data;
        if (!centerId) throw new DomainError('bad-request', { detail: 'center:join' });
        const device = deviceId === null ? null : domain.devices.byId(deviceId);
        if (device && device.kind !== 'wall') throw new DomainError('bad-request', { detail: 'kind' });
        // A wall paired to another center, on a center that does not require pairing, is an unnamed one here.
        const wall = device?.centerId === centerId ? { deviceId: device.id, name: device.name } : { deviceId: null, name: null };
        domain.wallSound.report(socket.id, centerId, wall, parsed.data.blocked);
        ack(parsed.data);
      } catch (err) {
        ack(toAckError(err));
      }
    });
    socket.on('disconnect', () => domain.wallSound.forget(socket.id));
  });
  return io;
}

const isTicketEvent = (event: CenterEvent): event is Extract<CenterEvent, { name: TicketEventName }> =>
  (TICKET_EVENTS as readonly string[]).includes(event.name);

const MOVES_PLACES = new Set<CenterEvent['name']>(['counter:updated', 'center:updated', 'calendar:updated']);

/** Broadcasts what the domain committed to the center's room, and to the rooms of watched tickets. */
export function broadcaster(getIo: () => MotcuaIo | undefined) {
  return (centerId: string, event: CenterEvent): void => {
    const io = getIo();
    // An empty room costs the encoding of the payload all the same.
    if (io?.sockets.adapter.rooms.has(centerRoom(centerId))) {
      const room = io.to(centerRoom(centerId));
      // The union of (name, payload) pairs is sound by construction; emit cannot see the pairing.
      (room.emit as (name: string, payload: unknown) => boolean).call(room, event.name, event.payload);
    }
    if (io && isTicketEvent(event)) watches.get(io)?.ticketChanged(event.payload.ticket);
    // A counter opening, pausing or closing, and the center's rules, move every waiting ticket's place.
    else if (io && MOVES_PLACES.has(event.name)) watches.get(io)?.centerChanged(centerId);
  };
}

/** Disconnects at once every socket of a signed-out staff member or a revoked screen. */
export function disconnectWhere(io: MotcuaIo | undefined, match: (data: Partial<SocketData>) => boolean): void {
  for (const socket of io?.of('/').sockets.values() ?? []) if (match(socket.data)) socket.disconnect(true);
}
