// Row 3: many sockets held at once — the server's resident memory, and whether every one of them
// still receives a call. With 'ticket:watch', each socket is a citizen's phone following its own
// ticket, and must hear its own ticket called; without it, center-room sockets hear one call.
// Baseline: a bare socket.io server holding as many sockets.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TicketCalled } from '../../shared/events.js';
import type { TicketPlace, TicketStatus } from '../../shared/types.js';
import { CounterClerk } from './api.js';
import type { ChildServer } from './child-process.js';
import { sleep, thousands, type RowContext } from './row-context.js';
import { startMotcua, startSocketIoBaseline, type BenchServer } from './servers.js';
import { ArrivalRecorder, closeAll, connectDisplays, connectWatchers, watchSupported, type BenchSocket } from './sockets.js';
import { ms, percentile } from './stats.js';
import type { BenchRow } from './table.js';

const TARGET_RSS_MB = 600;
const WAIT_MS = 30_000;
const COUNTERS = [1, 2, 3, 4, 5, 6];

interface Held {
  rss: number;
  received: number;
  figure: string;
  note: string;
  data: Record<string, unknown>;
}

export async function socketsHeldRow({ counts, cpuProfileDir }: RowContext): Promise<BenchRow> {
  const n = counts.heldSockets;
  const baselineRss = await bareSocketIoRss(n);
  const server = await startMotcua('sockets held', { waiting: n, cpuProfileDir });
  let held: Held;
  try {
    held = (await watchSupported(server.baseUrl))
      ? await phonesWatchingTickets(server, n, counts.watchCallSeconds)
      : await centerRoomSockets(server, n);
  } finally {
    await server.stop();
  }
  return {
    name: `Sockets held: ${thousands(n)} at once`,
    figure: `RSS ${Math.round(held.rss)} MB; ${held.figure}`,
    target: `RSS ≤ ${TARGET_RSS_MB} MB, every socket gets its call`,
    baseline: `bare socket.io RSS ${Math.round(baselineRss)} MB`,
    pass: held.rss <= TARGET_RSS_MB && held.received === n,
    data: { sockets: n, rssMb: held.rss, baselineRssMb: baselineRss, received: held.received, ...held.data },
    note: held.note,
  };
}

async function bareSocketIoRss(n: number): Promise<number> {
  const bare = await startSocketIoBaseline();
  try {
    const sockets = await connectDisplays(bare.baseUrl, n, 250);
    const rss = await settledRss(bare);
    closeAll(sockets);
    return rss;
  } finally {
    await bare.stop();
  }
}

/** Each socket watches its own waiting ticket; six counters call until every phone heard its call. */
async function phonesWatchingTickets(server: BenchServer, n: number, callSeconds: number): Promise<Held> {
  const tokens = JSON.parse(readFileSync(join(server.dataDir, 'tokens.json'), 'utf8')) as string[];
  const watchers = await connectWatchers(server.baseUrl, tokens, 250);
  const clerks: CounterClerk[] = [];
  try {
    const rss = await settledRss(server);
    const heard = new Uint8Array(n);
    /** Ticket id → when its Call next was sent, and when its phone heard the call. */
    const callSent = new Map<number, number>();
    const heardAt = new Map<number, number>();
    let received = 0;
    let foreign = 0;
    let dropped = 0;
    watchers.forEach((w, i) => {
      w.socket.on('ticket:status', (status: TicketStatus) => {
        if (status.id !== w.ticketId) foreign++;
        else if (status.state === 'called' && !heard[i]) {
          heard[i] = 1;
          received++;
          heardAt.set(status.id, performance.now());
        }
      });
      // Place rounds send the place alone ('ticket:place'): it too must be this phone's ticket's.
      w.socket.on('ticket:place', (place: TicketPlace) => {
        if (place.id !== w.ticketId) foreign++;
      });
      // A server too busy to answer heartbeats loses its phones (socket.io ping timeout).
      w.socket.on('disconnect', () => dropped++);
    });
    for (const number of COUNTERS) clerks.push(await CounterClerk.open(server.baseUrl, number));
    const cpuBefore = server.cpuSeconds();
    const began = performance.now();
    const deadline = began + callSeconds * 1000;
    let calls = 0;
    await Promise.all(
      clerks.map(async (clerk) => {
        while (received < n && performance.now() < deadline) {
          const sentAt = performance.now();
          const reply = await clerk.api.request<{ error?: { code: string } } & Parameters<CounterClerk['serve']>[0]>(
            'POST',
            `/api/counters/${clerk.counterId}/call-next`,
            {},
          );
          if (reply.body.error?.code === 'queue-empty') return;
          if (reply.status >= 300) throw new Error(`call-next → ${reply.status} ${JSON.stringify(reply.body)}`);
          callSent.set(reply.body.id, sentAt);
          calls++;
          await clerk.serve(reply.body);
        }
      }),
    );
    const seconds = (performance.now() - began) / 1000;
    // The server's own work for the calls, less noisy than their wall time on a shared box.
    const cpuAfter = server.cpuSeconds();
    const cpu = { all: cpuAfter.all - cpuBefore.all, main: cpuAfter.main - cpuBefore.main };
    await sleep(1000);
    const delays = [...callSent].flatMap(([id, sent]) => (heardAt.has(id) ? [heardAt.get(id)! - sent] : []));
    return {
      rss,
      received,
      figure:
        `${thousands(received)}/${thousands(n)} phones heard their own call (${calls} calls in ${seconds.toFixed(0)} s; ` +
        `Call next → phone p50 ${ms(percentile(delays, 50))} ms, p99 ${ms(percentile(delays, 99))} ms; ` +
        `server CPU ${cpu.all.toFixed(0)} s, main thread ${cpu.main.toFixed(0)} s)`,
      note:
        `Per-ticket 'ticket:watch' sockets, six counters calling for at most ${callSeconds} s; ${thousands(dropped)} phones ` +
        `were disconnected by the server; ${foreign} statuses or places of another ticket reached a phone.`,
      data: {
        mode: 'ticket:watch',
        calls,
        seconds,
        callsPerSecond: calls / seconds,
        foreign,
        dropped,
        callToPhoneP50: percentile(delays, 50),
        callToPhoneP99: percentile(delays, 99),
        serverCpuSeconds: cpu.all,
        mainThreadCpuSeconds: cpu.main,
      },
    };
  } finally {
    closeAll(watchers.map((w) => w.socket));
    await Promise.all(clerks.map((c) => c.close()));
  }
}

/** Fallback while 'ticket:watch' does not exist: center-room sockets and one call. */
async function centerRoomSockets(server: BenchServer, n: number): Promise<Held> {
  const clerk = await CounterClerk.open(server.baseUrl, 1);
  let sockets: BenchSocket[] = [];
  try {
    sockets = await connectDisplays(server.baseUrl, n, 250);
    const rss = await settledRss(server);
    const called = new ArrivalRecorder<TicketCalled>(sockets, 'ticket:called');
    called.arm();
    await clerk.callNext();
    const times = await called.wait(WAIT_MS);
    return {
      rss,
      received: times.length,
      figure: `${thousands(times.length)}/${thousands(n)} got the call (p99 ${ms(percentile(times, 99))} ms)`,
      note: "Center-room sockets: the per-ticket 'ticket:watch' status sockets did not exist at this run.",
      data: { mode: 'center room', p50: percentile(times, 50), p99: percentile(times, 99) },
    };
  } finally {
    closeAll(sockets);
    await clerk.close();
  }
}

/** The highest of a few RSS readings once the connections have settled. */
async function settledRss(server: ChildServer): Promise<number> {
  let highest = 0;
  for (let i = 0; i < 4; i++) {
    await sleep(500);
    highest = Math.max(highest, server.rssMb());
  }
  return highest;
}
