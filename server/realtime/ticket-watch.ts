// Citizens' phones follow one ticket each, in a room of its own (`ticket:<id>`). After every ticket
// event of a center, each watched ticket of that center is told its new status: the event's own
// ticket always, the others when something they show changed (the number of people ahead, mostly).
// A phone never hears the center's room, and a ticket's room hears only that ticket.
import type { TicketStatus } from '../../shared/types.js';
import type { TicketStatusReader } from '../domain/ticket-status.js';
import type { MotcuaIo, MotcuaSocket } from './socket-server.js';

export const ticketRoom = (ticketId: number) => `ticket:${ticketId}`;

export class TicketWatch {
  /** Watched ticket → its center and the status last sent to its room. */
  private readonly watched = new Map<number, { centerId: string; waiting: boolean; sent: string }>();

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
    this.watched.set(status.id, { centerId: status.centerId, waiting: status.state === 'waiting', sent: JSON.stringify(status) });
    return status;
  }

  /** A ticket of the center changed (issued, called, finished, transferred …). */
  ticketChanged(centerId: string, ticketId: number): void {
    for (const [id, entry] of this.watched) {
      // Only a waiting ticket's place moves with the others' events.
      if (entry.centerId !== centerId || (id !== ticketId && !entry.waiting)) continue;
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
      this.io.to(ticketRoom(id)).emit('ticket:status', status);
    }
  }
}
