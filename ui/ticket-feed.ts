// A citizen's phone's live link to one ticket: watches it by its status token, takes the status from
// the watch's ack, then each 'ticket:status' the server sends to that ticket's room, and merges in
// each 'ticket:place' (the place alone, while it waits: shared/ticket-place.ts). On every reconnect it
// watches again and gets the current status, so a phone that lost the network, or saw the server
// restart, catches up (ui/live-socket.ts: when and how the link comes back).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withPlace } from '../shared/ticket-place.js';
import type { TicketStatus } from '../shared/types.js';
import { openLiveSocket, type LiveSocketLink } from './live-socket.js';

export class TicketFeed implements ReactiveController {
  status: TicketStatus | null = null;
  /** False while the server is unreachable: the page shows the "mất kết nối" marker. */
  connected = false;
  /** The token matches no ticket. */
  notFound = false;
  private link: LiveSocketLink | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly token: string,
    /** Called with every status, the first one (from the ack) and each place merged in included, and the one before it. */
    private readonly onStatus: (status: TicketStatus, previous: TicketStatus | null) => void = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.link = openLiveSocket({
      rejoin: (socket) =>
        socket.emit('ticket:watch', { token: this.token }, (res) => {
          if ('error' in res) {
            this.notFound = res.error.code === 'ticket-not-found';
          } else {
            this.connected = true;
            this.apply(res);
          }
          this.host.requestUpdate();
        }),
      onDown: () => {
        this.connected = false;
        this.host.requestUpdate();
      },
    });
    this.link.socket.on('ticket:status', (status) => {
      // The room carries only this ticket; the check keeps it so whatever the server does.
      if (this.status && status.id !== this.status.id) return;
      this.apply(status);
      this.host.requestUpdate();
    });
    this.link.socket.on('ticket:place', (place) => {
      // Nothing to merge it into before the first status; another ticket's place is not this page's.
      if (!this.status || place.id !== this.status.id) return;
      this.apply(withPlace(this.status, place));
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    this.link?.close();
    this.link = null;
  }

  /** The page's own rating reached the server: stop offering it. */
  markRated(): void {
    if (this.status) this.status = { ...this.status, rated: true };
    this.host.requestUpdate();
  }

  private apply(status: TicketStatus): void {
    const previous = this.status;
    this.status = status;
    this.onStatus(status, previous);
  }
}
