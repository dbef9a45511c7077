// The system administrator sees on /admin where the backups stand and can take one; a manager does
// not see the panel. Without an off-box copy folder the panel says the backups are only on this disk.
import { describe, expect, it } from 'vitest';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';

const s = useScreens();

describe('backups on /admin', () => {
  it('shows the administrator no backup yet and no off-box copy, then backs up on demand', async () => {
    const page = await s.open(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
    await signIn(page, 'admin', DEMO_PASSWORDS.admin);
    const panel = page.getByTestId('backups-panel');
    await expect.poll(() => panel.getByTestId('backup-last').textContent()).toContain('Chưa có bản sao lưu nào trên máy.');
    expect(await panel.getByTestId('backup-copy').textContent()).toContain('MOTCUA_BACKUP_COPY_DIR');
    await panel.getByTestId('backup-now').click();
    await expect.poll(() => panel.getByTestId('backup-last').textContent()).toContain('Bản sao lưu gần nhất trên máy:');
    expect(await panel.getByRole('status').textContent()).toContain('Đã sao lưu lúc');
    expect(s.server.app.backups.list()).toHaveLength(1);
    await page.screenshot({ path: '/tmp/admin-backups.png', fullPage: false });
  });

  it('is not shown to a manager', async () => {
    const page = await s.open(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
    await signIn(page, 'quanly');
    await page.getByTestId('center-rules').waitFor();
    expect(await page.getByTestId('backups-panel').count()).toBe(0);
  });
});
