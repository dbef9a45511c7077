// Which wall displays cannot play sound, as they report it over their sockets (`wall:sound`). Held
// in memory, per socket: a screen that goes away is forgotten with its socket, and every screen
// reports again after each join, so a restart loses nothing that matters. The manager board reads
// the list (BoardView.silentWalls) and is told of each change.
import type { SilentWall } from '../../shared/types.js';
import type { CenterEventSink } from './center-events.js';

export class WallSound {
  /** Socket id → the silent wall it is, and its center. */
  private readonly silentBySocket = new Map<string, { centerId: string; wall: SilentWall }>();

  constructor(private readonly sink: CenterEventSink) {}

  /** A screen (by its socket) of `centerId` says its sound is blocked, or plays. */
  report(socketId: string, centerId: string, wall: SilentWall, blocked: boolean): void {
    const before = this.silentBySocket.get(socketId);
    if (blocked) this.silentBySocket.set(socketId, { centerId, wall });
    else this.silentBySocket.delete(socketId);
    if (before && before.centerId !== centerId) this.changed(before.centerId);
    if (blocked !== (before?.centerId === centerId)) this.changed(centerId);
  }

  /** The socket went, or joined another center. */
  forget(socketId: string): void {
    const before = this.silentBySocket.get(socketId);
    if (!before) return;
    this.silentBySocket.delete(socketId);
    this.changed(before.centerId);
  }

  silent(centerId: string): SilentWall[] {
    return [...this.silentBySocket.values()].filter((s) => s.centerId === centerId).map((s) => s.wall);
  }

  private changed(centerId: string): void {
    this.sink(centerId, { name: 'walls:sound', payload: this.silent(centerId) });
  }
}
