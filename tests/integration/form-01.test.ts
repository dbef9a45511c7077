// #14 and #15: at the counter a clerk may mark a fast-lane dossier "needs verification" — it leaves
// the same-day track for Form 01 with a due date in working days, and the day's figures report it
// apart with its reason instead of as a same-day failure. Form 01 carries the citizen's name and
// phone (personal data: staff of the center only, never in a public view, an event, a webhook or
// the audit log). A real server, a real SQLite file, a real webhook receiver.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import { resultDueDate } from '../../shared/rules/working-days.js';
import type { AppointmentSlipView, CenterSnapshot, FastTrackDay, FastTrackDossier, ReportView, TicketView } from '../../shared/types.js';
import { issueFast, signInAll, TICKET_TABLES, vnTime } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, signedIn } from '../support/http-client.js';
import { addOtherCenter, OTHER_PASSWORD } from '../support/other-center.js';
import { NEXT_FRIDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const NAME = 'Nguyễn Thị Hoa';
const PHONE = '0912 345 678';
const code = (sequence: number) => formatDossierCode({ agency: '000.00.01.H26', date: NEXT_FRIDAY, sequence });

describe('needs verification at the counter, and Form 01 with the citizen', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  let kiosk: ApiClient;
  let staff: Record<'canbo1' | 'tiepdan' | 'lanhdao' | 'quanly' | 'admin', ApiClient>;
  let catalog: DemoCatalog;
  let desk: Desk;
  let birth: number;
  let verified: TicketView;

  const appointment = (client: ApiClient, ticketId: number) => client.get<AppointmentSlipView>(`/api/tickets/${ticketId}/appointment`);
  const fastDay = async () => ok(await staff.lanhdao.get<FastTrackDay>(`/api/centers/${DEMO_CENTER_ID}/fast-track/today`));

  beforeAll(async () => {
    server = await startTestServer(vnTime(NEXT_FRIDAY, '08:30'), { webhooks: { allowHttpHosts: ['127.0.0.1'] } });
    receiver = new WebhookReceiver();
    await receiver.start();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    birth = catalog.procedureNamed('Đăng ký khai sinh');
    staff = await signInAll(server, ['canbo1', 'tiepdan', 'lanhdao', 'quanly', 'admin']);
    const created = ok(
      await staff.admin.post<{ secret: string }>(`/api/centers/${DEMO_CENTER_ID}/webhooks`, {
        url: receiver.url,
        eventTypes: ['ticket.finished', 'fast-track.step', 'result.returned'],
      }),
    );
    receiver.secret = created.secret;
    desk = new Desk(staff.canbo1, catalog.counterId(1));
    await desk.open();
  });
  afterAll(async () => {
    await receiver.stop();
    await server.stop();
  });

  it('refuses a bad finish with a 4xx JSON error and keeps nothing of it', async () => {
    server.clock.set(vnTime(NEXT_FRIDAY, '09:00'));
    const issued = await issueFast(kiosk, [birth], { dossierComplete: true });
    expect(issued.ticket.number).toBe('N001');
    await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act<FastTrackDossier>('appraise'));
    const before = dumpTables(server.store, [...TICKET_TABLES, 'fast_track_steps', 'outbox_events']);
    const line = { procedureId: birth, outcome: 'appointment' };
    const bad: [unknown, number, string][] = [
      // Verification takes the line to an appointment: a result handed over now cannot need it.
      [
        { outcomes: [{ ...line, outcome: 'returned', verification: { reason: 'documents-mismatch' } }] },
        400,
        'verification-needs-appointment',
      ],
      [{ outcomes: [{ ...line, verification: { reason: 'other' } }] }, 400, 'bad-request'],
      [{ outcomes: [{ ...line, verification: { reason: 'other', note: '   ' } }] }, 400, 'bad-request'],
      [{ outcomes: [{ ...line, verification: { reason: 'gut-feeling' } }] }, 400, 'bad-request'],
      [{ outcomes: [{ ...line, verification: { reason: 'other', note: 'x'.repeat(301) } }] }, 400, 'bad-request'],
      [{ outcomes: [{ ...line, verification: 'yes' }] }, 400, 'bad-request'],
      [{ outcomes: [line], citizen: { name: NAME, phone: 'gọi sau' } }, 400, 'bad-request'],
      [{ outcomes: [line], citizen: { name: 'x'.repeat(101) } }, 400, 'bad-request'],
      [{ outcomes: [line], citizen: { name: NAME, idNumber: '001' } }, 400, 'bad-request'],
      [{ outcomes: [line], citizen: [] }, 400, 'bad-request'],
    ];
    for (const [body, status, errorCode] of bad) {
      const reply = await desk.act('finish', body);
      expect(refusal(reply), JSON.stringify(body)).toEqual({ status, code: errorCode });
      expect(JSON.stringify(reply.body)).not.toContain(NAME);
    }
    expect(dumpTables(server.store, [...TICKET_TABLES, 'fast_track_steps', 'outbox_events'])).toEqual(before);
  });

  it('takes the dossier off the same-day track onto Form 01, due after its verification days in working days', async () => {
    verified = ok(
      await desk.act('finish', {
        outcomes: [
          {
            procedureId: birth,
            outcome: 'appointment',
            dossierCode: code(7),
            verification: { reason: 'ask-other-agency', note: 'Hỏi UBND xã nơi sinh' },
          },
        ],
        citizen: { name: `  ${NAME} `, phone: PHONE },
      }),
    );
    const expectedDue = resultDueDate({
      receivedAt: vnTime(NEXT_FRIDAY, '09:00'),
      timezone: 'Asia/Ho_Chi_Minh',
      processingDays: 5,
      afternoonCutoff: false,
      holidays: server.app.domain.calendar.calendar(DEMO_CENTER_ID).holidays,
    });
    expect(verified.procedures).toEqual([
      expect.objectContaining({ outcome: 'appointment', dueDate: expectedDue, resultDate: expectedDue }),
    ]);
    expect(expectedDue > NEXT_FRIDAY).toBe(true);
    // The answer is a TicketView, as public as the snapshot: no name, no phone, no reason.
    expect(JSON.stringify(verified)).not.toContain(NAME);
    expect(JSON.stringify(verified)).not.toContain(PHONE);

    const slip = ok(await appointment(staff.tiepdan, verified.id));
    const me = ok(await staff.canbo1.get<{ staff: { displayName: string } }>('/api/auth/me')).staff;
    expect(slip).toMatchObject({ number: 'N001', citizenName: NAME, citizenPhone: PHONE, receivedBy: me.displayName });
    expect(slip.lines).toEqual([
      expect.objectContaining({
        procedureId: birth,
        dossierCode: code(7),
        dueDate: expectedDue,
        verification: { reason: 'ask-other-agency', note: 'Hỏi UBND xã nơi sinh' },
      }),
    ]);
    expect(slip.lines[0]?.documentsVi.join(' ')).toContain('Giấy chứng sinh');
    // The clerk at the counter reprints it too.
    expect(ok(await appointment(staff.canbo1, verified.id)).citizenName).toBe(NAME);
  });

  it('reports it apart with its reason: the same-day rate counts only the dossiers left on the track, and it is never late', async () => {
    server.clock.set(vnTime(NEXT_FRIDAY, '10:00'));
    await issueFast(kiosk, [birth], { dossierComplete: true });
    const n002 = await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act<FastTrackDossier>('appraise'));
    ok(await staff.lanhdao.post(`/api/tickets/${n002.id}/approve`, {}));
    ok(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'returned' }] }));

    server.clock.set(vnTime(NEXT_FRIDAY, '17:30'));
    const day = await fastDay();
    expect(day).toMatchObject({ dossiers: 1, returned: 1, sameDayRate: 1 });
    expect(day.verification).toEqual({ dossiers: 1, reasons: [{ reason: 'ask-other-agency', lines: 1 }] });
    const n001 = day.all.find((d) => d.number === 'N001')!;
    expect(n001).toMatchObject({ stage: 'verification', late: false, verificationReasons: ['ask-other-agency'] });
    // The clerk's own words stay on the line (Form 01), off the fast-track feed every screen hears.
    expect(JSON.stringify(day)).not.toContain('Hỏi UBND');

    const report = ok(
      await staff.quanly.get<ReportView>(`/api/centers/${DEMO_CENTER_ID}/reports?from=${NEXT_FRIDAY}&to=${NEXT_FRIDAY}&by=field`),
    );
    expect(report.total.fastTrack).toEqual({ dossiers: 1, sameDay: 1, sameDayRate: 1, verification: 1 });
    const csv = await (
      await fetch(`${server.baseUrl}/api/centers/${DEMO_CENTER_ID}/reports.csv?from=${NEXT_FRIDAY}&to=${NEXT_FRIDAY}&by=field`, {
        headers: { cookie: staff.quanly.cookie ?? '' },
      })
    ).text();
    expect(csv).toContain('Luồng nhanh cần xác minh');
  });

  it('answers Form 01 to the staff of its center only, and only for a ticket that has one', async () => {
    expect(refusal(await appointment(kiosk, verified.id))).toEqual({ status: 401, code: 'unauthenticated' });
    const others = await addOtherCenter(server.store, server.clock.now());
    const stranger = await signedIn(server, others.reception, OTHER_PASSWORD);
    expect(refusal(await appointment(stranger, verified.id))).toEqual({ status: 404, code: 'ticket-not-found' });
    const returnedOnly = server.store.first<{ id: number }>("SELECT id FROM tickets WHERE number = 'N002'")!;
    expect(refusal(await appointment(staff.tiepdan, returnedOnly.id))).toEqual({ status: 404, code: 'appointment-not-found' });
    expect(refusal(await appointment(staff.tiepdan, 999_999))).toEqual({ status: 404, code: 'ticket-not-found' });
  });

  it('never puts the name or phone in a public view, an event, a webhook or the audit log', async () => {
    await server.app.webhooks.sendDue();
    const bodies = receiver.accepted.map((d) => JSON.stringify(d.body));
    expect(receiver.accepted.every((d) => d.signed)).toBe(true);
    // The verification step and the finish did go out — without the citizen.
    expect(receiver.accepted.map((d) => d.body.type)).toContain('ticket.finished');
    expect(receiver.accepted.some((d) => d.body.type === 'fast-track.step' && JSON.stringify(d.body.data).includes('"verification"'))).toBe(
      true,
    );
    const outbox = server.store.all<{ payload: string }>('SELECT payload FROM outbox_events').map((r) => r.payload);
    const audit = JSON.stringify(server.store.all('SELECT * FROM audit_log'));
    const snapshot = JSON.stringify(ok(await kiosk.get<CenterSnapshot>(`/api/centers/${DEMO_CENTER_ID}/snapshot`)));
    const today = JSON.stringify(ok(await staff.tiepdan.get<{ tickets: TicketView[] }>(`/api/centers/${DEMO_CENTER_ID}/tickets/today`)));
    for (const text of [...bodies, ...outbox, audit, snapshot, today]) {
      expect(text).not.toContain(NAME);
      expect(text).not.toContain(PHONE);
      expect(text).not.toContain('0912');
    }
  });

  it('keeps a walk-in line without a name when the clerk types none, and a verification outside the fast lane gets its days too', async () => {
    server.clock.set(vnTime(NEXT_FRIDAY, '14:00'));
    const marriage = catalog.procedureNamed('Đăng ký kết hôn');
    await issue(kiosk, [marriage]);
    const desk2 = new Desk(staff.canbo1, catalog.counterId(2));
    await desk2.open();
    await desk2.callNext();
    ok(await desk2.act('start'));
    const done = ok(
      await desk2.act('finish', {
        outcomes: [{ procedureId: marriage, outcome: 'appointment', verification: { reason: 'documents-mismatch' } }],
      }),
    );
    expect(done.procedures[0]?.dueDate).not.toBe(NEXT_FRIDAY);
    const slip = ok(await appointment(staff.tiepdan, done.id));
    expect(slip).toMatchObject({ citizenName: null, citizenPhone: null });
    expect(slip.lines[0]?.verification).toEqual({ reason: 'documents-mismatch', note: null });
    // Not a fast-lane dossier: the same-day figures do not count it at all.
    expect((await fastDay()).verification.dossiers).toBe(1);
  });
});
