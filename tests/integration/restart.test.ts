// A restart in the middle of the day (power cut, update): every ticket keeps its state, counter
// and number, the clerk's counter still shows the citizen in front of them, numbering goes on.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CounterView, TicketView } from '../../shared/types.js';
import { closeSockets, connectToCenter } from '../support/center-socket.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

describe('restart mid-day', () => {
  let server: TestServer;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    catalog = await demoCatalog(new ApiClient(server));
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('keeps every ticket, the counter’s current ticket and the numbering', async () => {
    const kiosk = new ApiClient(server);
    const clerk = await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo);
    const desk = new Desk(clerk, catalog.counterId(1));
    const a = catalog.procedureIds('A');
    const issued = [];
    for (let i = 0; i < 5; i++) {
      server.clock.advance(30_000);
      issued.push(await issue(kiosk, [a[i]]));
    }
    await desk.open();
    const first = await desk.callAndServe(); // A001 done
    server.clock.advance(60_000);
    const second = await desk.callNext(); // A002 called, then being served
    ok(await desk.act('start'));
    expect([first.number, second.number]).toEqual(['A001', 'A002']);

    const tablesBefore = dumpTables(server.store);
    const viewsBefore = await Promise.all(issued.map(async (t) => ok(await kiosk.get<TicketView>(`/api/tickets/status/${t.statusToken}`))));

    await server.restart();

    expect(dumpTables(server.store)).toEqual(tablesBefore);
    const viewsAfter = await Promise.all(issued.map(async (t) => ok(await kiosk.get<TicketView>(`/api/tickets/status/${t.statusToken}`))));
    expect(viewsAfter).toEqual(viewsBefore);
    expect(viewsAfter.map((t) => [t.number, t.state, t.counterNumber])).toEqual([
      ['A001', 'done', 1],
      ['A002', 'serving', 1],
      ['A003', 'waiting', null],
      ['A004', 'waiting', null],
      ['A005', 'waiting', null],
    ]);

    // The clerk is still signed in, and the counter still shows A002.
    const counter = ok(await clerk.get<CounterView>(`/api/counters/${desk.counterId}`));
    expect(counter).toMatchObject({ status: 'open', staffName: 'Phạm Minh Tuấn', current: { number: 'A002', state: 'serving' } });
    const { snapshot } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(snapshot.counters.find((c) => c.number === 1)?.current?.number).toBe('A002');
    expect(snapshot.recentCalls.map((c) => c.number)).toEqual(['A002', 'A001']);

    expect((await issue(kiosk, [a[0]])).ticket.number).toBe('A006');
    expect(refusal(await desk.act('call-next'))).toEqual({ status: 409, code: 'counter-busy' });
    await desk.finish(second);
    expect((await desk.callNext()).number).toBe('A003');
  });
});
