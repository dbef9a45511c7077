// What the domain tells the outside world after a committed change. The shape comes from the
// socket contract in shared/, but the domain does not know who listens.
import type { ServerToClientEvents } from '../../shared/events.js';

export type CenterEvent = {
  [K in keyof ServerToClientEvents]: { name: K; payload: Parameters<ServerToClientEvents[K]>[0] };
}[keyof ServerToClientEvents];

export type CenterEventSink = (centerId: string, event: CenterEvent) => void;
