// The typed Socket.IO contract. Screens only listen; every change goes through the HTTP API and
// is broadcast here in the past tense to the center's room.
import type { ApiResult } from './errors.js';
import type { JoinCenterRequest, WallSoundReport, WatchTicketRequest } from './schemas.js';
import type {
  CallView,
  CenterInfo,
  CenterSnapshot,
  CounterView,
  FastTrackDossier,
  FieldWaiting,
  SessionStatus,
  SilentWall,
  StaffView,
  TicketPlace,
  TicketStatus,
  TicketView,
} from './types.js';

/** Sent with every ticket event so boards can update their counts without asking. */
export interface TicketChange {
  ticket: TicketView;
  waiting: FieldWaiting[];
}

export interface TicketCalled extends TicketChange {
  call: CallView;
}

export interface ServerToClientEvents {
  'ticket:issued': (change: TicketChange) => void;
  'ticket:called': (change: TicketCalled) => void;
  'ticket:started': (change: TicketChange) => void;
  'ticket:finished': (change: TicketChange) => void;
  'ticket:no-show': (change: TicketChange) => void;
  'ticket:transferred': (change: TicketChange) => void;
  /** Part of a visit finished; the ticket waits in its next field (shared/rules/visit-route.ts). */
  'ticket:moved-on': (change: TicketChange) => void;
  'ticket:cancelled': (change: TicketChange) => void;
  /** The records system said a dossier's result is ready, refused or needs a supplement (the line's recordsStatus). */
  'ticket:result-status': (change: TicketChange) => void;
  'counter:updated': (counter: CounterView) => void;
  /** A fast-track dossier moved a step (received, appraised, approved or refused, returned). */
  'fast-track:updated': (dossier: FastTrackDossier) => void;
  /** Sessions, holidays or fast-track settings changed: screens fetch the calendar again. */
  'calendar:updated': (status: SessionStatus) => void;
  /** The center's settings changed (e.g. the spoken call line): screens redraw with them. */
  'center:updated': (center: CenterInfo) => void;
  /** A wall display of the center found its sound blocked, or working again: the walls silent now. */
  'walls:sound': (silent: SilentWall[]) => void;
  /** Sent only to the room of one watched ticket (`ticket:watch`): its own status, never another's. */
  'ticket:status': (status: TicketStatus) => void;
  /**
   * To the same room, while the ticket waits: its new place, only when what its page shows changed
   * (another ticket's event, a counter, a new wait forecast). Merged into the last status (withPlace).
   */
  'ticket:place': (place: TicketPlace) => void;
}

/** Every `ticket:*` event but the watched ticket's own status and place: what happened to a ticket. */
export type TicketEventName = Exclude<Extract<keyof ServerToClientEvents, `ticket:${string}`>, 'ticket:status' | 'ticket:place'>;

/** A ticket event with its payload, as one value that narrows on `name`. */
export type TicketEvent = {
  [K in TicketEventName]: { name: K; change: Parameters<ServerToClientEvents[K]>[0] };
}[TicketEventName];

// A new ticket event in the map above is a type error here until it is listed: no screen can miss it.
const TICKET_EVENT_NAMES: Record<TicketEventName, true> = {
  'ticket:issued': true,
  'ticket:called': true,
  'ticket:started': true,
  'ticket:finished': true,
  'ticket:no-show': true,
  'ticket:transferred': true,
  'ticket:moved-on': true,
  'ticket:cancelled': true,
  'ticket:result-status': true,
};

/** Every ticket event, for clients that handle them alike. */
export const TICKET_EVENTS = Object.keys(TICKET_EVENT_NAMES) as readonly TicketEventName[];

export interface ClientToServerEvents {
  /** Join a center's room; the ack carries the snapshot to draw before applying events. */
  'center:join': (req: JoinCenterRequest, ack: (res: ApiResult<CenterSnapshot>) => void) => void;
  /** Public: follow one ticket by its status token (the citizen's phone); the ack carries its status now. */
  'ticket:watch': (req: WatchTicketRequest, ack: (res: ApiResult<TicketStatus>) => void) => void;
  /**
   * A wall display that joined its center says whether its sound plays; repeated after every join
   * (the server forgets a screen when its socket goes). The ack echoes the report taken.
   */
  'wall:sound': (req: WallSoundReport, ack: (res: ApiResult<WallSoundReport>) => void) => void;
}

export interface SocketData {
  staff: StaffView | null;
  /** The staff session the socket came with (signing out cuts it), or null. */
  sessionId: string | null;
  centerId: string | null;
  /** The ticket this socket watches, if any (one at a time). */
  ticketId: number | null;
  /** A paired screen (wall, kiosk, rating), from its device cookie. */
  deviceId: number | null;
}
