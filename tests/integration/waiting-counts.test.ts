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

  const freshCounts = () =>
    server.store.all('SELECT field_id AS fieldId, is_priority AS priority, n FROM temp.fresh_counts WHERE n > 0 ORDER BY 1, 2');
  const freshRecount = () =>
    server.store.all(
      `SELECT field_id AS fieldId, is_priority AS priority, COUNT(*) AS n FROM tickets
       WHERE state = 'waiting' AND transferred_at IS NULL AND lane = 'walk-in' GROUP BY 1, 2 ORDER BY 1, 2`,
    );

  it('follow issue, call, transfer, cancel and refused actions, and agree with the database after a restart', async () => {
    const { socket: board } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const proc = (prefix: string) => [catalog.procedureIds(prefix)[0]];
    for (const prefix of ['A', 'A', 'A', 'B', 'B', 'C']) await issue(kiosk, proc(prefix));

    const desk = new Desk(await signedIn(server, 'canbo1', DEMO_PASSWORDS.demo), catalog.counterId(1));
    await desk.open();
    const called = waitForEvent(board, 'ticket:called');
    const ticket = await desk.callNext();
    expect(byPrefix(catalog, (await called).waiting)).toMatchObject({ A: 2, B: 2, C: 1, D: 0 });
    await issue(kiosk, proc('A'), 'elderly');

    // A refused transfer changes nothing; a real one puts the ticket back in another field's queue.
    expect((await desk.act('transfer', { toFieldId: 999_999 })).status).toBe(400);
    const transferred = waitForEvent(board, 'ticket:transferred');
    await desk.act('transfer', { toFieldId: catalog.fieldId('C') });
    expect(byPrefix(catalog, (await transferred).waiting)).toMatchObject({ A: 3, B: 2, C: 2 });

    const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
    const waitingB = ok(await reception.get<{ tickets: TicketView[] }>(`/api/centers/${DEMO_CENTER_ID}/tickets/today`)).tickets.find(
      (t) => t.number === 'B001',
    )!;
    const cancelled = waitForEvent(board, 'ticket:cancelled');
    ok(await reception.post(`/api/tickets/${waitingB.id}/cancel`, {}));
    const last = byPrefix(catalog, (await cancelled).waiting);
    expect(last).toMatchObject({ A: 3, B: 1, C: 2, D: 0, E: 0, F: 0 });
    expect(ticket.number).toBe('A001');

    // The fresh walk-ins by kind (behind a new ticket's place): the transferred one left them.
    expect(freshCounts()).toEqual(freshRecount());
    expect(freshCounts()).toEqual(
      expect.arrayContaining([
        { fieldId: catalog.fieldId('A'), priority: 1, n: 1 },
        { fieldId: catalog.fieldId('A'), priority: 0, n: 2 },
        { fieldId: catalog.fieldId('C'), priority: 0, n: 1 },
      ]),
    );

    // After a restart the counts are read again from the tickets themselves.
    closeSockets();
    await server.restart();
    const { snapshot } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    expect(byPrefix(catalog, snapshot.waiting)).toEqual(last);
    expect(freshCounts()).toEqual(freshRecount());
  });
});
