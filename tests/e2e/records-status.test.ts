// The records system's word coming back: an admin makes its API key on /admin (the token shown once,
// its last use listed, revocable), the records system says "result ready" with it, and the reception's
// result-return list shows "Đã có kết quả" while the citizen's phone page, still open, says the
// result can be collected. In a real Chromium against a real server and SQLite file.
import { describe, expect, it } from 'vitest';
import { formatDossierCode } from '../../shared/rules/dossier-code.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok, refusal, withKey } from '../support/http-client.js';
import { signIn, useScreens } from '../support/screens.js';
import { NEXT_MONDAY } from '../support/test-dates.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();
const PHONE = { width: 360, height: 740 };
const AGENCY = '000.00.01.H26';
const CODE = formatDossierCode({ agency: AGENCY, date: NEXT_MONDAY, sequence: 7 });

describe('the records system’s status, from the admin’s key to the reception desk and the phone', () => {
  it('shows the key’s token once, and “Đã có kết quả” at reception and on the phone when the records system says so', async () => {
    const { canbo1, quanly } = await signInAll(s.server, ['canbo1', 'quanly'] as const);
    const admin = await s.open(s.screen('/admin'), { width: 1366, height: 768 });
    await signIn(admin, 'admin', DEMO_PASSWORDS.admin);
    // Without the agency code the panel says what is missing, and the server refuses the key with the reason.
    await expect.poll(() => admin.getByTestId('api-keys-needs-agency').isVisible()).toBe(true);
    await admin.getByTestId('api-key-name').fill('Hệ thống một cửa điện tử tỉnh');
    await admin.getByTestId('api-key-scope-dossiers:write-status').check();
    await admin.getByTestId('api-key-add').click();
    await expect.poll(() => admin.getByTestId('admin-error').textContent()).toContain('mã cơ quan');

    ok(await quanly.post(`/api/centers/${DEMO_CENTER_ID}/agency-code`, { agencyCode: AGENCY }));
    await admin.reload();
    await admin.getByTestId('api-key-name').fill('Hệ thống một cửa điện tử tỉnh');
    await admin.getByTestId('api-key-scope-tickets:read').uncheck();
    await admin.getByTestId('api-key-scope-dossiers:write-status').check();
    await admin.getByTestId('api-key-add').click();
    await expect.poll(() => admin.getByTestId('api-key-token').textContent()).toMatch(/^mc_/);
    const token = (await admin.getByTestId('api-key-token').textContent())!.trim();

    // A citizen whose result is promised on an appointment slip keeps the phone page open.
    const birth = s.catalog.procedureNamed('Đăng ký khai sinh');
    const issued = await s.issue([birth]);
    const desk = new Desk(canbo1, s.catalog.counterId(1));
    await desk.open();
    await desk.callNext();
    ok(await desk.act('start'));
    ok(await desk.act('finish', { outcomes: [{ procedureId: birth, outcome: 'appointment', dossierCode: CODE }] }));
    const phone = await s.open(`${s.server.baseUrl}/status?t=${issued.statusToken}`, PHONE);
    await expect.poll(() => phone.getByTestId('status-done').isVisible()).toBe(true);
    expect(await phone.getByTestId('status-records').count()).toBe(0);

    const reception = await s.open(s.screen('/reception'), { width: 1366, height: 768 });
    await signIn(reception, 'tiepdan');
    await expect.poll(() => reception.getByTestId(`pending-${issued.ticket.number}`).isVisible()).toBe(true);
    expect(await reception.getByTestId(`records-${issued.ticket.id}-${birth}`).count()).toBe(0);

    // The records system, with the key the admin copied.
    const records = withKey(s.server, token);
    ok(await records.post(`/api/dossiers/${CODE}/status`, { status: 'result-ready' }));
    await expect.poll(() => reception.getByTestId(`records-${issued.ticket.id}-${birth}`).textContent()).toBe('Đã có kết quả');
    await expect.poll(() => phone.getByTestId('status-records').textContent()).toContain('Đã có kết quả. Mời anh/chị đến');

    // On /admin: the token is gone after a reload, the key's last use is listed, and revoking it closes it.
    await admin.reload();
    await expect.poll(() => admin.locator('[data-testid^="api-key-used-"]').first().textContent()).toContain('Dùng lần cuối');
    expect(await admin.getByTestId('api-key-token').count()).toBe(0);
    await admin.locator('[data-testid^="api-key-revoke-"]').first().click();
    await expect.poll(() => admin.locator('[data-testid^="api-key-revoked-"]').count()).toBe(1);
    expect(refusal(await records.post(`/api/dossiers/${CODE}/status`, { status: 'refused' }))).toEqual({
      status: 401,
      code: 'api-key-invalid',
    });
  }, 90_000);
});
