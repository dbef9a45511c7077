// What every part of the bench agrees on: the demo center, its passwords, the instant the server's
// clock starts from (tickets are refused outside sessions), and the counts of full and quick mode.

export const CENTER_ID = 'hoa-binh';
export const PASSWORDS = { admin: 'bench-admin', demo: 'bench-demo' } as const;
/** Monday 09:00 in Hà Nội: inside the morning session, not a fast-track day. */
export const CLOCK_AT = '2026-11-23T09:00:00+07:00';

export interface BenchCounts {
  /** Ticket issue: seconds of load after one second of warm-up. */
  issueSeconds: number;
  issueConnections: number;
  /** Live updates: display sockets and measured calls. */
  liveSockets: number;
  liveCalls: number;
  /** Sockets held at once. */
  heldSockets: number;
  /** Per-ticket sockets: how long the six counters may take to call every watched ticket. */
  watchCallSeconds: number;
  /** Queue cost: waiting tickets of the small and the large queue, and Call next samples on each. */
  smallQueue: number;
  largeQueue: number;
  queueCalls: number;
  /** Report row: tickets of history. */
  historyTickets: number;
  reportRequests: number;
  /**
   * Estimate row: the simulated Friday played in virtual time — the seeds the predictor was tuned on,
   * the one held out (never used while tuning), how many citizens come, and whether the bound (every
   * arrival known) is played beside it.
   */
  estimateDays: { seeds: number[]; holdout: number | null; citizens: number; bound: boolean };
  /**
   * Province peak (row 7): centers seeded and connected; the loads tried in turn, in centers' worth (the
   * server's clock runs worth / centers times fast); real seconds each is played; load generator
   * processes; the row's time limit; how long a step may wait for others' work on the box to end.
   */
  provincePeak: { centers: number; worth: number[]; playSeconds: number; generators: number; limitSeconds: number; quietWait: number };
}

export const FULL: BenchCounts = {
  issueSeconds: 10,
  issueConnections: 64,
  liveSockets: 2000,
  liveCalls: 30,
  heldSockets: 10_000,
  watchCallSeconds: 240,
  smallQueue: 100,
  largeQueue: 100_000,
  queueCalls: 200,
  historyTickets: 250_000,
  reportRequests: 20,
  // The whole Friday (a fast-track day), seeds 1–5 and 6, with the bound: about six minutes.
  estimateDays: { seeds: [1, 2, 3, 4, 5], holdout: 6, citizens: 200, bound: true },
  // 100 centers' peak hour at 1× … 100× (the whole hour in 100 s at 36×, in 36 s at 100×) while the load holds.
  provincePeak: {
    centers: 100,
    worth: [100, 300, 1000, 3000, 6000, 10_000],
    playSeconds: 100,
    generators: 3,
    limitSeconds: 14 * 60,
    quietWait: 20,
  },
};

export const QUICK: BenchCounts = {
  issueSeconds: 2,
  issueConnections: 64,
  liveSockets: 300,
  liveCalls: 5,
  heldSockets: 500,
  watchCallSeconds: 15,
  smallQueue: 100,
  largeQueue: 10_000,
  queueCalls: 30,
  historyTickets: 10_000,
  reportRequests: 3,
  // One seed, without the bound: about half a minute.
  estimateDays: { seeds: [1], holdout: null, citizens: 200, bound: false },
  // 10 centers at 10× and 30×, 30 s each.
  provincePeak: { centers: 10, worth: [100, 300], playSeconds: 30, generators: 2, limitSeconds: 165, quietWait: 5 },
};
