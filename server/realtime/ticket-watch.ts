// Citizens' phones follow one ticket each, in a room of its own (`ticket:<id>`). After every ticket
// event of a center, the event's own ticket is told its whole new status at once ('ticket:status').
// The other waiting tickets of the center may have moved (a call in one field changes what the
// counters serving it do next, and so the places in every field they also serve; a counter opening or
// closing changes everyone's): their new places are worked out together, at most once a second per
// center, from one ordered read of its queues (QueuePlaces.all, not a count per ticket), and only
// phones whose page would show something else are told, with just the place ('ticket:place': ahead,
// aheadReason, callableFrom, waitRange), not the whole status. So a busy center's calls cost each
// phone one small message a second at most, and a call never waits behind thousands of place updates:
// a round's messages go out a few hundred at a time, with the requests that came in between.
// The same round carries each phone's wait range from the center's latest forecast (a new forecast
// starts a round too: server/domain/wait-forecaster.ts). Ranges are compared as they are shown
// (shared/rules/range-shown.ts) against what the phone was last sent, so a forecast that moves a
// range by minutes its words round away tells nobody.
// A phone never hears the center's room, and a ticket's room hears only that ticket.
// A PlaceListener (web push's call-back notices) is handed the same places, also for a center whose
// phones are all closed when it asks for them.
import { sameRangeShown } from '../../shared/rules/range-shown.js';
import { withPlace } from '../../shared/ticket-place.js';
import type { TicketPlace, TicketStatus, TicketView } from '../../shared/types.js';
import type { LivePlace, TicketStatusReader } from '../domain/ticket-status.js';
import type { MotcuaIo, MotcuaSocket } from './socket-server.js';

export const ticketRoom = (ticketId: number) => `ticket:${ticketId}`;

/** How long place updates of one center are gathered before they are sent. */
export const PLACE_UPDATE_MS = 1000;
/** Phones told their place in one turn of the event loop (about 10 ms of sending). */
const PLACES_PER_TURN = 250;

/** A phone's place as a round worked it out; null: its ticket no longer waits. */
interface Due {
  id: number;
  /** The status its room held then (Watched.version). */
  version: number;
  place: LivePlace | null;
}

interface Watched {
  centerId: string;
  /** The status its room holds: the last one sent, with the places sent since merged in. */
  sent: TicketStatus;
  /** Which whole status it holds (TicketWatch.statusesSent then): a place round worked out before it is stale. */
  version: number;
}

/** Whether a waiting ticket's page shows the same of these two places (LivePlace): its figures, and its range as said. */
const samePlace = (a: LivePlace, b: LivePlace) =>
  a.ahead === b.ahead &&
  a.aheadReason === b.aheadReason &&
  a.callableFrom === b.callableFrom &&
  sameRangeShown(a.waitRange, a.ahead, b.waitRange, b.ahead);
/** Told each round's places of a center, when it wants them. */
export interface PlaceListener {
  wants(centerId: string): boolean;
  placesOf(centerId: string, places: ReadonlyMap<number, LivePlace>): void;
}

export class TicketWatch {
  private readonly watched = new Map<number, Watched>();
  /** Per center, the watched tickets that are waiting. */
  private readonly byCenter = new Map<string, Set<number>>();
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** A round's places are being sent, a turn at a time. */
  private delivering = false;
  /** Whole statuses stored so far, all tickets together: a ticket forgotten and watched again never repeats a version. */
  private statusesSent = 0;

  constructor(
    private readonly io: MotcuaIo,
    private readonly statuses: TicketStatusReader,
    private readonly listener?: PlaceListener,
  ) {}

  /** Moves the socket to the token's ticket room; refused like an unknown ticket for a wrong token. */
  watch(socket: MotcuaSocket, token: string): TicketStatus {
    const status = this.statuses.byToken(token);
    if (socket.data.ticketId !== null && socket.data.ticketId !== status.id) void socket.leave(ticketRoom(socket.data.ticketId));
    // Phones already in the room hold what they were sent; this one gets the status fresh. If those
    // differ, the others are brought up to it too, so the room holds one status again.
    const held = this.watched.get(status.id)?.sent;
    if (held && this.hasPhone(status.id) && JSON.stringify(held) !== JSON.stringify(status))
      this.io.to(ticketRoom(status.id)).emit('ticket:status', status);
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
    this.centerChanged(changed.centerId);
  }

  /** Something that moves places changed in a center: a ticket, a counter (opened, paused, closed), the rules. */
  centerChanged(centerId: string): void {
    this.dirty.add(centerId);
    // A round still being sent starts the next when it is done.
    if (!this.delivering) this.armRound();
  }

  private armRound(): void {
    // Unref'd: pending place updates never keep a stopping server alive (its rooms are empty by then).
    this.timer ??= setTimeout(() => this.sendPlaces(), PLACE_UPDATE_MS).unref();
  }

  /** Works out the new places of every center that changed since the last round, then tells the phones. */
  private sendPlaces(): void {
    this.timer = null;
    const centers = [...this.dirty];
    this.dirty.clear();
    const due: Due[] = [];
    for (const centerId of centers) {
      const ids: number[] = [];
      for (const id of this.byCenter.get(centerId) ?? []) {
        if (this.hasPhone(id)) ids.push(id);
        else this.forget(id);
      }
      const heard = this.listener?.wants(centerId) === true;
      if (!ids.length && !heard) continue;
      const places = this.statuses.placesOf(centerId);
      if (heard) this.listener?.placesOf(centerId, places);
      for (const id of ids) due.push({ id, version: this.watched.get(id)!.version, place: places.get(id) ?? null });
    }
    this.delivering = true;
    this.deliver(due, 0);
  }

  /**
   * Tells the phones of a round PLACES_PER_TURN at a time, letting the requests that came in meanwhile
   * go between (10,000 phones take the thread about half a second, which a Call next must not wait
   * behind). A phone its room was sent a fresh status since the round was worked out (the ticket was
   * called, moved on to its next field, or another phone started watching it) is skipped: the place
   * from before would undo it; the event that sent it starts the next round.
   */
  private deliver(due: readonly Due[], from: number): void {
    const next = from + PLACES_PER_TURN;
    try {
      for (const { id, version, place } of due.slice(from, next)) {
        const entry = this.watched.get(id);
        // A phone that left since is told nothing (nor read for: the server may be stopping).
        if (!entry || entry.version !== version || !this.hasPhone(id)) continue;
        // No longer waiting as of the round (its own event is on its way): its whole status is read again.
        if (!place) this.send(this.statuses.status(id), { onlyIfChanged: true });
        else if (!samePlace(place, entry.sent)) this.sendPlace(entry, { id, ...place });
      }
    } finally {
      if (next < due.length) setImmediate(() => this.deliver(due, next));
      else {
        this.delivering = false;
        if (this.dirty.size) this.armRound();
      }
    }
  }

  private send(status: TicketStatus, { onlyIfChanged = false } = {}): void {
    const before = this.watched.get(status.id)?.sent;
    this.remember(status);
    if (onlyIfChanged && before && JSON.stringify(before) === JSON.stringify(status)) return;
    this.io.to(ticketRoom(status.id)).emit('ticket:status', status);
  }

  /** A waiting ticket's new place, to a room that holds its status: only what moved. */
  private sendPlace(entry: Watched, place: TicketPlace): void {
    entry.sent = withPlace(entry.sent, place);
    this.io.to(ticketRoom(place.id)).emit('ticket:place', place);
  }

  /** Keeps the status sent; a waiting ticket is also listed under its center, for place updates. */
  private remember(status: TicketStatus): void {
    this.watched.set(status.id, { centerId: status.centerId, sent: status, version: ++this.statusesSent });
    let members = this.byCenter.get(status.centerId);
    if (!members) this.byCenter.set(status.centerId, (members = new Set()));
    if (status.state === 'waiting') members.add(status.id);
    else members.delete(status.id);
  }

  /** Rooms vanish when their last phone disconnects. */
  private hasPhone(ticketId: number): boolean {
    return this.io.sockets.adapter.rooms.has(ticketRoom(ticketId));
  }

  private forget(ticketId: number): void {
    const entry = this.watched.get(ticketId);
    if (!entry) return;
    this.watched.delete(ticketId);
    this.byCenter.get(entry.centerId)?.delete(ticketId);
  }
}
