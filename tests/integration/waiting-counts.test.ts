// The waiting counts every board shows come with each ticket event; the server keeps them as tickets
// come and go instead of counting the queue each time. They must match the tickets on disk.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FieldWaiting, TicketView } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, signedIn } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const byPrefix = (catalog: DemoCatalog, waiting: FieldWaiting[]) =>
  Object.fromEntries(catalog.view.fields.map((f) => [f.prefix, waiting.find((w) => w.fieldId === f.id)?.waiting ?? 0]));

describe('waiting counts on the live feed', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  it('follow issue, call, transfer, cancel and refused actions, and agree with the database after a restart', async () => {
    const { socket: board } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const proc = (prefix: string) => [catalog.procedureIds(prefix)[0]!];
    for (const prefix of ['A', 'A', 'A', 'B', 'B', 'C']) await issue(kiosk, proc(prefix));

    const desk = new Desk(await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo), catalog.counterId(1));
    await desk.open();
    const called = waitForEvent(board, 'ticket:called');
    const ticket = await desk.callNext();
    expect(byPrefix(catalog, (await called).waiting)).toMatchObject({ A: 2, B: 2, C: 1, D: 0 });

    // A refused transfer changes nothing; a real one puts the ticket back in another field's queue.
    expect((await desk.act('transfer', { toFieldId: 999_999 })).status).toBe(400);
    const transferred = waitForEvent(board, 'ticket:transferred');
    await desk.act<TicketView>('transfer', { toFieldId: catalog.fieldId('C') });
    expect(byPrefix(catalog, (await transferred).waiting)).toMatchObject({ A: 2, B: 2, C: 2 });

    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    const waitingB = ok(await reception.get<{ tickets: TicketView[] }>(`/api/centers/${DEMO_CENTER_ID}/tickets/today`))
      .tickets.find((t) => t.number === 'B001')!;
    const cancelled = waitForEvent(board, 'ticket:cancelled');
    ok(await reception.post(`/api/tickets/${waitingB.id}/cancel`, {}));
    const last = byPrefix(catalog, (await cancelled).waiting);
    expect(last).toMatchObject({ A: 2, B: 1, C: 2, D: 0, E: 0, F: 0 });
    expect(ticket.number).toBe('A001');

    // After a restart the counts are read again from the tickets themselves.
    closeSockets();
    await server.restart();
    const { snapshot } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(byPrefix(catalog, snapshot.waiting)).toEqual(last);
  });
});
