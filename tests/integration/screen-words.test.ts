// What the API tells the screens so they can say it in their own words (issue #14), on a real server:
// a refused body lists each field's problem (path, code, bound) instead of a validator's sentence; a
// recall beyond the center's limit is refused with 409 recall-limit and changes nothing; the center's
// public address (the tickets' QR codes) is checked, stored, and falls back to MOTCUA_PUBLIC_URL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorBody } from '../../shared/errors.js';
import type { CatalogView, CenterInfo } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, dumpTables, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal, type Reply } from '../support/http-client.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const errorOf = <T>(reply: Reply<T>) => (reply.body as ApiErrorBody).error;

describe('what the API tells the screens', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let staff: Record<'quanly' | 'canbo1', ApiClient>;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer(undefined, { publicUrl: 'https://motcua.example.vn' });
    kiosk = new ApiClient(server);
    staff = await signInAll(server, ['quanly', 'canbo1'] as const);
    catalog = await demoCatalog(kiosk);
  });
  afterAll(() => server.stop());

  const center = async () => ok(await kiosk.get<CatalogView>(`/api/centers/${DEMO_CENTER_ID}/catalog`)).center;

  describe('a refused body', () => {
    it('lists every field with its problem and bound, in no validator’s words', async () => {
      const reply = await staff.quanly.post(`/api/centers/${DEMO_CENTER_ID}/queue-rules`, {
        priorityMode: 'random',
        priorityEvery: 0,
        recallsBeforeNoShow: 9,
        extra: true,
      });
      expect(reply.status).toBe(400);
      const error = errorOf(reply);
      expect(error.code).toBe('bad-request');
      expect(error.fields).toEqual([
        { path: 'priorityMode', code: 'invalid-value' },
        { path: 'priorityEvery', code: 'too-small', limit: 1, of: 'number' },
        { path: 'recallsBeforeNoShow', code: 'too-big', limit: 5, of: 'number' },
        { path: 'waitAlertMinutes', code: 'required' },
        { path: 'extra', code: 'unknown-field' },
      ]);
      expect(error.message).not.toMatch(/Quá nhỏ|mong đợi|expected/);
    });

    it('a text too long, a list too short and an exclusive bound are given as the limits a person reads', async () => {
      const login = await new ApiClient(server).post('/api/auth/login', { username: 'a'.repeat(65), password: 'x' });
      expect(errorOf(login).fields).toEqual([{ path: 'username', code: 'too-big', limit: 64, of: 'string' }]);
      const ticket = await kiosk.post(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [] });
      expect(errorOf(ticket).fields).toEqual([{ path: 'procedureIds', code: 'too-small', limit: 1, of: 'array' }]);
      // Ids are > 0: said as "at least 1".
      const zero = await kiosk.post(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [0] });
      expect(errorOf(zero).fields).toEqual([{ path: 'procedureIds.0', code: 'too-small', limit: 1, of: 'number' }]);
    });
  });

  describe('the recall limit', () => {
    it('refuses a recall beyond the center’s recallsBeforeNoShow with 409 recall-limit, changing nothing; No-show is then allowed', async () => {
      const desk = new Desk(staff.canbo1, catalog.counterId(1));
      await desk.open();
      await issue(kiosk, [catalog.procedureIds('A')[0]]);
      await desk.callNext();
      const { recallsBeforeNoShow, recallCooldownSeconds } = await center();
      expect(recallsBeforeNoShow).toBe(2);
      for (let i = 1; i <= recallsBeforeNoShow; i++) {
        server.clock.advance((recallCooldownSeconds + 1) * 1000);
        expect(ok(await desk.act('recall')).recallCount).toBe(i);
      }
      server.clock.advance((recallCooldownSeconds + 1) * 1000);
      const before = dumpTables(server.store, ['tickets', 'ticket_events']);
      const english = new ApiClient(server);
      english.cookie = staff.canbo1.cookie;
      english.acceptLanguage = 'en';
      const third = await english.post(`/api/counters/${desk.counterId}/recall`, {});
      expect(refusal(third)).toEqual({ status: 409, code: 'recall-limit' });
      expect(errorOf(third).message).toBe('Already recalled the most allowed (2). If the citizen does not come, mark a no-show.');
      expect(dumpTables(server.store, ['tickets', 'ticket_events'])).toEqual(before);
      expect(ok(await desk.act('no-show')).state).toBe('no-show');
    });
  });

  describe('the public address', () => {
    const URL_PATH = `/api/centers/${DEMO_CENTER_ID}/public-url`;

    it('is MOTCUA_PUBLIC_URL until the center sets its own', async () => {
      expect(await center()).toMatchObject({ publicUrl: null, qrUrl: 'https://motcua.example.vn' });
    });

    it('refuses what is not an absolute http(s) address, saying which format, and changes nothing', async () => {
      const before = await center();
      for (const bad of ['localhost:3000', 'ftp://motcua.example.vn', 'https://motcua.example.vn/?a=1', 'motcua.example.vn', '']) {
        const reply = await staff.quanly.post(URL_PATH, { publicUrl: bad });
        expect(refusal(reply), bad).toEqual({ status: 400, code: 'bad-request' });
        expect(errorOf(reply).fields?.[0], bad).toMatchObject({ path: 'publicUrl' });
      }
      expect(errorOf(await staff.quanly.post(URL_PATH, { publicUrl: 'localhost:3000' })).fields).toEqual([
        { path: 'publicUrl', code: 'invalid-format', format: 'url' },
      ]);
      expect(refusal(await staff.canbo1.post(URL_PATH, { publicUrl: 'https://x.example.vn' }))).toMatchObject({ status: 403 });
      expect(await center()).toEqual(before);
    });

    it('stores an address without its trailing slash, tells the screens, and null goes back to the default', async () => {
      const set = ok(await staff.quanly.post<CenterInfo>(URL_PATH, { publicUrl: ' http://192.168.1.10:3000/ ' }));
      expect(set).toMatchObject({ publicUrl: 'http://192.168.1.10:3000', qrUrl: 'http://192.168.1.10:3000' });
      expect(await center()).toMatchObject({ qrUrl: 'http://192.168.1.10:3000' });
      ok(await staff.quanly.post(URL_PATH, { publicUrl: null }));
      expect(await center()).toMatchObject({ publicUrl: null, qrUrl: 'https://motcua.example.vn' });
    });
  });
});
