// Citizens' phones follow one ticket each, in a room of its own (`ticket:<id>`). After every ticket
// event of a center, the event's own ticket is told its new status at once. The other waiting tickets
// of its queue (its field, or the fast lane) have moved up or down: their new places are worked out
// together, at most once a second per queue, from one ordered read of the queue (not a count per
// ticket), and only phones whose place changed are told. So a busy center's calls cost each phone one
// message a second at most, and a call never waits behind thousands of place updates.
// A phone never hears the center's room, and a ticket's room hears only that ticket.
import type { TicketStatus, TicketView } from '../../shared/types.js';
import type { TicketStatusReader } from '../domain/ticket-status.js';
import type { MotcuaIo, MotcuaSocket } from './socket-server.js';

export const ticketRoom = (ticketId: number) => `ticket:${ticketId}`;

/** How long place updates of one queue are gathered before they are sent. */
export const PLACE_UPDATE_MS = 1000;

/** A ticket's queue, whose events move its place: the fast lane is center-wide, the rest per field. */
type QueueKey = `field:${number}` | `fast:${string}`;

const queueOf = (t: Pick<TicketView, 'centerId' | 'fieldId' | 'lane' | 'transferred'>): QueueKey =>
  t.lane === 'fast' && !t.transferred ? `fast:${t.centerId}` : `field:${t.fieldId}`;

interface Watched {
  queue: QueueKey;
  fieldId: number;
  /** A fresh walk-in: its place comes from the field's one-pass read; other lanes are recomputed. */
  freshWalkIn: boolean;
  /** The status last sent to its room. */
  sent: TicketStatus;
}

export class TicketWatch {
  private readonly watched = new Map<number, Watched>();
  private readonly byQueue = new Map<QueueKey, Set<number>>();
  private readonly dirty = new Set<QueueKey>();
  private timer: ReturnType<typeof setTimeout> | null = null;

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
    this.remember(status);
    return status;
  }

  /** A ticket of the center changed (issued, called, finished, transferred …). */
  ticketChanged(changed: TicketView): void {
    if (this.watched.has(changed.id)) {
      if (this.hasPhone(changed.id)) this.send(this.statuses.status(changed.id));
      else this.forget(changed.id);
    }
    this.dirty.add(`field:${changed.fieldId}`);
    if (changed.lane === 'fast') this.dirty.add(`fast:${changed.centerId}`);
    // Unref'd: pending place updates never keep a stopping server alive (its rooms are empty by then).
    this.timer ??= setTimeout(() => this.sendPlaces(), PLACE_UPDATE_MS).unref();
  }

  /** Tells the phones of every queue that moved since the last round their new place. */
  private sendPlaces(): void {
    this.timer = null;
    const queues = [...this.dirty];
    this.dirty.clear();
    for (const queue of queues) {
      const ids: number[] = [];
      for (const id of this.byQueue.get(queue) ?? []) {
        if (this.hasPhone(id)) ids.push(id);
        else this.forget(id);
      }
      if (!ids.length) continue;
      const first = this.watched.get(ids[0]!)!;
      const aheads = queue.startsWith('field:') ? this.statuses.fieldAheads(first.fieldId) : null;
      for (const id of ids) {
        const entry = this.watched.get(id)!;
        const ahead = entry.freshWalkIn ? aheads?.get(id) : undefined;
        // Anything else (another lane, or no longer where it was) gets its whole status read again.
        if (ahead === undefined) this.send(this.statuses.status(id), { onlyIfChanged: true });
        else if (ahead !== entry.sent.ahead) this.send({ ...entry.sent, ahead });
      }
    }
  }

  private send(status: TicketStatus, { onlyIfChanged = false } = {}): void {
    const before = this.watched.get(status.id)?.sent;
    this.remember(status);
    if (onlyIfChanged && before && JSON.stringify(before) === JSON.stringify(status)) return;
    this.io.to(ticketRoom(status.id)).emit('ticket:status', status);
  }

  /** Keeps the status sent; a waiting ticket is also listed under its queue, for place updates. */
  private remember(status: TicketStatus): void {
    const queue = queueOf(status);
    const before = this.watched.get(status.id);
    if (before) this.byQueue.get(before.queue)?.delete(status.id);
    this.watched.set(status.id, {
      queue,
      fieldId: status.fieldId,
      freshWalkIn: status.state === 'waiting' && status.lane === 'walk-in' && !status.transferred,
      sent: status,
    });
    if (status.state !== 'waiting') return;
    let members = this.byQueue.get(queue);
    if (!members) this.byQueue.set(queue, (members = new Set()));
    members.add(status.id);
  }

  /** Rooms vanish when their last phone disconnects. */
  private hasPhone(ticketId: number): boolean {
    return this.io.sockets.adapter.rooms.has(ticketRoom(ticketId));
  }

  private forget(ticketId: number): void {
    const entry = this.watched.get(ticketId);
    if (!entry) return;
    this.watched.delete(ticketId);
    this.byQueue.get(entry.queue)?.delete(ticketId);
  }
}
