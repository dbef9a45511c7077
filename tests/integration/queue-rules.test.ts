// A manager changes the center's queue rules: the next Call next follows the new priority rule, the
// board alerts at the new wait, screens hear `center:updated`; bad rules change nothing.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { QueueRulesRequest } from '../../shared/schemas.js';
import type { BoardView, CatalogView, CenterInfo } from '../../shared/types.js';
import { closeSockets, connectToCenter, waitForEvent } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const RULES = `/api/centers/${DEMO_CENTER_ID}/queue-rules`;

describe('queue rules', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let staff: Record<'quanly' | 'canbo1', ApiClient>;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    staff = await signInAll(server, ['quanly', 'canbo1'] as const);
    catalog = await demoCatalog(kiosk);
  });
  afterEach(() => closeSockets());
  afterAll(() => server.stop());

  const center = async () => ok(await kiosk.get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`)).center;

  it('strict priority takes effect at the next Call next, and the board alerts at the new wait', async () => {
    const desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
    const birth = catalog.procedureIds('A')[0];
    for (let i = 0; i < 3; i++) await issue(kiosk, [birth]);
    const first = await issue(kiosk, [birth], 'elderly');
    // Priority is due at the start of the day: the elderly citizen goes first under either rule.
    expect((await desk.callAndServe()).number).toBe(first.ticket.number);
    const second = await issue(kiosk, [birth], 'pregnant');
    // Interleaved (the demo's 1 in 3): the next priority citizen waits for three others…
    expect((await desk.queue()).slice(0, 2).map((t) => t.number)).not.toContain(second.ticket.number);

    const { socket: wall } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const updated = waitForEvent(wall, 'center:updated');
    const rules: QueueRulesRequest = { priorityMode: 'strict', priorityEvery: 3, recallsBeforeNoShow: 1, waitAlertMinutes: 45 };
    expect(ok(await staff.quanly.post<CenterInfo>(RULES, rules))).toMatchObject(rules);
    expect(await updated).toMatchObject(rules);

    // … strictly, she is next.
    expect((await desk.callNext()).number).toBe(second.ticket.number);
    expect(ok(await staff.quanly.get<BoardView>(`/api/centers/${DEMO_CENTER_ID}/board`)).waitAlertMinutes).toBe(45);
    expect(await center()).toMatchObject(rules);
  });

  it('refuses bad rules, a clerk and an unknown field, changing nothing', async () => {
    const before = await center();
    const good: QueueRulesRequest = { priorityMode: 'interleaved', priorityEvery: 2, recallsBeforeNoShow: 2, waitAlertMinutes: 30 };
    for (const bad of [
      { ...good, priorityMode: 'random' },
      { ...good, priorityEvery: 0 },
      { ...good, priorityEvery: 2.5 },
      { ...good, recallsBeforeNoShow: 6 },
      { ...good, waitAlertMinutes: 1 },
      { ...good, color: 'red' },
      { priorityMode: 'strict' },
    ]) {
      expect(refusal(await staff.quanly.post(RULES, bad)), JSON.stringify(bad)).toMatchObject({ status: 400, code: 'bad-request' });
    }
    expect(refusal(await staff.canbo1.post(RULES, good))).toMatchObject({ status: 403 });
    expect(await center()).toEqual(before);
  });
});
