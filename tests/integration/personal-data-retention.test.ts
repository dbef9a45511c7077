// Form 01's name and phone are kept for the months the center sets (24 by default) after the dossier
// was received, then cleared from the lines — by a purge that runs at start and once a day. A real
// SQLite file: dossiers received on three days far apart (each an ordinary working morning of the
// demo calendar, worked out from the run's date), the clock moved on, the purge run, the file read.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Every } from '../../server/ops/every.js';
import { localDate } from '../../shared/rules/local-time.js';
import { addDays } from '../../shared/rules/sessions.js';
import type { CenterInfo } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue } from '../support/demo.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { NEXT_MONDAY, ordinaryWeekAfter, vnTime } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const DAY_MS = 86_400_000;

/** 09:00 on the first ordinary Monday at least `days` after the test Monday. */
const mondayAfter = (days: number) => vnTime(ordinaryWeekAfter(vnTime(addDays(NEXT_MONDAY, days - 1), '09:00')).monday, '09:00');

describe('personal data retention on Form 01', () => {
  let server: TestServer;
  let counterId: number;
  let marital: number;
  const received: Record<'old' | 'young' | 'recent', number> = { old: 0, young: 0, recent: 0 };

  const personal = (ticketId: number) =>
    server.store.first<{ citizen_name: string | null; citizen_phone: string | null; dossier_code: string | null; due_date: string | null }>(
      'SELECT citizen_name, citizen_phone, dossier_code, due_date FROM ticket_procedures WHERE ticket_id = ?',
      ticketId,
    )!;

  /** A dossier received at `at` with an appointment and the citizen's name and phone on Form 01. */
  async function receiveAt(at: number, name: string): Promise<number> {
    server.clock.set(at);
    // Sessions end after 12 hours of the server's clock: the clerk signs in on the day.
    const desk = new Desk((await signInAll(server, ['canbo1'])).canbo1, counterId);
    const kiosk = new ApiClient(server);
    const { ticket } = await issue(kiosk, [marital]);
    await desk.open();
    await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: [{ procedureId: marital, outcome: 'appointment' }], citizen: { name, phone: '0987654321' } }));
    return ticket.id;
  }

  beforeAll(async () => {
    server = await startTestServer(mondayAfter(0));
    const catalog = await demoCatalog(new ApiClient(server));
    marital = catalog.procedureNamed('Xác nhận tình trạng hôn nhân');
    counterId = catalog.counterId(1);
    received.old = await receiveAt(mondayAfter(0), 'Người cũ');
    received.young = await receiveAt(mondayAfter(13 * 31), 'Người mới');
    received.recent = await receiveAt(mondayAfter(30 * 31), 'Người gần đây');
  });
  afterAll(() => server.stop());

  it('a new center keeps them 24 months', async () => {
    const catalog = ok(await new ApiClient(server).get<{ center: CenterInfo }>(`/api/centers/${DEMO_CENTER_ID}/catalog`));
    expect(catalog.center.personalDataMonths).toBe(24);
  });

  it('clears the name and phone of lines older than 24 months at the purge, keeps younger ones and the rest of every line', () => {
    // The clock a day after the third dossier: the first is some 30 months old, the second some 17.
    server.clock.set(mondayAfter(30 * 31) + DAY_MS);
    const oldBefore = personal(received.old);
    expect(oldBefore.citizen_name).toBe('Người cũ');
    expect(server.app.domain.personalData.purge()).toBe(1);
    expect(personal(received.old)).toEqual({ ...oldBefore, citizen_name: null, citizen_phone: null });
    // Its dossier's dates stay for the reports.
    expect(personal(received.old).due_date).not.toBeNull();
    expect(personal(received.young)).toMatchObject({ citizen_name: 'Người mới', citizen_phone: '0987654321' });
    expect(personal(received.recent)).toMatchObject({ citizen_name: 'Người gần đây' });
    // Nothing more to clear: the next purge clears nothing.
    expect(server.app.domain.personalData.purge()).toBe(0);
  });

  it('follows the months the center sets (bad values are 400 and change nothing)', async () => {
    const path = `/api/centers/${DEMO_CENTER_ID}/personal-data`;
    const manager = (await signInAll(server, ['quanly'])).quanly;
    for (const body of [
      { retentionMonths: 0 },
      { retentionMonths: 121 },
      { retentionMonths: 6.5 },
      { retentionMonths: '12' },
      {},
      { months: 12 },
    ]) {
      expect(refusal(await manager.post(path, body)), JSON.stringify(body)).toEqual({ status: 400, code: 'bad-request' });
    }
    expect(refusal(await new ApiClient(server).post(path, { retentionMonths: 12 }))).toEqual({ status: 401, code: 'unauthenticated' });
    expect(server.app.domain.reader.center(DEMO_CENTER_ID).personalDataMonths).toBe(24);

    expect(ok(await manager.post<CenterInfo>(path, { retentionMonths: 12 })).personalDataMonths).toBe(12);
    // Applied at once, not at the next daily purge.
    expect(personal(received.young)).toMatchObject({ citizen_name: null, citizen_phone: null });
    expect(personal(received.recent)).toMatchObject({ citizen_name: 'Người gần đây' });
  });

  it('runs at once when scheduled, and again at each daily tick', async () => {
    const ticks: (() => Promise<void>)[] = [];
    const every: Every = (tick, ms) => {
      expect(ms).toBe(DAY_MS);
      ticks.push(tick);
      return () => undefined;
    };
    const errors: unknown[] = [];
    // A year on, the last dossier is past the 12 months too: the start-up purge clears it.
    server.clock.set(mondayAfter(30 * 31) + 366 * DAY_MS);
    const stop = server.app.domain.personalData.schedule((err) => errors.push(err), every);
    expect(ticks).toHaveLength(1);
    expect(personal(received.recent)).toMatchObject({ citizen_name: null, citizen_phone: null });
    // A dossier received today keeps its name through the daily ticks until it is old enough.
    const today = localDate(server.clock.now(), 'Asia/Ho_Chi_Minh');
    const fresh = await receiveAt(mondayAfter(30 * 31 + 366 + 7), 'Người hôm nay');
    expect(localDate(server.clock.now(), 'Asia/Ho_Chi_Minh') > today).toBe(true);
    await ticks[0]?.();
    expect(personal(fresh).citizen_name).toBe('Người hôm nay');
    server.clock.advance(400 * DAY_MS);
    await ticks[0]?.();
    expect(personal(fresh).citizen_name).toBeNull();
    expect(errors).toEqual([]);
    stop();
  });
});
