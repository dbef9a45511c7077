// Every refusal answers the right 4xx with its error code, and writes nothing: the tables an action
// touches are byte-for-byte the same before and after.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { replaceWeeklySessions } from '../../server/store/calendar-queries.js';
import { insertCenter, insertCounter, insertField, insertProcedure } from '../../server/store/catalog-queries.js';
import type { ErrorCode } from '../../shared/errors.js';
import type { CounterView, TicketView } from '../../shared/types.js';
import { Desk, demoCatalog, dumpTables, issue, returnedOutcomes, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage, signedIn, type Reply } from '../support/http-client.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { addDays } from '../../shared/rules/sessions.js';

const OTHER_CENTER = 'an-khanh';

describe('refused requests change nothing', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let kiosk: ApiClient;
  let clerk1: ApiClient;
  let clerk2: ApiClient;
  let reception: ApiClient;
  let desk: Desk;
  let otherProcedureId: number;
  let otherCounterId: number;

  const ticketsUrl = (centerId = DEMO_CENTER_ID) => `/api/centers/${centerId}/tickets`;
  const procedure = (prefix: string, i = 0) => catalog.procedureIds(prefix)[i];

  async function expectRefused(action: () => Promise<Reply<unknown>>, status: number, code: ErrorCode): Promise<void> {
    const before = dumpTables(server.store);
    const reply = await action();
    expect(refusal(reply)).toEqual({ status, code });
    expect(refusalMessage(reply)).toMatch(/\S/);
    expect(dumpTables(server.store)).toEqual(before);
  }

  /** Issues a ticket and calls it at counter 1 out of turn, so the test knows which one is current. */
  async function callAtCounter1(procedureIds: number[] = [procedure('A')]): Promise<TicketView> {
    const { ticket } = await issue(kiosk, procedureIds);
    return ok(await desk.act('call', { ticketId: ticket.id }));
  }

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    [clerk1, clerk2, reception] = await Promise.all([
      signedIn(server, 'canbo1', DEMO_PASSWORDS.demo),
      signedIn(server, 'canbo2', DEMO_PASSWORDS.demo),
      signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo),
    ]);
    desk = new Desk(clerk1, catalog.counterId(1));
    await desk.open();

    // A second center, with its own procedure and counter, straight into the store.
    const store = server.store;
    insertCenter(
      store,
      {
        id: OTHER_CENTER,
        name: 'Bộ phận Một cửa UBND xã An Khánh',
        nameEn: 'An Khanh One-Stop Desk',
        timezone: 'Asia/Ho_Chi_Minh',
        priorityMode: 'strict',
        priorityEvery: 3,
        recallsBeforeNoShow: 2,
        recallCooldownSeconds: 10,
        fastTrackDays: [5],
        fastTrackPrefix: 'N',
        slotMinutes: 30,
        slotCapacity: 6,
        bookingLateMinutes: 15,
      },
      server.clock.now(),
    );
    // Open on Monday mornings, like any center, so its kiosk issues tickets.
    replaceWeeklySessions(store, OTHER_CENTER, [{ weekday: 1, start: 7 * 60 + 30, end: 11 * 60 + 30, kind: 'regular' }]);
    const fieldId = insertField(store, { centerId: OTHER_CENTER, prefix: 'A', nameVi: 'Tư pháp', nameEn: 'Justice', sort: 0 });
    otherProcedureId = insertProcedure(store, {
      fieldId,
      code: '',
      nameVi: 'Đăng ký khai sinh',
      nameEn: 'Birth registration',
      processingDays: 0,
      afternoonCutoff: false,
      slotCapacity: 3,
    });
    otherCounterId = insertCounter(store, OTHER_CENTER, 1, [fieldId]);
  });

  // Leave counter 1 open, resumed and free for the next test.
  afterEach(async () => {
    let counter = await desk.counter();
    if (counter.status === 'paused') counter = ok(await desk.act<CounterView>('resume'));
    if (counter.current?.state === 'called') ok(await desk.act('start'));
    if (counter.current) await desk.finish(counter.current);
    server.clock.advance(60_000);
  });
  afterAll(() => server.stop());

  describe('issuing a ticket', () => {
    it('unknown center: 404 center-not-found', async () => {
      await expectRefused(() => kiosk.post(ticketsUrl('khong-co'), { procedureIds: [procedure('A')] }), 404, 'center-not-found');
    });

    it('unknown procedure: 404 procedure-not-found, even next to a valid one', async () => {
      await expectRefused(() => kiosk.post(ticketsUrl(), { procedureIds: [99_999] }), 404, 'procedure-not-found');
      await expectRefused(() => kiosk.post(ticketsUrl(), { procedureIds: [procedure('A'), 99_999] }), 404, 'procedure-not-found');
    });

    it('a procedure of another center: 404 procedure-not-found', async () => {
      await expectRefused(() => kiosk.post(ticketsUrl(), { procedureIds: [otherProcedureId] }), 404, 'procedure-not-found');
      await expectRefused(() => kiosk.post(ticketsUrl(OTHER_CENTER), { procedureIds: [procedure('A')] }), 404, 'procedure-not-found');
      // The other center's own procedure is fine there.
      expect((await kiosk.post(ticketsUrl(OTHER_CENTER), { procedureIds: [otherProcedureId] })).status).toBe(201);
    });

    it('malformed JSON: 400 malformed-json', async () => {
      await expectRefused(() => kiosk.postRaw(ticketsUrl(), '{"procedureIds": [1,'), 400, 'malformed-json');
      await expectRefused(() => kiosk.postRaw('/api/auth/login', "{username:'canbo1'}"), 400, 'malformed-json');
    });

    it('a write that is not JSON (a cross-site form post): 415 unsupported-media-type', async () => {
      const form = `procedureIds=${procedure('A')}`;
      await expectRefused(() => kiosk.postRaw(ticketsUrl(), form, 'application/x-www-form-urlencoded'), 415, 'unsupported-media-type');
      await expectRefused(
        () => desk.client.postRaw(`/api/counters/${desk.counterId}/call-next`, '', 'text/plain'),
        415,
        'unsupported-media-type',
      );
    });

    it('a body over 16 kB: 413 payload-too-large', async () => {
      const raw = JSON.stringify({ procedureIds: [procedure('A')], pad: 'x'.repeat(17 * 1024) });
      await expectRefused(() => kiosk.postRaw(ticketsUrl(), raw), 413, 'payload-too-large');
      await expectRefused(() => desk.client.postRaw(`/api/counters/${desk.counterId}/call-next`, raw), 413, 'payload-too-large');
    });

    it('unknown keys or wrong types: 400 bad-request', async () => {
      const a = procedure('A');
      for (const body of [
        { procedureIds: [a], extra: true },
        { procedureIds: String(a) },
        { procedureIds: [String(a)] },
        { procedureIds: [] },
        { procedureIds: [1.5] },
        { procedureIds: [-1] },
        { procedureIds: [a, a] },
        { procedureIds: [1, 2, 3, 4, 5, 6, 7] },
        { procedureIds: [a], priority: 'vip' },
        {},
        [a],
      ]) {
        await expectRefused(() => kiosk.post(ticketsUrl(), body), 400, 'bad-request');
      }
    });
  });

  describe('any request', () => {
    it('an unknown API route: 404 not-found in the JSON error envelope', async () => {
      await expectRefused(() => kiosk.get('/api/khong-co'), 404, 'not-found');
      await expectRefused(() => kiosk.post('/api/centers/hoa-binh/khong-co'), 404, 'not-found');
    });

    it('the message is Vietnamese by default and English when the client asks for it', async () => {
      const url = ticketsUrl('khong-co');
      const body = { procedureIds: [procedure('A')] };
      expect(refusalMessage(await kiosk.post(url, body))).toBe('Không tìm thấy trung tâm.');
      const english = new ApiClient(server);
      english.acceptLanguage = 'en-US,en;q=0.9';
      expect(refusalMessage(await english.post(url, body))).toBe('Center not found.');
    });
  });

  describe('signing in', () => {
    it('wrong password or unknown user: 401 invalid-credentials, and no session is opened', async () => {
      await expectRefused(() => new ApiClient(server).login('canbo1', 'sai-mat-khau'), 401, 'invalid-credentials');
      await expectRefused(() => new ApiClient(server).login('khongco', DEMO_PASSWORDS.demo), 401, 'invalid-credentials');
      await expectRefused(() => new ApiClient(server).post('/api/auth/login', { username: 'canbo1' }), 400, 'bad-request');
    });
  });

  describe('at a counter', () => {
    it('without a session: 401 unauthenticated', async () => {
      const anonymous = new ApiClient(server);
      await expectRefused(() => anonymous.post(`/api/counters/${desk.counterId}/call-next`), 401, 'unauthenticated');
      await expectRefused(() => anonymous.get(`/api/counters/${desk.counterId}/queue`), 401, 'unauthenticated');
      const forged = new ApiClient(server);
      forged.cookie = 'motcua_session=khong-phai-phien-that';
      await expectRefused(() => forged.post(`/api/counters/${desk.counterId}/open`), 401, 'unauthenticated');
    });

    it('the reception role may not operate a counter: 403 forbidden', async () => {
      await expectRefused(() => reception.post(`/api/counters/${catalog.counterId(3)}/open`), 403, 'forbidden');
      await expectRefused(() => reception.post(`/api/counters/${desk.counterId}/call-next`), 403, 'forbidden');
    });

    it('unknown counter: 404 counter-not-found', async () => {
      await expectRefused(() => clerk1.post('/api/counters/999/call-next'), 404, 'counter-not-found');
      await expectRefused(() => clerk1.post('/api/counters/999/open'), 404, 'counter-not-found');
      await expectRefused(() => clerk1.post('/api/counters/abc/open'), 404, 'counter-not-found');
      await expectRefused(() => clerk1.get('/api/counters/999/queue'), 404, 'counter-not-found');
    });

    it('a counter of another center: 403 forbidden', async () => {
      await expectRefused(() => clerk1.post(`/api/counters/${otherCounterId}/open`), 403, 'forbidden');
      await expectRefused(() => clerk1.get(`/api/counters/${otherCounterId}/queue`), 403, 'forbidden');
    });

    it('a counter someone else holds: 409 counter-taken', async () => {
      await issue(kiosk, [procedure('A')]);
      await expectRefused(() => clerk2.post(`/api/counters/${desk.counterId}/open`), 409, 'counter-taken');
      await expectRefused(() => clerk2.post(`/api/counters/${desk.counterId}/call-next`), 409, 'counter-taken');
    });

    it('unknown keys or wrong types in counter actions: 400 bad-request', async () => {
      const { ticket } = await issue(kiosk, [procedure('A')]);
      const at = (action: string) => `/api/counters/${desk.counterId}/${action}`;
      await expectRefused(() => clerk1.post(at('call-next'), { now: true }), 400, 'bad-request');
      await expectRefused(() => clerk1.post(at('call'), { ticketId: String(ticket.id) }), 400, 'bad-request');
      await expectRefused(() => clerk1.post(at('pause'), { reason: 'lunch' }), 400, 'bad-request');
      await expectRefused(() => clerk1.post(at('open'), { force: 'yes' }), 400, 'bad-request');
      await expectRefused(() => clerk1.post(at('transfer'), { toFieldId: 1, toCounterId: 2 }), 400, 'bad-request');
    });

    it('finishing when nothing was called: 409 counter-idle; finishing a called ticket not started: 409', async () => {
      const outcomes = [{ procedureId: procedure('A'), outcome: 'returned' }];
      await expectRefused(() => desk.act('finish', { outcomes }), 409, 'counter-idle');
      await expectRefused(() => desk.act('start'), 409, 'counter-idle');
      const called = await callAtCounter1();
      await expectRefused(() => desk.act('finish', { outcomes: returnedOutcomes(called) }), 409, 'transition-not-allowed');
    });

    it('starting twice: 409 transition-not-allowed', async () => {
      await callAtCounter1();
      ok(await desk.act('start'));
      await expectRefused(() => desk.act('start'), 409, 'transition-not-allowed');
    });

    it('calling while the counter still has a citizen: 409 counter-busy', async () => {
      await callAtCounter1();
      const { ticket } = await issue(kiosk, [procedure('A')]);
      await expectRefused(() => desk.act('call-next'), 409, 'counter-busy');
      await expectRefused(() => desk.act('call', { ticketId: ticket.id }), 409, 'counter-busy');
    });

    it('calling at a paused counter: 409 counter-paused', async () => {
      const { ticket } = await issue(kiosk, [procedure('A')]);
      ok(await desk.act<CounterView>('pause', { reason: 'break' }));
      await expectRefused(() => desk.act('call-next'), 409, 'counter-paused');
      await expectRefused(() => desk.act('call', { ticketId: ticket.id }), 409, 'counter-paused');
    });

    it('calling a ticket of a field the counter does not serve: 409 counter-not-serving-field', async () => {
      const { ticket } = await issue(kiosk, [procedure('C')]);
      await expectRefused(() => desk.act('call', { ticketId: ticket.id }), 409, 'counter-not-serving-field');
      await expectRefused(() => desk.act('call', { ticketId: 99_999 }), 404, 'ticket-not-found');
    });

    it('no-show before enough recalls: 409 no-show-too-early; allowed after the second recall', async () => {
      await callAtCounter1();
      await expectRefused(() => desk.act('no-show'), 409, 'no-show-too-early');
      server.clock.advance(10_000);
      ok(await desk.act('recall'));
      await expectRefused(() => desk.act('no-show'), 409, 'no-show-too-early');
      server.clock.advance(10_000);
      ok(await desk.act('recall'));
      expect(ok(await desk.act('no-show')).state).toBe('no-show');
    });

    it('recall inside the 10 s cooldown: 429 recall-cooldown', async () => {
      await callAtCounter1();
      await expectRefused(() => desk.act('recall'), 429, 'recall-cooldown');
      server.clock.advance(9_000);
      await expectRefused(() => desk.act('recall'), 429, 'recall-cooldown');
      server.clock.advance(1_000);
      expect(ok(await desk.act('recall')).recallCount).toBe(1);
      await expectRefused(() => desk.act('recall'), 429, 'recall-cooldown');
    });

    it('transfer to nowhere: 400 transfer-target-invalid', async () => {
      await callAtCounter1();
      await expectRefused(() => desk.act('transfer', { toFieldId: 99_999 }), 400, 'transfer-target-invalid');
      await expectRefused(() => desk.act('transfer', { toCounterId: desk.counterId }), 400, 'transfer-target-invalid');
      await expectRefused(() => desk.act('transfer', { toCounterId: otherCounterId }), 400, 'transfer-target-invalid');
    });

    it('outcomes that do not match the ticket’s procedures: 400 outcomes-mismatch', async () => {
      const [p1, p2, p3] = [procedure('A', 0), procedure('A', 1), procedure('A', 2)];
      await callAtCounter1([p1, p2]);
      ok(await desk.act('start'));
      const returned = (procedureId: number) => ({ procedureId, outcome: 'returned' });
      const wrong = [
        [returned(p1)], // one missing
        [returned(p1), returned(p3)], // one not on the ticket
        [returned(p1), returned(p1)], // one twice
        [returned(p1), returned(p2), returned(p3)], // one too many
      ];
      for (const outcomes of wrong) {
        await expectRefused(() => desk.act('finish', { outcomes }), 400, 'outcomes-mismatch');
      }
      expect(ok(await desk.act('finish', { outcomes: [returned(p2), returned(p1)] })).state).toBe('done');
    });

    it('an appointment in the past: 400 result-date-required, nothing recorded; without a date, the legal due date', async () => {
      const [p1, p2] = [procedure('A', 0), procedure('A', 4)];
      await callAtCounter1([p1, p2]);
      ok(await desk.act('start'));
      // The first procedure's result is handed over; the second (3 working days) needs an appointment slip.
      const finish = (appointment: { resultDate?: string | null }) =>
        desk.act('finish', {
          outcomes: [
            { procedureId: p1, outcome: 'returned' },
            { procedureId: p2, outcome: 'appointment', ...appointment },
          ],
        });
      await expectRefused(() => finish({ resultDate: addDays(TEST_WEEK.monday, -3) }), 400, 'result-date-required');
      // Received on the test week's Monday: three working days later is its Thursday.
      const done = ok(await finish({ resultDate: null }));
      expect(done.procedures).toEqual([
        {
          procedureId: p1,
          outcome: 'returned',
          resultDate: null,
          dueDate: TEST_WEEK.monday,
          returnedOn: TEST_WEEK.monday,
          recordsStatus: null,
        },
        {
          procedureId: p2,
          outcome: 'appointment',
          resultDate: TEST_WEEK.thursday,
          dueDate: TEST_WEEK.thursday,
          returnedOn: null,
          recordsStatus: null,
        },
      ]);
    });

    it('an appointment on a date that does not exist is refused, and nothing recorded', async () => {
      const p = procedure('A', 4);
      const answers = [];
      // Dates no calendar has: they cannot expire.
      for (const resultDate of ['2026-11-31', '2026-12-32', '2026-13-01']) {
        await callAtCounter1([p]);
        ok(await desk.act('start'));
        const before = dumpTables(server.store);
        const reply = await desk.act('finish', { outcomes: [{ procedureId: p, outcome: 'appointment', resultDate }] });
        const unchanged = JSON.stringify(dumpTables(server.store)) === JSON.stringify(before);
        answers.push({ resultDate, status: reply.status, unchanged });
        // Clean up whatever happened, for the next date.
        const counter = await desk.counter();
        if (counter.current) await desk.finish(counter.current);
      }
      expect(answers).toEqual([
        { resultDate: '2026-11-31', status: 400, unchanged: true },
        { resultDate: '2026-12-32', status: 400, unchanged: true },
        { resultDate: '2026-13-01', status: 400, unchanged: true },
      ]);
    });
  });

  describe('at the reception desk', () => {
    it('withdrawing a ticket already called: 409 transition-not-allowed', async () => {
      const called = await callAtCounter1();
      await expectRefused(() => reception.post(`/api/tickets/${called.id}/cancel`), 409, 'transition-not-allowed');
      await expectRefused(() => reception.post('/api/tickets/99999/cancel'), 404, 'ticket-not-found');
      await expectRefused(() => kiosk.post(`/api/tickets/${called.id}/cancel`), 401, 'unauthenticated');
    });
  });
});
