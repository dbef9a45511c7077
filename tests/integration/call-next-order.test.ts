// Which citizen Call next brings to the counter, end to end over HTTP with the demo center's
// policy (interleaved, one priority citizen after every 3 normal ones).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PriorityKind, TicketView } from '../../shared/types.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const numbers = (tickets: readonly TicketView[]) => tickets.map((t) => t.number);

interface Setup {
  server: TestServer;
  catalog: DemoCatalog;
  kiosk: ApiClient;
  desk1: Desk;
  desk4: Desk;
  /** Issues a ticket of a field one minute after the previous one. */
  issueIn(prefix: string, priority?: PriorityKind): Promise<{ ticket: TicketView; ahead: number | null }>;
  /** Counter 4 (fields C, F) calls its next ticket and transfers it as asked. */
  transferFromCounter4(body: { toFieldId: number } | { toCounterId: number }): Promise<TicketView>;
}

async function setUp(): Promise<Setup> {
  const server = await startTestServer();
  const kiosk = new ApiClient(server);
  const catalog = await demoCatalog(kiosk);
  const [clerk1, clerk4] = await Promise.all([
    signedIn(server, 'canbo1', DEMO_PASSWORDS.demo),
    signedIn(server, 'canbo4', DEMO_PASSWORDS.demo),
  ]);
  const desk1 = new Desk(clerk1, catalog.counterId(1));
  const desk4 = new Desk(clerk4, catalog.counterId(4));
  await desk1.open();
  await desk4.open();
  return {
    server,
    catalog,
    kiosk,
    desk1,
    desk4,
    async issueIn(prefix, priority) {
      server.clock.advance(60_000);
      return issue(kiosk, [catalog.procedureIds(prefix)[0]], priority ?? null);
    },
    async transferFromCounter4(body) {
      server.clock.advance(60_000);
      await desk4.callNext();
      return ok(await desk4.act('transfer', body));
    },
  };
}

describe('Call next order', () => {
  let s: Setup;

  beforeAll(async () => {
    s = await setUp();
  });
  afterAll(() => s.server.stop());

  it('interleaves priority citizens: the first goes at once, then one after every 3 normal ones', async () => {
    const normal = [];
    for (let i = 0; i < 4; i++) normal.push(await s.issueIn('A'));
    const p1 = await s.issueIn('A', 'elderly');
    const p2 = await s.issueIn('A', 'pregnant');
    expect(numbers([...normal, p1, p2].map((t) => t.ticket))).toEqual(['A001', 'A002', 'A003', 'A004', 'A005', 'A006']);
    // What each citizen was told at the kiosk matches the order they are called in.
    expect([...normal, p1, p2].map((t) => t.ahead)).toEqual([0, 1, 2, 3, 0, 4]);

    const expected = ['A005', 'A001', 'A002', 'A003', 'A006', 'A004'];
    expect(numbers(await s.desk1.queue())).toEqual(expected);
    const called: string[] = [];
    for (let i = 0; i < expected.length; i++) called.push((await s.desk1.callAndServe()).number);
    expect(called).toEqual(expected);
    expect(refusal(await s.desk1.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
  });

  it('a ticket transferred to field A is called before older field-A tickets', async () => {
    const older = [await s.issueIn('A'), await s.issueIn('A')];
    expect(numbers(older.map((t) => t.ticket))).toEqual(['A007', 'A008']);
    await s.issueIn('C');

    const moved = await s.transferFromCounter4({ toFieldId: s.catalog.fieldId('A') });
    expect(moved).toMatchObject({ number: 'C001', state: 'waiting', transferred: true, fieldId: s.catalog.fieldId('A') });
    expect(numbers(await s.desk1.queue())).toEqual(['C001', 'A007', 'A008']);
    expect((await s.desk1.callAndServe()).number).toBe('C001');
  });

  it('a ticket transferred to counter 2 is never taken by counter 1', async () => {
    const a007 = await s.desk1.callNext();
    expect(a007.number).toBe('A007');
    const moved = ok(await s.desk1.act('transfer', { toCounterId: s.catalog.counterId(2) }));
    expect(moved).toMatchObject({ number: 'A007', state: 'waiting', targetCounterId: s.catalog.counterId(2) });

    expect(numbers(await s.desk1.queue())).toEqual(['A008']);
    const counter2 = new Desk(s.desk1.client, s.catalog.counterId(2));
    // Counter 2 also serves field A: A007 waits for it, ahead of A008.
    expect(numbers(await counter2.queue())).toEqual(['A007', 'A008']);
    expect((await s.desk1.callAndServe()).number).toBe('A008');
    expect(refusal(await s.desk1.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
    expect(refusal(await s.desk1.act('call', { ticketId: a007.id }))).toEqual({
      status: 409,
      code: 'counter-not-serving-field',
    });

    const clerk2 = await signedIn(s.server, 'canbo2', DEMO_PASSWORDS.demo);
    const desk2 = new Desk(clerk2, s.catalog.counterId(2));
    await desk2.open();
    expect(await desk2.callNext()).toMatchObject({ number: 'A007', counterNumber: 2 });
  });

  it('while no priority citizen of a field was called yet, the first one goes next, even after normal calls', async () => {
    // Field B is untouched so far today. Serving B001 must not make the first priority citizen wait.
    await s.issueIn('B');
    await s.issueIn('B');
    expect((await s.desk1.callAndServe()).number).toBe('B001');
    const elderly = await s.issueIn('B', 'elderly');
    expect(elderly.ticket.number).toBe('B003');
    expect(numbers(await s.desk1.queue())).toEqual(['B003', 'B002']);
    expect(elderly.ahead).toBe(0);
    expect((await s.desk1.callNext()).number).toBe('B003');
  });
});

describe('the queue list of a counter', () => {
  let s: Setup;

  beforeAll(async () => {
    s = await setUp();
  });
  afterAll(() => s.server.stop());

  it('is in the exact order successive Call next presses take', async () => {
    // A priority and a normal field-A ticket served already: field A's interleaving is mid-cycle.
    await s.issueIn('A', 'elderly');
    await s.issueIn('A');
    expect([(await s.desk1.callAndServe()).number, (await s.desk1.callAndServe()).number]).toEqual(['A001', 'A002']);

    for (let i = 0; i < 3; i++) await s.issueIn('C');
    await s.issueIn('A', 'elderly');
    for (let i = 0; i < 5; i++) await s.issueIn('A');
    await s.issueIn('B');
    await s.issueIn('B', 'disability');
    await s.issueIn('A', 'small-child');
    await s.issueIn('B');
    await s.issueIn('A');
    const toFieldB = await s.transferFromCounter4({ toFieldId: s.catalog.fieldId('B') });
    const toCounter1 = await s.transferFromCounter4({ toCounterId: s.catalog.counterId(1) });
    const toCounter2 = await s.transferFromCounter4({ toCounterId: s.catalog.counterId(2) });
    expect(numbers([toFieldB, toCounter1, toCounter2])).toEqual(['C001', 'C002', 'C003']);

    let listed = await s.desk1.queue();
    // Transfers first (oldest first), then field A (mid-cycle), then field B (priority first).
    expect(numbers(listed)).toEqual([
      'C001',
      'C002',
      'A004',
      'A005',
      'A003',
      'A006',
      'A007',
      'A008',
      'A009',
      'A010',
      'B002',
      'B001',
      'B003',
    ]);
    const called: string[] = [];
    while (listed.length > 0) {
      const ticket = await s.desk1.callNext();
      called.push(ticket.number);
      expect(ticket.id).toBe(listed[0].id);
      await s.desk1.serve(ticket);
      const rest = await s.desk1.queue();
      expect(numbers(rest)).toEqual(numbers(listed.slice(1)));
      listed = rest;
    }
    expect(called).toHaveLength(13);
    expect(refusal(await s.desk1.act('call-next'))).toEqual({ status: 409, code: 'queue-empty' });
  });
});
