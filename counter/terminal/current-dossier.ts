// The "4 tại chỗ" steps of the fast-lane ticket at the counter: loaded when such a ticket arrives
// (there is no single-dossier route, so from the day's list), then kept live by 'fast-track:updated'.
import type { ReactiveControllerHost } from 'lit';
import type { FastTrackDossier, TicketView } from '../../shared/types.js';
import { fastTrackToday } from '../../ui/data/fast-track.js';
import { CenterEvents } from '../components/center-events.js';

export class CurrentDossier {
  dossier: FastTrackDossier | null = null;
  private ticketId: number | null = null;
  private centerId: string | null = null;
  private readonly events: CenterEvents;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onError: (message: string) => void,
  ) {
    this.events = new CenterEvents(host, {
      fastTrack: (dossier) => this.set(dossier),
      rejoined: () => void this.reload(),
    });
  }

  /** Follows the ticket now at the counter; only a fast-lane ticket has a dossier. */
  follow(centerId: string, ticket: TicketView | null): void {
    this.centerId = centerId;
    this.events.watch(centerId);
    const id = ticket?.lane === 'fast' ? ticket.id : null;
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

  private async reload(): Promise<void> {
    const { ticketId, centerId } = this;
    if (ticketId === null || centerId === null) return;
    const res = await fastTrackToday(centerId);
    if ('error' in res) return this.onError(res.error.message);
    const dossier = res.all.find((d) => d.ticketId === ticketId);
    if (dossier) this.set(dossier);
  }
}
