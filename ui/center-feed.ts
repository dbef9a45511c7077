// A screen's live link to its center: joins the center's room, draws the snapshot from the join's
// ack, then applies events. On every reconnect it joins again and gets a fresh snapshot, so a
// screen that lost the server shows the current state without a reload (ui/live-socket.ts: when and
// how the link comes back).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { TICKET_EVENTS, type TicketEvent } from '../shared/events.js';
import type { CenterInfo, CenterSnapshot, FastTrackDossier, SessionStatus, SilentWall } from '../shared/types.js';
import { applyCounterUpdate, applyTicketEvent } from './center-state.js';
import { openLiveSocket, type LiveSocketLink } from './live-socket.js';
import { noteServerTime } from './server-time.js';

export interface CenterFeedHandlers {
  /** Called for each live ticket event, after the state has been updated (not for the snapshot). */
  onTicketEvent?(event: TicketEvent): void;
  /** Called after every (re)join with the fresh snapshot. */
  onSnapshot?(snapshot: CenterSnapshot): void;
  /** Sessions, holidays or fast-track settings changed. */
  onCalendarUpdated?(status: SessionStatus): void;
  /** A fast-track dossier moved a step. */
  onFastTrackUpdated?(dossier: FastTrackDossier): void;
  /** A manager changed the center's settings (queue rules, call line). */
  onCenterUpdated?(center: CenterInfo): void;
  /** A wall display's sound was found blocked, or plays again. */
  onWallSound?(silent: SilentWall[]): void;
}

export class CenterFeed implements ReactiveController {
  snapshot: CenterSnapshot | null = null;
  /** False while the server is unreachable: screens show the "mất kết nối" marker. */
  connected = false;
  joinError: string | null = null;
  /** The center requires pairing and this screen is not (or no longer) paired: it shows the way to /pair. */
  notPaired = false;
  private link: LiveSocketLink | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly centerId: string,
    private readonly handlers: CenterFeedHandlers = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.link = openLiveSocket(
      {
        rejoin: (socket) =>
          socket.emit('center:join', { centerId: this.centerId }, (res) => {
            this.notPaired = 'error' in res && res.error.code === 'device-not-paired';
            if ('error' in res) {
              this.joinError = res.error.message;
            } else {
              this.joinError = null;
              noteServerTime(res.serverTime);
              this.snapshot = res;
              this.connected = true;
              this.handlers.onSnapshot?.(res);
            }
            this.host.requestUpdate();
          }),
        onDown: () => {
          this.connected = false;
          this.host.requestUpdate();
        },
      },
      { withCredentials: true },
    );
    const { socket } = this.link;
    for (const name of TICKET_EVENTS) {
      socket.on(name, (change: TicketEvent['change']) => this.applyTicket({ name, change } as TicketEvent));
    }
    socket.on('calendar:updated', (status) => this.handlers.onCalendarUpdated?.(status));
    socket.on('fast-track:updated', (dossier) => this.handlers.onFastTrackUpdated?.(dossier));
    socket.on('walls:sound', (silent) => this.handlers.onWallSound?.(silent));
    // A manager's change of the center's settings (queue rules, the spoken call line) applies at once.
    socket.on('center:updated', (center) => {
      if (this.snapshot) this.snapshot = { ...this.snapshot, center };
      this.handlers.onCenterUpdated?.(center);
      this.host.requestUpdate();
    });
    socket.on('counter:updated', (counter) => {
      if (this.snapshot) this.snapshot = applyCounterUpdate(this.snapshot, counter);
      this.host.requestUpdate();
    });
  }

  /** A wall display says whether its sound plays; it says it again after each (re)join (onSnapshot). */
  reportWallSound(blocked: boolean): void {
    // Not buffered while the link is down: it would reach the server before the join.
    if (this.connected) this.link?.socket.emit('wall:sound', { blocked }, () => {});
  }

  hostDisconnected(): void {
    this.link?.close();
    this.link = null;
  }

  private applyTicket(event: TicketEvent): void {
    if (!this.snapshot) return;
    this.snapshot = applyTicketEvent(this.snapshot, event);
    this.handlers.onTicketEvent?.(event);
    this.host.requestUpdate();
  }
}
