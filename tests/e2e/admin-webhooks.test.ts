// An admin on /admin adds a webhook endpoint for a real local receiver, sees its secret once (the
// receiver checks every signature with it), watches the backlog and the last error while the
// receiver is down, and replays from the oldest undelivered event once it is back. Screenshots at
// 1366×768 in Vietnamese and English go to /tmp/shots-outbox/.
import axe from 'axe-core';
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointView } from '../../shared/types.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk } from '../support/demo.js';
import { ok } from '../support/http-client.js';
import { signIn, useScreens } from '../support/screens.js';
import { DEMO_CENTER_ID, DEMO_PASSWORDS } from '../support/test-server.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const s = useScreens({ webhooks: { allowHttpHosts: ['127.0.0.1'] } });
const SHOTS = '/tmp/shots-outbox';

describe('webhooks on /admin', () => {
  let receiver: WebhookReceiver;

  beforeEach(async () => {
    mkdirSync(SHOTS, { recursive: true });
    receiver = new WebhookReceiver();
    // Its port is known and nothing listens there yet: deliveries are refused.
    await receiver.start();
    await receiver.stop();
  });
  afterEach(() => receiver.stop());

  /** A screenshot with `testid` at the top of the panels' column (default: the webhook panel's heading). */
  const shoot = async (page: Page, name: string, testid = 'webhooks-panel') => {
    await page.getByTestId(testid).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${SHOTS}/${name}.png` });
  };

  it('adds an endpoint (secret shown once), shows its backlog and last error, and replays once the receiver is back', async () => {
    const page = await s.open(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
    await signIn(page, 'admin', DEMO_PASSWORDS.admin);
    const panel = page.getByTestId('webhooks-panel');
    await panel.getByText('Chưa có địa chỉ nhận sự kiện nào.').waitFor();

    await panel.getByTestId('webhook-url').fill(receiver.url);
    // Only the calls and the finishes.
    for (const type of WEBHOOK_EVENT_TYPES.filter((t) => t !== 'ticket.called' && t !== 'ticket.finished')) {
      await panel.getByTestId(`webhook-type-${type}`).uncheck();
    }
    await panel.getByTestId('webhook-add').click();
    const secret = panel.getByTestId('webhook-secret');
    await secret.waitFor();
    receiver.secret = (await secret.textContent())!.trim();
    expect(receiver.secret).toMatch(/^whsec_/);
    expect(await panel.getByText('Khóa chỉ hiện một lần').isVisible()).toBe(true);
    const [endpoint] = ok(
      await (
        await signInAll(s.server, ['quanly'])
      ).quanly.get<{ endpoints: WebhookEndpointView[] }>(`/api/centers/${DEMO_CENTER_ID}/webhooks`),
    ).endpoints;
    expect(endpoint.eventTypes).toEqual(['ticket.called', 'ticket.finished']);
    await shoot(page, 'admin-webhooks-created-vi', 'webhook-add');

    // A clerk calls and serves a citizen while the receiver is down.
    const clerk = new Desk((await signInAll(s.server, ['canbo1'])).canbo1, s.catalog.counterId(1));
    await clerk.open();
    await s.issue([s.catalog.procedureIds('A')[0]]);
    await clerk.callAndServe();
    await s.server.app.webhooks.sendDue();
    await panel.getByTestId('webhooks-refresh').click();
    await expect.poll(() => panel.getByTestId(`webhook-counts-${endpoint.id}`).textContent()).toContain('Chờ gửi: 2 · Thất bại: 0');
    expect(await panel.getByTestId(`webhook-error-${endpoint.id}`).textContent()).toContain('connection refused');
    await shoot(page, 'admin-webhooks-backlog-vi');

    // Back: "Send again" from the oldest undelivered event sends both, signed, in order.
    await receiver.start();
    await panel.getByTestId(`webhook-replay-${endpoint.id}`).click();
    await expect.poll(() => panel.getByRole('status').first().textContent()).toContain('Đã xếp 2 sự kiện để gửi lại');
    await s.server.app.webhooks.sendDue();
    expect(receiver.accepted.map((d) => d.body.type)).toEqual(['ticket.called', 'ticket.finished']);
    expect(receiver.accepted.every((d) => d.signed)).toBe(true);
    await panel.getByTestId('webhooks-refresh').click();
    await expect.poll(() => panel.getByTestId(`webhook-counts-${endpoint.id}`).textContent()).toContain('Chờ gửi: 0 · Thất bại: 0');
    expect(await panel.getByText('Gửi được gần nhất:').isVisible()).toBe(true);

    // In English, after a reload: the secret is gone for good.
    await page.locator('mc-lang-switch button').click();
    await page.reload();
    await expect.poll(() => page.getByTestId(`webhook-counts-${endpoint.id}`).textContent()).toContain('Waiting: 0 · Failed: 0');
    // Searched through every shadow root of the page.
    expect(await page.getByText(receiver.secret).count()).toBe(0);
    expect(await page.getByText('Events: Ticket called, Finished (outcome per procedure)').isVisible()).toBe(true);
    await shoot(page, 'admin-webhooks-en');

    await page.getByTestId(`webhook-toggle-${endpoint.id}`).click();
    await expect.poll(() => page.getByTestId(`webhook-${endpoint.id}`).textContent()).toContain('Disabled');
    await page.getByTestId(`webhook-delete-${endpoint.id}`).click();
    await page.getByTestId('webhooks-panel').getByText('No receiving address yet.').waitFor();
  });

  it('refuses an http address that is not allow-listed, saying why beside the form’s screen', async () => {
    const page = await s.open(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
    await signIn(page, 'quanly');
    const panel = page.getByTestId('webhooks-panel');
    await panel.getByTestId('webhook-url').fill('http://dvc.bacninh.gov.vn/motcua');
    await panel.getByTestId('webhook-add').click();
    await expect.poll(() => page.getByTestId('admin-error').textContent()).toContain('phải dùng https');
    expect(await panel.getByTestId('webhook-secret').count()).toBe(0);
    await shoot(page, 'admin-webhooks-refused-vi');
  });

  it('has no serious or critical axe-core violation in the panel, with an endpoint failing and its secret shown', async () => {
    // The screens' policy allows no inline script: this page lets the test inject axe.
    const context = await s.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN', bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${s.server.baseUrl}/admin?center=${DEMO_CENTER_ID}`);
    await signIn(page, 'quanly');
    const panel = page.getByTestId('webhooks-panel');
    await panel.getByTestId('webhook-url').fill(receiver.url);
    await panel.getByTestId('webhook-add').click();
    await panel.getByTestId('webhook-secret').waitFor();
    await s.issue([s.catalog.procedureIds('A')[0]]);
    await s.server.app.webhooks.sendDue();
    await panel.getByTestId('webhooks-refresh').click();
    await panel.getByText('connection refused').waitFor();
    await page.addScriptTag({ content: axe.source });
    const violations = await page.evaluate(async () => {
      type Rule = { id: string; impact: string | null; nodes: { target: unknown[] }[] };
      const axe = (window as unknown as { axe: { run(ctx: unknown): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
      // The panel inside the admin screen's shadow root.
      const { violations, passes } = await axe.run({ include: [{ fromShadowDom: ['mc-admin-app', 'mc-webhooks-panel'] }] });
      if (passes.length === 0) return ['axe checked nothing: the panel was not found'];
      return violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`);
    });
    expect(violations).toEqual([]);
  });
});
