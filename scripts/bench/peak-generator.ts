// Row 7's load generator, a child process of the bench (forked with an IPC channel): it takes every
// `of`-th center of the plan and plays their peak hour against the server. Per center: the counter
// screens (staff sockets in the center's room) and a clerk at each counter calling, recalling,
// starting and finishing over HTTP; the wall displays (sockets in the room); the phones (a socket per
// watched ticket: the standing queue's, then new tickets' as phones free up); the kiosk issuing each
// arrival's ticket on schedule (open loop: a slow answer never delays the next citizen).
// Everything about one center stays in one process, so each latency is read on one clock.
import { readFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { io, type Socket } from 'socket.io-client';
import { Pool } from 'undici';
import type { ClientToServerEvents, ServerToClientEvents, TicketCalled } from '../../shared/events.js';
import type { IssuedTicket, SessionStatus, TicketStatus, TicketView } from '../../shared/types.js';
import { seededRng } from '../../tests/support/prng.js';
import { ServerClock } from '../simulate/server-clock.js';
import type { CenterPlan, FromGenerator, GeneratorResult, GeneratorSetup, PeakPlan, ToGenerator, Visit } from './peak-plan.js';
import { percentile } from './stats.js';

type PeakSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const PARALLEL_CONNECTS = 100;
/** Server minutes an idle clerk waits for a new ticket before trying Call next again anyway. */
const IDLE_RETRY_MINUTES = 5;
const GRACE_MS = 1500;
/** Each counter's first call comes at a random point of the hour's first minutes (about one service). */
const FIRST_CALL_WITHIN_MINUTES = 8;

const send = (message: FromGenerator) => process.send?.(message);

interface Center {
  plan: CenterPlan;
  cookies: Map<number, string>;
  walls: PeakSocket[];
  screens: PeakSocket[];
  /** Ticket id → the phone following it. */
  phones: Map<number, PeakSocket>;
  /** Phones open or opening: a new ticket gets one while fewer than phonesPerCenter. */
  phoneSlots: number;
  /** Clerks with nobody to call, woken by the next ticket:issued. */
  idle: (() => void)[];
  returned: Set<number>;
}

let setup: GeneratorSetup;
let pool: Pool;
let clock: ServerClock;
const centers: Center[] = [];
const visits = new Map<number, Visit>();
/** Ticket id → when its Call next was sent; → when each wall heard it called; → when its phone did. */
const callSent = new Map<number, number>();
const wallHeard = new Map<number, number[]>();
const phoneHeard = new Map<number, number>();
/** Calls whose ticket had a phone when it was called. */
const phoneExpected = new Set<number>();
const issueTimes: number[] = [];
const slips: number[] = [];
const errors: Record<string, number> = {};
let firstError: string | null = null;
let dropped = 0;
let phonesOpened = 0;
let closing = false;
let playing = false;
let phase = seededRng(1);

function fail(what: string, detail: string): void {
  errors[what] = (errors[what] ?? 0) + 1;
  firstError ??= `${what}: ${detail.slice(0, 300)}`;
}

interface Reply<T> {
  status: number;
  body: T;
}

async function http<T>(method: 'GET' | 'POST', path: string, body?: unknown, cookie?: string): Promise<Reply<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const res = await pool.request({ method, path, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.body.text();
  return { status: res.statusCode, body: (text ? JSON.parse(text) : null) as T };
}

const errorCode = (body: unknown) => (body as { error?: { code?: string } } | null)?.error?.code ?? 'unknown';

function connect(cookie?: string): Promise<PeakSocket> {
  const socket: PeakSocket = io(setup.baseUrl, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    timeout: 60_000,
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      socket.on('disconnect', () => {
        if (!closing) dropped++;
      });
      resolve(socket);
    });
    socket.once('connect_error', (err) => {
      socket.close();
      reject(err);
    });
  });
}

const refused = (ack: unknown) => !ack || typeof ack !== 'object' || 'error' in ack;

async function joinRoom(center: Center, cookie?: string): Promise<PeakSocket> {
  const socket = await connect(cookie);
  const ack: unknown = await socket.timeout(60_000).emitWithAck('center:join', { centerId: center.plan.id });
  if (refused(ack)) throw new Error(`center:join ${center.plan.id}: ${JSON.stringify(ack)}`);
  return socket;
}

async function openPhone(center: Center, ticketId: number, token: string): Promise<void> {
  center.phoneSlots++;
  const socket = await connect().catch((err: unknown) => {
    center.phoneSlots--;
    throw err;
  });
  socket.on('ticket:status', (status: TicketStatus) => {
    if (status.id === ticketId && status.state === 'called' && !phoneHeard.has(ticketId)) phoneHeard.set(ticketId, performance.now());
  });
  center.phones.set(ticketId, socket);
  const ack: unknown = await socket.timeout(60_000).emitWithAck('ticket:watch', { token });
  if (refused(ack)) throw new Error(`ticket:watch: ${JSON.stringify(ack)}`);
}

function closePhone(center: Center, ticketId: number): void {
  const socket = center.phones.get(ticketId);
  if (!socket) return;
  center.phones.delete(ticketId);
  center.phoneSlots--;
  socket.off('disconnect');
  socket.close();
}

/** Runs `tasks` with at most PARALLEL_CONNECTS at once. */
async function inBatches(tasks: (() => Promise<unknown>)[]): Promise<void> {
  for (let i = 0; i < tasks.length; i += PARALLEL_CONNECTS) await Promise.all(tasks.slice(i, i + PARALLEL_CONNECTS).map((t) => t()));
}

async function prepare(message: GeneratorSetup): Promise<void> {
  setup = message;
  phase = seededRng(1 + setup.index);
  pool = new Pool(setup.baseUrl, { connections: setup.httpConnections, pipelining: 1 });
  const plan = JSON.parse(readFileSync(setup.planFile, 'utf8')) as PeakPlan;
  for (const [i, c] of plan.centers.entries()) {
    if (i % setup.of !== setup.index) continue;
    centers.push({
      plan: c,
      cookies: new Map(c.counters.map((k) => [k.id, `motcua_session=${k.session}`])),
      walls: [],
      screens: [],
      phones: new Map(),
      phoneSlots: 0,
      idle: [],
      returned: new Set(c.returnedAtOnce),
    });
    for (const t of c.queue) visits.set(t.ticketId, t);
  }
  const first = centers[0]?.plan.id;
  if (!first) throw new Error('no center for this generator');
  const status = await http<SessionStatus>('GET', `/api/centers/${first}/session`);
  clock = new ServerClock(status.body.serverTime, setup.speed);

  const tasks: (() => Promise<unknown>)[] = [];
  for (const center of centers) {
    for (const k of center.plan.counters) {
      tasks.push(async () => {
        const cookie = center.cookies.get(k.id)!;
        const screen = await joinRoom(center, cookie);
        // The counter screen's feed wakes its clerk when a ticket is issued (the clerk sees the waiting count).
        screen.on('ticket:issued', () => center.idle.splice(0).forEach((wake) => wake()));
        center.screens.push(screen);
        const opened = await http('POST', `/api/counters/${k.id}/open`, { force: true }, cookie);
        if (opened.status >= 300) throw new Error(`open counter ${k.id} → ${opened.status} ${JSON.stringify(opened.body)}`);
      });
    }
    for (let w = 0; w < setup.wallsPerCenter; w++) {
      tasks.push(async () => {
        const wall = await joinRoom(center);
        wall.on('ticket:called', (change: TicketCalled) => {
          if (change.ticket.recallCount !== 0) return;
          let heard = wallHeard.get(change.ticket.id);
          if (!heard) wallHeard.set(change.ticket.id, (heard = []));
          heard.push(performance.now());
        });
        center.walls.push(wall);
      });
    }
    // Phones spread along the queue, so called tickets with a phone come all through the hour.
    const queue = center.plan.queue;
    const phones = Math.min(setup.phonesPerCenter, queue.length);
    for (let p = 0; p < phones; p++) {
      const t = queue[Math.floor((p * queue.length) / phones)];
      tasks.push(() => openPhone(center, t.ticketId, t.token));
    }
  }
  await inBatches(tasks);
  send({
    type: 'ready',
    centers: centers.length,
    counters: centers.reduce((n, c) => n + c.screens.length, 0),
    walls: centers.reduce((n, c) => n + c.walls.length, 0),
    phones: centers.reduce((n, c) => n + c.phones.size, 0),
  });
}

/** Server minutes, cut short at `end`; false when the play is over. */
async function pause(minutes: number, end: number): Promise<boolean> {
  await clock.until(Math.min(clock.now() + minutes * 60_000, end));
  return clock.now() < end && playing;
}

async function issue(center: Center, a: CenterPlan['arrivals'][number]): Promise<void> {
  const sent = performance.now();
  try {
    const reply = await http<IssuedTicket>('POST', `/api/centers/${center.plan.id}/tickets`, {
      procedureIds: a.procedureIds,
      priority: a.priority,
    });
    if (reply.status !== 201) return fail(`issue ${reply.status} ${errorCode(reply.body)}`, JSON.stringify(reply.body));
    issueTimes.push(performance.now() - sent);
    const id = reply.body.ticket.id;
    visits.set(id, a);
    if (center.phoneSlots < setup.phonesPerCenter && playing) {
      phonesOpened++;
      await openPhone(center, id, reply.body.statusToken);
    }
  } catch (err) {
    fail('issue', (err as Error).message);
  }
}

async function arrivals(start: number, end: number): Promise<void> {
  const due = centers
    .flatMap((center) => center.plan.arrivals.map((a) => ({ center, a, at: start + a.offsetMinutes * 60_000 })))
    .filter((d) => d.at < end)
    .sort((x, y) => x.at - y.at);
  const pending: Promise<void>[] = [];
  for (let i = 0; i < due.length && playing;) {
    await clock.until(due[i].at);
    const now = clock.now();
    for (; i < due.length && due[i].at <= now; i++) {
      slips.push((now - due[i].at) / setup.speed);
      pending.push(issue(due[i].center, due[i].a));
    }
  }
  await Promise.all(pending);
}

async function workCounter(center: Center, counterId: number, end: number): Promise<void> {
  const path = `/api/counters/${counterId}`;
  const cookie = center.cookies.get(counterId)!;
  const post = async (action: string, body: unknown = {}) => {
    const reply = await http<TicketView>('POST', `${path}/${action}`, body, cookie);
    if (reply.status >= 300) fail(`${action} ${reply.status} ${errorCode(reply.body)}`, JSON.stringify(reply.body));
    return reply;
  };
  // When the hour begins, each counter is somewhere in its service: none calls on the hour's first tick.
  if (!(await pause(phase.next() * FIRST_CALL_WITHIN_MINUTES, end))) return;
  while (playing && clock.now() < end) {
    const sent = performance.now();
    const call = await http<TicketView>('POST', `${path}/call-next`, {}, cookie);
    if (call.status >= 300) {
      if (errorCode(call.body) !== 'queue-empty') fail(`call-next ${call.status} ${errorCode(call.body)}`, JSON.stringify(call.body));
      // Nobody to call: wait for the next ticket of the center (or a while) before trying again.
      const woken = new Promise<void>((resolve) => center.idle.push(resolve));
      await Promise.race([woken, pause(IDLE_RETRY_MINUTES, end)]);
      continue;
    }
    const ticket = call.body;
    callSent.set(ticket.id, sent);
    if (center.phones.has(ticket.id)) phoneExpected.add(ticket.id);
    const visit = visits.get(ticket.id) ?? { serviceMinutes: 5, noShow: false };
    if (visit.noShow) {
      for (let r = 0; r < 2; r++) {
        if (!(await pause(0.5, end))) return;
        await post('recall');
      }
      if (!(await pause(0.5, end))) return;
      await post('no-show');
      closePhone(center, ticket.id);
      continue;
    }
    if (!(await pause(0.5, end))) return;
    await post('start');
    if (!(await pause(visit.serviceMinutes, end))) return;
    const outcomes = ticket.procedures.map((p) => ({
      procedureId: p.procedureId,
      outcome: center.returned.has(p.procedureId) ? 'returned' : 'appointment',
    }));
    await post('finish', { outcomes });
    closePhone(center, ticket.id);
  }
}

async function play(minutes: number): Promise<void> {
  const status = await http<SessionStatus>('GET', `/api/centers/${centers[0].plan.id}/session`);
  clock.sync(status.body.serverTime);
  const start = clock.now();
  const end = start + minutes * 60_000;
  const lag = monitorEventLoopDelay({ resolution: 10 });
  lag.enable();
  const cpu = process.cpuUsage();
  const began = performance.now();
  playing = true;
  await Promise.all([
    arrivals(start, end),
    ...centers.flatMap((center) =>
      center.plan.counters.map((k) => workCounter(center, k.id, end).catch((err: unknown) => fail('counter', String(err)))),
    ),
  ]);
  playing = false;
  lag.disable();
  const used = process.cpuUsage(cpu);
  const seconds = (performance.now() - began) / 1000;
  // The last calls' broadcasts are still on their way.
  await new Promise((resolve) => setTimeout(resolve, GRACE_MS));

  const wall: number[] = [];
  const phone: number[] = [];
  let wallMissing = 0;
  let phoneMissing = 0;
  for (const [id, sent] of callSent) {
    const heard = wallHeard.get(id) ?? [];
    for (const t of heard) wall.push(t - sent);
    wallMissing += Math.max(0, setup.wallsPerCenter - heard.length);
    const rang = phoneHeard.get(id);
    if (rang !== undefined) phone.push(rang - sent);
    else if (phoneExpected.has(id)) phoneMissing++;
  }
  const result: GeneratorResult = {
    type: 'result',
    issue: issueTimes,
    wall,
    phone,
    calls: callSent.size,
    issued: issueTimes.length,
    wallMissing,
    phoneMissing,
    dropped,
    phonesOpened,
    errors,
    firstError,
    lagP50: lag.percentile(50) / 1e6,
    lagP99: lag.percentile(99) / 1e6,
    lagMax: lag.max / 1e6,
    cpuSeconds: (used.user + used.system) / 1e6,
    seconds,
    slipP99: slips.length ? percentile(slips, 99) : 0,
  };
  send(result);
}

function stop(): void {
  closing = true;
  playing = false;
  for (const c of centers) for (const s of [...c.walls, ...c.screens, ...c.phones.values()]) s.close();
  void pool.close().finally(() => process.exit(0));
  setTimeout(() => process.exit(0), 3000).unref();
}

process.on('message', (message: ToGenerator) => {
  const report = (err: unknown) => send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  if (message.type === 'setup') prepare(message).catch(report);
  else if (message.type === 'start') play(message.minutes).catch(report);
  else stop();
});
// The bench gone, nothing is left behind.
process.on('disconnect', () => process.exit(0));
