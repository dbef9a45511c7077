// The live events CenterFeed does not forward: fast-track steps and calendar changes. They come on
// a socket of this controller's own, which joins the center's room like CenterFeed's does (and
// again after every reconnect, when `rejoined` lets the screen catch up on what it missed).
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '../../shared/events.js';
import type { FastTrackDossier, SessionStatus } from '../../shared/types.js';

export interface CenterEventHandlers {
  fastTrack?(dossier: FastTrackDossier): void;
  calendar?(status: SessionStatus): void;
  /** After every (re)join: events may have been missed while the link was down. */
  rejoined?(): void;
}

export class CenterEvents implements ReactiveController {
  private socket: Socket<ServerToClientEvents, ClientToServerEvents> | null = null;
  private centerId: string | null = null;

  constructor(
    host: ReactiveControllerHost,
    private readonly handlers: CenterEventHandlers,
  ) {
    host.addController(this);
  }

  /** Listens to a center's room (the center is known only once staff have signed in). */
  watch(centerId: string): void {
    if (this.socket && this.centerId === centerId) return;
    this.centerId = centerId;
    this.disconnect();
    this.connect();
  }

  stop(): void {
    this.centerId = null;
    this.disconnect();
  }

  hostConnected(): void {
    if (this.centerId && !this.socket) this.connect();
  }

  hostDisconnected(): void {
    this.disconnect();
  }

  private connect(): void {
    const centerId = this.centerId;
    if (!centerId) return;
    const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io({ withCredentials: true });
    this.socket = socket;
    socket.on('connect', () => {
      socket.emit('center:join', { centerId }, (res) => {
        if (!('error' in res)) this.handlers.rejoined?.();
      });
    });
    socket.on('fast-track:updated', (dossier) => this.handlers.fastTrack?.(dossier));
    socket.on('calendar:updated', (status) => this.handlers.calendar?.(status));
  }

  private disconnect(): void {
    this.socket?.disconnect();
    this.socket = null;
  }
}
