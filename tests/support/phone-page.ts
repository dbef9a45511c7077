// What a phone's status page holds of its ticket, as ui/ticket-feed.ts keeps it: the status from the
// watch's ack, each 'ticket:status' in its place, each 'ticket:place' merged in (shared/ticket-place.ts).
// Tests read places here rather than off one event, since a place comes as a small delta.
import { withPlace } from '../../shared/ticket-place.js';
import type { TicketStatus } from '../../shared/types.js';
import { connectPhone, type ClientSocket } from './center-socket.js';

export class PhonePage {
  status: TicketStatus;
  private waiters: ((status: TicketStatus) => void)[] = [];

  constructor(
    readonly socket: ClientSocket,
    first: TicketStatus,
  ) {
    this.status = first;
    socket.on('ticket:status', (status) => {
      if (status.id === this.status.id) this.show(status);
    });
    socket.on('ticket:place', (place) => {
      if (place.id === this.status.id) this.show(withPlace(this.status, place));
    });
  }

  /** The page's next status that matches. Start waiting BEFORE the action that causes it. */
  next(match: (status: TicketStatus) => boolean = () => true, timeoutMs = 3000): Promise<TicketStatus> {
    return new Promise((resolve, reject) => {
      const waiter = (status: TicketStatus) => {
        if (!match(status)) return;
        clearTimeout(timer);
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(status);
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        reject(new Error(`the page of ticket ${this.status.id} showed no matching status within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  private show(status: TicketStatus): void {
    this.status = status;
    for (const waiter of [...this.waiters]) waiter(status);
  }
}

/** A phone's page following the ticket of `token` (connectPhone). */
export async function openPhonePage(baseUrl: string, token: string): Promise<PhonePage> {
  const { socket, status } = await connectPhone(baseUrl, token);
  return new PhonePage(socket, status);
}
