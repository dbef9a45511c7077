// Socket.IO: a room per center. Screens join with `center:join` and get the snapshot in the ack;
// staff sockets are recognised by the same session cookie as the HTTP API.
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { errorMessage, type ApiErrorBody } from '../../shared/errors.js';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../shared/events.js';
import { joinCenterSchema } from '../../shared/schemas.js';
import type { CenterEvent } from '../domain/center-events.js';
import { DomainError } from '../domain/domain-error.js';
import type { Domain } from '../domain/index.js';
import { readCookie, SESSION_COOKIE } from '../http/cookies.js';

export type MotcuaIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

export const centerRoom = (centerId: string) => `center:${centerId}`;

function toAckError(err: unknown): ApiErrorBody {
  const code = err instanceof DomainError ? err.code : 'internal';
  if (code === 'internal') console.error('[motcua] socket handler failed', err);
  return { error: { code, message: errorMessage(code, err instanceof DomainError ? err.params : {}) } };
}

export function createSocketServer(httpServer: HttpServer, domain: Domain): MotcuaIo {
  const io: MotcuaIo = new Server(httpServer, { serveClient: false, maxHttpBufferSize: 16 * 1024 });

  io.use((socket, next) => {
    socket.data.staff = domain.auth.staffForToken(readCookie(socket.handshake.headers.cookie, SESSION_COOKIE));
    socket.data.centerId = null;
    next();
  });

  io.on('connection', (socket) => {
    socket.on('center:join', (req, ack) => {
      if (typeof ack !== 'function') return;
      try {
        const parsed = joinCenterSchema.safeParse(req);
        if (!parsed.success) throw new DomainError('bad-request', { detail: 'centerId' });
        const { centerId } = parsed.data;
        domain.reader.center(centerId);
        if (socket.data.centerId) void socket.leave(centerRoom(socket.data.centerId));
        socket.data.centerId = centerId;
        // Joining and reading happen in one synchronous step, so no event falls between them.
        void socket.join(centerRoom(centerId));
        ack(domain.reader.snapshot(centerId));
      } catch (err) {
        ack(toAckError(err));
      }
    });
  });
  return io;
}

/** Broadcasts what the domain committed to the center's room. */
export function broadcaster(getIo: () => MotcuaIo | undefined) {
  return (centerId: string, event: CenterEvent): void => {
    const room = getIo()?.to(centerRoom(centerId));
    // The union of (name, payload) pairs is sound by construction; emit cannot see the pairing.
    (room?.emit as ((name: string, payload: unknown) => boolean) | undefined)?.call(room, event.name, event.payload);
  };
}
