// Citizens' phones follow one ticket each, in a room of its own (`ticket:<id>`). After every ticket
// event of a center, the event's own ticket is told its new status, and so are the waiting tickets
// whose place can have moved: those of the same field (or of the fast lane, for a fast-lane event),
// when something they show changed. Phones of other fields cost nothing.
// A phone never hears the center's room, and a ticket's room hears only that ticket.
import type { Lane, TicketStatus, TicketView } from '../../shared/types.js';
import type { TicketStatusReader } from '../domain/ticket-status.js';
import type { MotcuaIo, MotcuaSocket } from './socket-server.js';

export const ticketRoom = (ticketId: number) => `ticket:${ticketId}`;

export class TicketWatch {
  /** Watched ticket → its center and the status last sent to its room. */
  private readonly watched = new Map<number, { centerId: string; fieldId: number; lane: Lane; waiting: boolean; sent: string }>();

  constructor(
    private readonly io: MotcuaIo,
    private readonly statuses: TicketStatusReader,
  ) {}

  /** Moves the socket to the token's ticket room; refused like an unknown ticket for a wrong token. */
  watch(socket: MotcuaSocket, token: string): TicketStatus {
    const status = this.statuses.byToken(token);
    if (socket.data.ticketId !== null && socket.data.ticketId !== status.id) void socket.leave(ticketRoom(socket.data.ticketId));
    socket.data.ticketId = status.id;
    void socket.join(ticketRoom(status.id));
    this.watched.set(status.id, {
      centerId: status.centerId,
      fieldId: status.fieldId,
      lane: status.lane,
      waiting: status.state === 'waiting',
      sent: JSON.stringify(status),
    });
    return status;
  }

  /** A ticket of the center changed (issued, called, finished, transferred …). */
  ticketChanged(centerId: string, changed: TicketView): void {
    const ticketId = changed.id;
    for (const [id, entry] of this.watched) {
      if (entry.centerId !== centerId) continue;
      // Only a waiting ticket's place moves with the others' events, and only in its own queue.
      const sameQueue = entry.fieldId === changed.fieldId || (entry.lane === 'fast' && changed.lane === 'fast');
      if (id !== ticketId && !(entry.waiting && sameQueue)) continue;
      // Rooms vanish when their last phone disconnects; so does the entry.
      if (!this.io.sockets.adapter.rooms.has(ticketRoom(id))) {
        this.watched.delete(id);
        continue;
      }
      const status = this.statuses.status(id);
      const json = JSON.stringify(status);
      if (id !== ticketId && json === entry.sent) continue;
      entry.sent = json;
      entry.waiting = status.state === 'waiting';
      entry.fieldId = status.fieldId;
      entry.lane = status.lane;
      this.io.to(ticketRoom(id)).emit('ticket:status', status);
    }
  }
}
