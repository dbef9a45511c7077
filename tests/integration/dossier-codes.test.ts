// A dossier code (Circular 01/2018/TT-VPCP, Art. 19) on each procedure line a clerk finishes: refused
// with the reason when it is not a real code of this center dated today or before, unique within a
// center, found again by staff of the center on any later day — and never shown to the public views,
// never written to the audit log or the server's log.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SECOND_WARD, seedDemoProvince } from '../../server/demo/demo-province.js';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import { addDays } from '../../shared/rules/sessions.js';
import type { CenterInfo, DossierLine, PendingResult, ReportView, TicketStatus, TicketView } from '../../shared/types.js';
import { startChildServer, type ChildServer } from '../support/child-server.js';
import { closeSockets, connectToCenter, recordEvents, roundTrip } from '../support/center-socket.js';
import { signInAll, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, refusalMessage, signedIn } from '../support/http-client.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS, startTestServer, type TestServer } from '../support/test-server.js';

const AGENCY = '000.00.01.H26';
/** A code received on `date` (the server's today unless told) with this sequence. */
const code = (sequence: number, date = NEXT_MONDAY, agency = AGENCY) => formatDossierCode({ agency, date, sequence });

describe('dossier codes on procedure lines', () => {
  let server: TestServer;
  let catalog: DemoCatalog;
  let kiosk: ApiClient;
  let staff: Record<'canbo1' | 'tiepdan' | 'quanly' | 'admin' | 'lanhdao', ApiClient>;
  let desk: Desk;
  let birth: number;
  let marital: number;

  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_MONDAY, '09:00'));
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    staff = await signInAll(server, ['canbo1', 'tiepdan', 'quanly', 'admin', 'lanhdao'] as const);
    desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    marital = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
  });
  afterAll(() => server.stop());
  // A test that failed half-way leaves its ticket at the counter: finish it so the next one starts clean.
  afterEach(async () => {
    closeSockets();
    const current = (await desk.counter()).current;
    if (current?.state === 'called') ok(await desk.act('start'));
    if (current)
      ok(await desk.act('finish', { outcomes: current.procedures.map((p) => ({ procedureId: p.procedureId, outcome: 'incomplete' })) }));
  });

  /** Calls the next ticket (of `procedureIds`, issued now) and starts serving it. */
  async function serving(procedureIds: number[]): Promise<TicketView> {
    const { ticket } = await issue(kiosk, procedureIds);
    const called = await desk.callNext();
    expect(called.id).toBe(ticket.id);
    ok(await desk.act('start'));
    return called;
  }

  const finish = (outcomes: { procedureId: number; outcome: string; dossierCode?: string | null }[]) => desk.act('finish', { outcomes });
  const search = (client: ApiClient, raw: string, centerId = DEMO_CENTER_ID) =>
    client.post<{ dossier: DossierLine | null }>(`/api/centers/${centerId}/dossiers/search`, { code: raw });

  it('records a code per line, and reception finds the line by it — typed in lower case, or on a later day', async () => {
    const ticket = await serving([birth, marital]);
    const done = ok(
      await finish([
        { procedureId: birth, outcome: 'returned', dossierCode: ` ${code(12).toLowerCase()} ` },
        { procedureId: marital, outcome: 'appointment', dossierCode: code(13) },
      ]),
    );
    expect(done.state).toBe('done');

    const found = ok(await search(staff.tiepdan, code(13)));
    expect(found.dossier).toMatchObject({
      dossierCode: code(13),
      ticketId: ticket.id,
      number: ticket.number,
      receivedOn: NEXT_MONDAY,
      procedureId: marital,
      outcome: 'appointment',
      returnedOn: null,
    });
    expect(ok(await search(staff.tiepdan, code(12))).dossier).toMatchObject({
      procedureId: birth,
      outcome: 'returned',
      returnedOn: NEXT_MONDAY,
    });
    // The result-return list carries the code of each result waiting.
    const pending = ok(await staff.tiepdan.get<{ results: PendingResult[] }>(`/api/centers/${DEMO_CENTER_ID}/results/pending`));
    expect(pending.results.find((r) => r.ticketId === ticket.id)).toMatchObject({ procedureId: marital, dossierCode: code(13) });

    // The citizen comes back two days later with the slip: found, though dated before that day.
    server.clock.advance(2 * 86_400_000);
    try {
      const reception = await signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo);
      expect(ok(await search(reception, code(13))).dossier?.ticketId).toBe(ticket.id);
      // A real code nobody recorded is no error: there is just no dossier.
      expect(ok(await search(reception, code(99)))).toEqual({ dossier: null });
    } finally {
      server.clock.advance(-2 * 86_400_000);
    }
  });

  it('leaves a line without a code (a guidance-only visit), with null or no code at all', async () => {
    await serving([birth, marital]);
    ok(
      await finish([
        { procedureId: birth, outcome: 'returned', dossierCode: null },
        { procedureId: marital, outcome: 'incomplete' },
      ]),
    );
  });

  it('refuses a code that is not a real one dated today or before, naming it and the reason, and changes nothing', async () => {
    const ticket = await serving([birth]);
    const tomorrow = addDays(NEXT_MONDAY, 1);
    const cases: [string, string, string][] = [
      ['A012', 'dossier-code-malformed', 'Mã hồ sơ “A012” không đúng dạng'],
      ['000.00.01.H26-260230-0001', 'dossier-code-no-such-date', 'ngày tiếp nhận không có thật (260230)'],
      [code(1, tomorrow), 'dossier-code-future', `có ngày tiếp nhận ${tomorrow.split('-').reverse().join('/')}, sau hôm nay`],
    ];
    for (const [raw, errorCode, words] of cases) {
      const reply = await finish([{ procedureId: birth, outcome: 'returned', dossierCode: raw }]);
      expect(refusal(reply), raw).toEqual({ status: 400, code: errorCode });
      expect(refusalMessage(reply)).toContain(words);
    }
    expect((await desk.counter()).current).toMatchObject({ id: ticket.id, state: 'serving' });
    // A slip from an earlier day, recorded late, is taken.
    ok(await finish([{ procedureId: birth, outcome: 'returned', dossierCode: code(40, addDays(NEXT_MONDAY, -3)) }]));
  });

  it('keeps a code unique within the center: 409 naming it and the ticket that has it; twice in one visit is 400', async () => {
    const first = await serving([birth]);
    ok(await finish([{ procedureId: birth, outcome: 'returned', dossierCode: code(50) }]));

    const second = await serving([birth, marital]);
    const twice = await finish([
      { procedureId: birth, outcome: 'returned', dossierCode: code(51) },
      { procedureId: marital, outcome: 'appointment', dossierCode: code(51).toLowerCase() },
    ]);
    expect(refusal(twice)).toEqual({ status: 400, code: 'dossier-code-repeated' });
    expect(refusalMessage(twice)).toContain(code(51));

    const taken = await finish([
      { procedureId: birth, outcome: 'returned', dossierCode: code(52) },
      { procedureId: marital, outcome: 'appointment', dossierCode: code(50) },
    ]);
    expect(refusal(taken)).toEqual({ status: 409, code: 'dossier-code-taken' });
    expect(refusalMessage(taken)).toBe(
      `Mã hồ sơ “${code(50)}” đã được ghi cho số ${first.number} ngày ${NEXT_MONDAY.split('-').reverse().join('/')}.`,
    );
    // Nothing of the refused finish was kept: code 52 is still free, the ticket still served.
    expect(ok(await search(staff.tiepdan, code(52)))).toEqual({ dossier: null });
    expect((await desk.counter()).current).toMatchObject({ id: second.id, state: 'serving' });
    ok(
      await finish([
        { procedureId: birth, outcome: 'returned', dossierCode: code(52) },
        { procedureId: marital, outcome: 'incomplete' },
      ]),
    );
  });

  it('checks the agency part against the center’s agency code once an admin sets it, by the same rule', async () => {
    const set = (agencyCode: string | null) => staff.admin.post<CenterInfo>(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode });
    const bad = await set('H26');
    expect(refusal(bad)).toEqual({ status: 400, code: 'agency-code-invalid' });
    expect(refusalMessage(bad)).toContain('“H26”');
    expect(ok(await set(' 000.00.01.h26 ')).agencyCode).toBe(AGENCY);
    expect(ok(await kiosk.get<{ centers: CenterInfo[] }>('/api/centers')).centers.find((c) => c.id === DEMO_CENTER_ID)?.agencyCode).toBe(
      AGENCY,
    );
    try {
      const other = code(60, NEXT_MONDAY, '000.00.02.H26');
      await serving([birth]);
      const refused = await finish([{ procedureId: birth, outcome: 'returned', dossierCode: other }]);
      expect(refusal(refused)).toEqual({ status: 400, code: 'dossier-code-other-agency' });
      expect(refusalMessage(refused)).toContain(`thuộc cơ quan 000.00.02.H26, không phải mã cơ quan của trung tâm (${AGENCY})`);
      expect(refusal(await search(staff.tiepdan, other))).toEqual({ status: 400, code: 'dossier-code-other-agency' });
      ok(await finish([{ procedureId: birth, outcome: 'returned', dossierCode: code(60) }]));
      // A search refuses what is not a code, with the reason in the caller's language.
      staff.tiepdan.acceptLanguage = 'en';
      const malformed = await search(staff.tiepdan, 'A012');
      staff.tiepdan.acceptLanguage = null;
      expect(refusal(malformed)).toEqual({ status: 400, code: 'dossier-code-malformed' });
      expect(refusalMessage(malformed)).toContain('Dossier code “A012” is not in the form');
    } finally {
      ok(await set(null));
    }
  });

  it('is for the staff of that center: a code of one center is free in another, and found only there', async () => {
    await serving([birth]);
    ok(await finish([{ procedureId: birth, outcome: 'returned', dossierCode: code(70) }]));
    expect(refusal(await search(kiosk, code(70)))).toEqual({ status: 401, code: 'unauthenticated' });
    expect(refusal(await search(staff.lanhdao, code(70)))).toEqual({ status: 403, code: 'forbidden' });

    // The second ward of the province demo records the same code on a line of its own.
    expect(await seedDemoProvince(server.store, server.clock.now, DEMO_PASSWORDS.demo)).toBe(true);
    const [clerk, manager] = await Promise.all([
      signedIn(server, 'canbo.ankhanh1', DEMO_PASSWORDS.demo),
      signedIn(server, 'quanly.ankhanh', DEMO_PASSWORDS.demo),
    ]);
    const ward = await demoCatalog(kiosk, DEMO_SECOND_WARD.id);
    const wardDesk = new Desk(clerk, ward.counterId(1));
    await wardDesk.open();
    const wardBirth = ward.procedureNamed('Đăng ký khai sinh');
    ok(await kiosk.post(`/api/centers/${DEMO_SECOND_WARD.id}/tickets`, { procedureIds: [wardBirth] }));
    const wardTicket = await wardDesk.callNext();
    ok(await wardDesk.act('start'));
    ok(await wardDesk.act('finish', { outcomes: [{ procedureId: wardBirth, outcome: 'returned', dossierCode: code(70) }] }));

    expect(ok(await search(manager, code(70), DEMO_SECOND_WARD.id)).dossier?.ticketId).toBe(wardTicket.id);
    expect(refusal(await search(manager, code(70)))).toEqual({ status: 403, code: 'forbidden' });
    expect(ok(await search(staff.tiepdan, code(70))).dossier?.ticketId).not.toBe(wardTicket.id);
  });

  it('never shows a code to the public views (snapshot, socket feed, status page) nor writes it to the audit log', async () => {
    const { socket } = await connectToCenter(server.baseUrl, DEMO_CENTER_ID);
    const events = recordEvents(socket);
    const issued = await issue(kiosk, [birth]);
    await desk.callNext();
    ok(await desk.act('start'));
    const secret = code(80);
    const finished = ok(await finish([{ procedureId: birth, outcome: 'returned', dossierCode: secret }]));
    await roundTrip(socket);
    const seen = (value: unknown) => JSON.stringify(value);
    // The date and sequence ("YYMMDD-0080"): the agency part alone is no secret.
    const sequence = secret.slice(secret.indexOf('-') + 1);
    expect(seen(finished)).not.toContain(sequence);
    expect(seen(events)).not.toContain(sequence);
    expect(events.some((e) => e.name === 'ticket:finished')).toBe(true);
    expect(seen(await kiosk.get(`/api/centers/${DEMO_CENTER_ID}/snapshot`))).not.toContain(sequence);
    expect(seen(await kiosk.get<TicketStatus>(`/api/tickets/status/${issued.statusToken}`))).not.toContain(sequence);
    ok(await search(staff.tiepdan, secret));
    const audit = await staff.quanly.get(`/api/centers/${DEMO_CENTER_ID}/audit?from=${NEXT_MONDAY}&to=${NEXT_MONDAY}`);
    expect(seen(audit)).toContain('dossiers/search');
    expect(seen(audit)).not.toContain(sequence);
  });
});

describe('the report of lines left without a code', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_MONDAY, '09:00'));
  });
  afterAll(() => server.stop());

  it('counts, per group and in total, the finished lines without a code — not those never finished — and exports it', async () => {
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const { canbo1, quanly } = await signInAll(server, ['canbo1', 'quanly'] as const);
    const desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
    const [birth, marital] = [catalog.procedureNamed('Đăng ký khai sinh'), catalog.procedureNamed('Xác nhận tình trạng hôn nhân')];
    const [copy, signature] = [catalog.procedureNamed('Chứng thực bản sao từ bản chính'), catalog.procedureNamed('Chứng thực chữ ký')];
    type Line = { procedureId: number; outcome: string; dossierCode?: string | null };
    const visit = async (lines: Line[]) => {
      await issue(
        kiosk,
        lines.map((l) => l.procedureId),
      );
      await desk.callNext();
      ok(await desk.act('start'));
      ok(await desk.act('finish', { outcomes: lines }));
    };
    // Field A: 1 line without a code; field B: 2 (a guidance-only visit, and a dossier sent back to be completed).
    await visit([
      { procedureId: birth, outcome: 'returned', dossierCode: code(1) },
      { procedureId: marital, outcome: 'appointment', dossierCode: code(2) },
    ]);
    await visit([
      { procedureId: birth, outcome: 'returned', dossierCode: null },
      { procedureId: marital, outcome: 'appointment', dossierCode: code(3) },
    ]);
    await visit([
      { procedureId: copy, outcome: 'returned' },
      { procedureId: signature, outcome: 'incomplete' },
    ]);
    // Lines never finished are not "left without a code": a no-show's two, and one still waiting.
    await issue(kiosk, [birth, marital]);
    await desk.callNext();
    for (let i = 0; i < 2; i++) {
      server.clock.advance(11_000);
      ok(await desk.act('recall'));
    }
    ok(await desk.act('no-show'));
    await issue(kiosk, [copy]);

    const report = ok(
      await quanly.get<ReportView>(`/api/centers/${DEMO_CENTER_ID}/reports?from=${NEXT_MONDAY}&to=${NEXT_MONDAY}&by=field`),
    );
    const byKey = Object.fromEntries(report.rows.map((r) => [r.key, [r.procedures, r.withoutDossierCode]]));
    expect(byKey).toEqual({ [catalog.fieldId('A')]: [6, 1], [catalog.fieldId('B')]: [3, 2] });
    expect([report.total.tickets, report.total.procedures, report.total.withoutDossierCode]).toEqual([5, 9, 3]);

    for (const [lang, heading, total] of [
      ['vi', 'Số thủ tục,Thủ tục không có mã hồ sơ', 'Tổng cộng,5,9,3,'],
      ['en', 'Procedures,Procedures without a dossier code', 'Total,5,9,3,'],
    ] as const) {
      const csv = await fetch(
        `${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/reports.csv?from=${NEXT_MONDAY}&to=${NEXT_MONDAY}&by=field&lang=${lang}`,
        {
          headers: { cookie: quanly.cookie! },
        },
      );
      const lines = (await csv.text()).trim().split('\r\n');
      expect(lines[0]).toContain(heading);
      expect(lines.at(-1)).toContain(total);
    }
  });
});

describe('dossier codes and the server log', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-dossier-log-'));
  let running: ChildServer | null = null;

  afterAll(async () => {
    if (running && running.process.exitCode === null) {
      running.process.kill('SIGKILL');
      await running.exited;
    }
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('writes none, even at the most talkative level, for codes (or Form 01 names and phones) recorded, refused and looked up', async () => {
    running = await startChildServer(dataDir, { MOTCUA_LOG_LEVEL: 'trace' });
    const server = { baseUrl: running.baseUrl };
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const [clerk, reception] = await Promise.all([
      signedIn(server, 'canbo1', DEMO_PASSWORDS.demo),
      signedIn(server, 'tiepdan', DEMO_PASSWORDS.demo),
    ]);
    const desk = new Desk(clerk, catalog.counterId(1));
    await desk.open();
    const birth = catalog.procedureNamed('Đăng ký khai sinh');
    // The child's clock starts at 09:00 on the run's test Monday (tests/support/child-server.ts).
    const [first, second, malformed] = [code(91), code(92), 'XYZ.00.01.H26-999999-0093'];
    for (const dossierCode of [first, second]) {
      await issue(kiosk, [birth]);
      await desk.callNext();
      ok(await desk.act('start'));
      if (dossierCode === second) {
        expect(refusal(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'returned', dossierCode: first }] }))).toEqual({
          status: 409,
          code: 'dossier-code-taken',
        });
        expect(
          refusal(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'returned', dossierCode: malformed }] })),
        ).toEqual({
          status: 400,
          code: 'dossier-code-malformed',
        });
      }
      ok(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'returned', dossierCode }] }));
    }
    ok(await reception.post(`/api/centers/${DEMO_CENTER_ID}/dossiers/search`, { code: second }));
    // Form 01's name and phone (personal data) are no more logged than the codes: taken, refused, read back.
    const marital = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    const citizen = { name: 'Lê Thị Nhật Ký', phone: '0977 111 222' };
    const { ticket } = await issue(kiosk, [marital]);
    await desk.callNext();
    ok(await desk.act('start'));
    const appointment = { procedureId: marital, outcome: 'appointment' };
    expect(refusal(await desk.act('finish', { outcomes: [appointment], citizen: { ...citizen, phone: `${citizen.name} 0977` } }))).toEqual({
      status: 400,
      code: 'bad-request',
    });
    ok(await desk.act('finish', { outcomes: [appointment], citizen }));
    ok(await reception.get(`/api/tickets/${ticket.id}/appointment`));
    running.process.kill('SIGTERM');
    expect(await running.exited).toEqual({ code: 0, signal: null });
    const log = running.output();
    // The log did record those requests, by their route patterns.
    expect(log).toContain('/api/counters/:id/finish');
    expect(log).toContain('/api/centers/:centerId/dossiers/search');
    for (const secret of [first, second, malformed]) expect(log).not.toContain(secret.slice(secret.indexOf('-')));
    expect(log).toContain('/api/tickets/:id/appointment');
    for (const secret of [citizen.name, citizen.phone, 'Nhật Ký', '0977']) expect(log).not.toContain(secret);
  });
});
