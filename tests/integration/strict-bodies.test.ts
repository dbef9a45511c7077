// Every write validates its body: the four that once took anything (sign-out, withdrawing a ticket,
// deleting an outreach session or a holiday) refuse what is not an empty object with 400 and change
// nothing; deleting a holiday that is not there is 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutreachView } from '../../shared/types.js';
import { CALENDAR_TABLES, minutesOf, requestTicket, signInAll } from '../support/clock-and-roles.js';
import { demoCatalog, dumpTables, WRITTEN_TABLES, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok, refusal } from '../support/http-client.js';
import { TEST_WEEK } from '../support/test-dates.js';
import { DEMO_CENTER_ID, startTestServer, type TestServer } from '../support/test-server.js';

const CAL = `/api/centers/${DEMO_CENTER_ID}/calendar`;
const TABLES = [...WRITTEN_TABLES, ...CALENDAR_TABLES];

/** Bodies that are not the empty object these writes expect, and the code each is refused with. */
const BAD_BODIES: [string, string, string][] = [
  ['an array', '[]', 'bad-request'],
  ['an unknown key', '{"zzz":1}', 'bad-request'],
  ['a 5,000-deep array', `${'['.repeat(5000)}${']'.repeat(5000)}`, 'bad-request'],
  ['a __proto__ key', '{"__proto__":{"admin":true}}', 'bad-request'],
  // Only objects and arrays are JSON bodies to the parser (its strict mode).
  ['a string', '"x"', 'malformed-json'],
  ['null', 'null', 'malformed-json'],
];

describe('writes that expect nothing', () => {
  let server: TestServer;
  let manager: ApiClient;
  let reception: ApiClient;
  let catalog: DemoCatalog;
  let paths: Record<string, string>;

  beforeAll(async () => {
    server = await startTestServer();
    ({ quanly: manager, tiepdan: reception } = await signInAll(server, ['quanly', 'tiepdan']));
    catalog = await demoCatalog(new ApiClient(server));
    const { ticket } = ok(await requestTicket(reception, [catalog.procedureNamed('Đăng ký khai sinh')]));
    const outreach = ok(
      await manager.post<OutreachView>(`${CAL}/outreach`, {
        from: TEST_WEEK.thursday,
        to: TEST_WEEK.thursday,
        start: minutesOf('08:00'),
        end: minutesOf('11:00'),
        placeVi: 'Nhà văn hóa',
        placeEn: 'Cultural house',
        counterIds: [],
      }),
    );
    ok(await manager.post(`${CAL}/holidays`, { date: TEST_WEEK.wednesday, nameVi: 'Nghỉ', nameEn: 'Day off' }));
    paths = {
      logout: '/api/auth/logout',
      cancel: `/api/tickets/${ticket.id}/cancel`,
      outreach: `${CAL}/outreach/${outreach.id}/delete`,
      holiday: `${CAL}/holidays/${TEST_WEEK.wednesday}/delete`,
    };
  });
  afterAll(() => server.stop());

  for (const [what, raw, code] of BAD_BODIES) {
    it(`refuses ${what} with 400 on each of them, and nothing changes`, async () => {
      const answers: Record<string, unknown> = {};
      for (const [name, path] of Object.entries(paths)) {
        const client = name === 'cancel' ? reception : manager;
        const before = dumpTables(server.store, TABLES);
        const reply = await client.postRaw(path, raw);
        answers[name] = { ...refusal(reply), unchanged: JSON.stringify(dumpTables(server.store, TABLES)) === JSON.stringify(before) };
      }
      const refused = { status: 400, code, unchanged: true };
      expect(answers).toEqual({ logout: refused, cancel: refused, outreach: refused, holiday: refused });
      // Still signed in: the refused sign-out ended nothing.
      expect((await manager.get('/api/auth/me')).status).toBe(200);
    });
  }

  it('deletes a holiday that is there, then answers 404 for it and changes nothing', async () => {
    ok(await manager.post(paths.holiday, {}));
    const before = dumpTables(server.store, TABLES);
    expect(refusal(await manager.post(paths.holiday, {}))).toEqual({ status: 404, code: 'holiday-not-found' });
    expect(dumpTables(server.store, TABLES)).toEqual(before);
  });
});
