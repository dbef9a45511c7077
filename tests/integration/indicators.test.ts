// The province's indicators from the counter side, on a real server: a week of dossiers finished with
// codes and due dates, handed over early, on time and late, rated, digitised, one visit helped with
// online submission in field F and two by an 'online-help' pause — then the route's figures against
// hand-computed numbers, the CSV and JSON exports, who may read them and the refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PROVINCE, DEMO_SECOND_WARD, seedDemoProvince } from '../../server/demo/demo-province.js';
import type { DossierIndicatorLine, IndicatorsView, IssuedTicket, Outcome, TicketView } from '../../shared/types.js';
import { signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const { monday: MON, tuesday: TUE, wednesday: WED, friday: FRI } = TEST_WEEK;
/** A dossier code received on `date` (the demo center has no agency code of its own). */
const code = (date: string, seq: number) => `000.00.01.H26-${date.slice(2).replaceAll('-', '')}-${String(seq).padStart(4, '0')}`;

interface Line {
  procedureId: number;
  outcome: Outcome;
  dossierCode?: string;
  digitised?: boolean;
}

describe('the province’s indicators', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let catalog: DemoCatalog;
  let marital: number; // 3 working days
  let signature: number; // the same day
  let birth: number; // at once
  let guidance: number; // field F
  const tickets: Record<string, IssuedTicket> = {};

  beforeAll(async () => {
    server = await startTestServer(vnTime(MON, '08:00'));
    expect(await seedDemoProvince(server.store, server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    marital = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    signature = catalog.procedureNamed('Chứng thực chữ ký');
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    guidance = catalog.procedureNamed('Hướng dẫn nộp hồ sơ trực tuyến');
  });
  afterAll(() => server.stop());

  const at = (date: string, time: string) => server.clock.set(vnTime(date, time));
  async function desk(username: 'canbo1' | 'canbo4', counter: number): Promise<Desk> {
    const clients = await signInAll(server, [username]);
    const d = new Desk(clients[username], catalog.counterId(counter));
    await d.open();
    return d;
  }
  /** Issued, called, started and finished at `d` with these lines; `during` runs while it is served. */
  async function serve(name: string, d: Desk, lines: Line[], during?: () => Promise<void>): Promise<TicketView> {
    const t = await issue(
      kiosk,
      lines.map((l) => l.procedureId),
    );
    tickets[name] = t;
    ok(await d.act('call', { ticketId: t.ticket.id }));
    ok(await d.act('start'));
    await during?.();
    server.clock.advance(5 * 60_000);
    return ok(await d.act('finish', { outcomes: lines }));
  }
  const rate = async (name: string, score: string) => {
    ok(await kiosk.post(`/api/tickets/${tickets[name].ticket.id}/rating`, { score, token: tickets[name].statusToken }));
  };
  const handOver = async (client: ApiClient, name: string, procedureId: number) =>
    ok(await client.post(`/api/tickets/${tickets[name].ticket.id}/procedures/${procedureId}/return`, {}));

  it('records a week of dossiers: codes, due dates, hand-overs, ratings, digitised boxes, online help', async () => {
    at(MON, '09:00');
    const c1 = await desk('canbo1', 1);
    // T1 marital status, due Thursday, digitised → handed over Wednesday: early, 2 working days.
    await serve('T1', c1, [{ procedureId: marital, outcome: 'appointment', dossierCode: code(MON, 1), digitised: true }]);
    // T2 birth, handed over at once (due today): on time, 0 days, digitised.
    await serve('T2', c1, [{ procedureId: birth, outcome: 'returned', dossierCode: code(MON, 2), digitised: true }]);
    // T3 signature, due today → handed over Tuesday: late, 1 day.
    await serve('T3', c1, [{ procedureId: signature, outcome: 'appointment', dossierCode: code(MON, 3) }]);
    // T4 marital status, due Thursday, digitised, never handed over: overdue on Friday.
    await serve('T4', c1, [{ procedureId: marital, outcome: 'appointment', dossierCode: code(MON, 4), digitised: true }]);
    // T6 birth, on time; the counter paused for online help while serving it: a visit helped.
    await serve('T6', c1, [{ procedureId: birth, outcome: 'returned', dossierCode: code(MON, 5) }], async () => {
      ok(await c1.act('pause', { reason: 'online-help' }));
      ok(await c1.act('resume'));
    });
    // T8 sent back to be completed, no code: a visit, not a dossier received.
    await serve('T8', c1, [{ procedureId: marital, outcome: 'incomplete' }]);
    // An online-help pause with nobody at the counter: a citizen helped without a number.
    ok(await c1.act('pause', { reason: 'online-help' }));
    ok(await c1.act('resume'));
    // A break is not online help.
    ok(await c1.act('pause', { reason: 'break' }));
    ok(await c1.act('resume'));
    // T5 at counter 4, field F (Hỗ trợ nộp hồ sơ trực tuyến): guidance only, no code.
    const c4 = await desk('canbo4', 4);
    await serve('T5', c4, [{ procedureId: guidance, outcome: 'returned' }]);
    await rate('T1', 'satisfied');
    await rate('T2', 'very-satisfied');
    await rate('T3', 'unsatisfied');

    at(TUE, '09:00');
    const { tiepdan } = await signInAll(server, ['tiepdan']);
    await handOver(tiepdan, 'T3', signature);
    at(WED, '09:00');
    await handOver((await signInAll(server, ['tiepdan'])).tiepdan, 'T1', marital);

    // T7 marital status received Friday, digitised, due next Wednesday: pending, neither on time nor late.
    at(FRI, '08:30');
    await serve('T7', await desk('canbo1', 1), [
      { procedureId: marital, outcome: 'appointment', dossierCode: code(FRI, 1), digitised: true },
    ]);
  });

  it('the route’s figures are the hand-computed ones', async () => {
    at(FRI, '10:00');
    const { quanly, lanhdao } = await signInAll(server, ['quanly', 'lanhdao']);
    const view = ok(await quanly.get<IndicatorsView>(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${FRI}`));
    expect(view).toMatchObject({ from: MON, to: FRI, today: FRI, threshold: 0.9 });
    expect(view.centers.map((c) => c.center.id)).toEqual([DEMO_CENTER_ID]);
    // Dossiers received: T1, T2, T3, T4, T6, T7 (T5 and T8 have no code).
    const expected = {
      dossiers: 6,
      early: 1, // T1
      onTime: 2, // T2, T6
      late: 1, // T3
      overdue: 1, // T4
      pending: 1, // T7
      earlyOrOnTimeRate: 3 / 5, // (1 + 2) / (6 − 1 pending)
      returned: 4,
      averageProcessingDays: 3 / 4, // T1 2 + T2 0 + T3 1 + T6 0 working days, over 4
      overdueOrLate: 2, // T3, T4
      unsatisfied: 1, // T3
      rated: 3, // T1, T2, T3
      ratedShare: 3 / 6,
      satisfactionScore: 3 / 6, // (6 − 2 − 1) / 6
      meetsThreshold: false,
      visits: 9, // T1…T8 served, and the pause with nobody at the counter
      onlineHelped: 3, // T5 (field F), T6 (paused for online help), the pause
      onlineHelpShare: 3 / 9,
      digitised: 4, // T1, T2, T4, T7
      digitisedShare: 4 / 6,
    };
    expect(view.centers[0].figures).toEqual(expected);
    expect(view.total).toEqual(expected);
    // A leader of the center reads them too.
    expect(ok(await lanhdao.get<IndicatorsView>(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${FRI}`)).total).toEqual(
      expected,
    );
    // One day: Monday's five dossiers only (T7 came on Friday).
    const monday = ok(await quanly.get<IndicatorsView>(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${MON}`));
    expect(monday.total).toMatchObject({ dossiers: 5, pending: 0, earlyOrOnTimeRate: 3 / 5, digitised: 3 });
  });

  it('exports one line per dossier: JSON keyed by dossier code, CSV for Excel', async () => {
    const { quanly } = await signInAll(server, ['quanly']);
    const json = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/indicators.json?from=${MON}&to=${FRI}`, {
      headers: { cookie: quanly.cookie! },
    });
    expect(json.status).toBe(200);
    expect(json.headers.get('content-type')).toContain('application/json');
    expect(json.headers.get('content-disposition')).toContain(`motcua-indicators-${DEMO_CENTER_ID}-${MON}-${FRI}.json`);
    const body = (await json.json()) as { from: string; to: string; today: string; dossiers: Record<string, DossierIndicatorLine> };
    expect(Object.keys(body.dossiers)).toEqual([code(MON, 1), code(MON, 2), code(MON, 3), code(MON, 4), code(MON, 5), code(FRI, 1)]);
    expect(body).toMatchObject({ from: MON, to: FRI, today: FRI });
    expect(body.dossiers[code(MON, 1)]).toEqual({
      centerId: DEMO_CENTER_ID,
      code: code(MON, 1),
      ticketNumber: tickets.T1.ticket.number,
      procedureCode: '1.004873',
      procedureNameVi: 'Xác nhận tình trạng hôn nhân',
      receivedOn: MON,
      dueDate: TEST_WEEK.thursday,
      resultDate: TEST_WEEK.thursday,
      returnedOn: WED,
      status: 'early',
      processingDays: 2,
      rating: 'satisfied',
      digitised: true,
    });
    expect(body.dossiers[code(MON, 3)]).toMatchObject({ status: 'late', processingDays: 1, rating: 'unsatisfied', digitised: false });
    expect(body.dossiers[code(MON, 4)]).toMatchObject({ status: 'overdue', returnedOn: null, processingDays: null, rating: null });
    expect(body.dossiers[code(FRI, 1)]).toMatchObject({ status: 'pending', receivedOn: FRI });

    const csv = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/indicators.csv?from=${MON}&to=${FRI}`, {
      headers: { cookie: quanly.cookie! },
    });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes.subarray(3)).trim().split('\r\n');
    expect(lines).toHaveLength(1 + 6);
    expect(lines[0].split(',')[0]).toBe('Mã hồ sơ');
    expect(lines[1]).toBe(
      [
        code(MON, 1),
        DEMO_CENTER_ID,
        tickets.T1.ticket.number,
        '1.004873',
        'Xác nhận tình trạng hôn nhân',
        MON,
        TEST_WEEK.thursday,
        TEST_WEEK.thursday,
        WED,
        'Trước hạn',
        2,
        'Hài lòng',
        'Có',
      ].join(','),
    );
    const en = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/indicators.csv?from=${MON}&to=${FRI}&lang=en`, {
      headers: { cookie: quanly.cookie! },
    });
    const enLines = (await en.text()).trim().split('\r\n');
    expect(enLines[0].replace(/^\uFEFF/, '').split(',')[0]).toBe('Dossier code');
    expect(enLines[4]).toContain(',overdue,,');
    expect(enLines[4].endsWith(',Yes')).toBe(true);
  });

  it('a province manager sees the province center and its wards side by side; a ward’s staff only their own', async () => {
    const provinceManager = await signedIn(server, 'quanly.tinh', DEMO_PASSWORDS.demo);
    const view = ok(await provinceManager.get<IndicatorsView>(`/api/centers/${DEMO_PROVINCE.id}/indicators?from=${MON}&to=${FRI}`));
    // The province center's own row first, then its wards.
    expect(view.centers[0].center.id).toBe(DEMO_PROVINCE.id);
    expect(Object.fromEntries(view.centers.map((c) => [c.center.id, c.figures.dossiers]))).toEqual({
      [DEMO_PROVINCE.id]: 0,
      [DEMO_CENTER_ID]: 6,
      [DEMO_SECOND_WARD.id]: 0,
    });
    expect(view.total).toMatchObject({ dossiers: 6, visits: 9, satisfactionScore: 3 / 6 });
    // A ward's figures, read by the province.
    ok(await provinceManager.get(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${FRI}`));
    const { quanly, canbo1 } = await signInAll(server, ['quanly', 'canbo1']);
    expect(refusal(await quanly.get(`/api/centers/${DEMO_PROVINCE.id}/indicators?from=${MON}&to=${FRI}`))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(refusal(await quanly.get(`/api/centers/${DEMO_SECOND_WARD.id}/indicators?from=${MON}&to=${FRI}`))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(refusal(await canbo1.get(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${FRI}`))).toEqual({
      status: 403,
      code: 'forbidden',
    });
    expect(refusal(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/indicators?from=${MON}&to=${FRI}`)).status).toBe(401);
  });

  it('bad query strings are a 400 JSON error', async () => {
    const { quanly } = await signInAll(server, ['quanly']);
    for (const query of [
      `from=${FRI}&to=${MON}`,
      `from=${MON}`,
      'from=2026-02-30&to=2026-03-01',
      `from=${MON}&to=${FRI}&by=field`,
      `from=${MON}&to=${FRI}&lang=fr`,
    ]) {
      for (const path of ['indicators', 'indicators.csv', 'indicators.json']) {
        const res = await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/${path}?${query}`, {
          headers: { cookie: quanly.cookie! },
        });
        expect([path, query, res.status, res.headers.get('content-type')]).toEqual([
          path,
          query,
          400,
          expect.stringContaining('application/json'),
        ]);
        expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad-request');
      }
    }
  });

  it('the digitised box is refused on a line that is not a dossier received, and nothing changes', async () => {
    at(FRI, '10:30');
    const c1 = await desk('canbo1', 1);
    const t = await issue(kiosk, [birth]);
    ok(await c1.act('call', { ticketId: t.ticket.id }));
    ok(await c1.act('start'));
    const before = dumpTables(server.store, ['ticket_procedures']);
    for (const line of [
      { procedureId: birth, outcome: 'returned', digitised: true }, // no code
      { procedureId: birth, outcome: 'incomplete', dossierCode: code(FRI, 9), digitised: true }, // sent back
    ]) {
      expect(refusal(await c1.act('finish', { outcomes: [line] }))).toEqual({ status: 400, code: 'digitised-not-received' });
    }
    expect(refusal(await c1.act('finish', { outcomes: [{ procedureId: birth, outcome: 'returned', digitised: 'yes' }] }))).toEqual({
      status: 400,
      code: 'bad-request',
    });
    expect(dumpTables(server.store, ['ticket_procedures'])).toEqual(before);
  });
});
