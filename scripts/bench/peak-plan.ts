// What row 7 (province peak) passes between its processes: the plan prepare-province.ts writes beside
// the database (centers, their counters' staff sessions, the standing queue, the peak hour's arrivals),
// and the messages between the row and its load generators (peak-generator.ts).
import type { PriorityKind } from '../../shared/types.js';

/** What the clerk does with a ticket once called: the simulator's service time and no-shows. */
export interface Visit {
  /** Minutes at the counter (server minutes). */
  serviceMinutes: number;
  /** Leaves before being called: two recalls, then a no-show. */
  noShow: boolean;
}

/** A ticket already waiting when the peak hour begins (phones follow these). */
export interface QueuedTicket extends Visit {
  ticketId: number;
  token: string;
}

/** A citizen who takes a kiosk ticket during the peak hour. */
export interface Arrival extends Visit {
  /** Server minutes after the peak hour's start. */
  offsetMinutes: number;
  procedureIds: number[];
  priority: PriorityKind | null;
}

export interface CenterPlan {
  id: string;
  /** Each counter with the session token of the clerk signed in there. */
  counters: { id: number; number: number; session: string }[];
  /** Oldest first. */
  queue: QueuedTicket[];
  /** In time order. */
  arrivals: Arrival[];
  /** Procedures whose result is handed over at once ('returned'); the others get an appointment. */
  returnedAtOnce: number[];
}

export interface PeakPlan {
  clockAt: string;
  /** The simulator's busiest hour of the day (local HH:MM), whose arrivals are played. */
  window: { from: string; to: string };
  /** Citizens a center sees in the whole simulated day, and in the hour played (all centers together). */
  citizensPerDay: number;
  arrivalsInWindow: number;
  centers: CenterPlan[];
}

export interface GeneratorSetup {
  type: 'setup';
  baseUrl: string;
  planFile: string;
  /** This generator takes the centers whose index ≡ index (mod of). */
  index: number;
  of: number;
  wallsPerCenter: number;
  phonesPerCenter: number;
  speed: number;
  httpConnections: number;
}

export interface GeneratorStart {
  type: 'start';
  /** Server minutes of demand to play. */
  minutes: number;
}

export type ToGenerator = GeneratorSetup | GeneratorStart | { type: 'stop' };

export interface GeneratorReady {
  type: 'ready';
  centers: number;
  counters: number;
  walls: number;
  phones: number;
}

export interface GeneratorResult {
  type: 'result';
  /** Milliseconds: kiosk POST → answer; Call next sent → each wall's ticket:called; → the phone's 'called' status. */
  issue: number[];
  wall: number[];
  phone: number[];
  calls: number;
  issued: number;
  /** Wall arrivals and phone 'called' statuses that never came (within the play and a grace second). */
  wallMissing: number;
  phoneMissing: number;
  /** Sockets the server closed on us; phones opened during the play for new tickets. */
  dropped: number;
  phonesOpened: number;
  errors: Record<string, number>;
  firstError: string | null;
  /** The generator's own event-loop delay over the play (ms), and CPU seconds it used. */
  lagP50: number;
  lagP99: number;
  lagMax: number;
  cpuSeconds: number;
  seconds: number;
  /** How late arrivals were sent against their schedule (real ms, p99). */
  slipP99: number;
}

export type FromGenerator = GeneratorReady | GeneratorResult | { type: 'failed'; message: string };
