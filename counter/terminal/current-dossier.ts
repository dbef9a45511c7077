// The "4 tại chỗ" steps of the fast-lane ticket being served at the counter: loaded when it starts
// (Start records step 1, so a dossier exists from then on), then kept live by the center feed's
// 'fast-track:updated', and loaded again after a reconnect.
import type { ReactiveControllerHost } from 'lit';
import type { FastTrackDossier, TicketView } from '../../shared/types.js';
import { ticketDossier } from '../../ui/data/fast-track.js';

export class CurrentDossier {
  dossier: FastTrackDossier | null = null;
  private ticketId: number | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (message: string) => void,
  ) {}

  /** Follows the ticket now at the counter; only a fast-lane ticket being served has a dossier. */
  follow(ticket: TicketView | null): void {
    const id = ticket?.lane === 'fast' && ticket.state === 'serving' ? ticket.id : null;
    if (id === this.ticketId) return;
    this.ticketId = id;
    this.dossier = null;
    this.host.requestUpdate();
    void this.reload();
  }

  /** A newer state of a dossier (from an action's answer or the live feed); others' dossiers are ignored. */
  set(dossier: FastTrackDossier): void {
    if (dossier.ticketId !== this.ticketId) return;
    this.dossier = dossier;
    this.host.requestUpdate();
  }

  /** Loads the followed dossier again, e.g. after a reconnect, when steps may have moved unseen. */
  async reload(): Promise<void> {
    const ticketId = this.ticketId;
    if (ticketId === null) return;
    const res = await ticketDossier(ticketId);
    if ('error' in res) return this.onError(res.error.message);
    this.set(res);
  }
}
