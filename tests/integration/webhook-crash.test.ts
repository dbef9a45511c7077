// SIGKILL in the middle of deliveries: motcua runs as a child process, tickets are issued and called
// while the receiver holds motcua's requests and a kiosk keeps issuing; the process is killed (no
// clean stop), started again on the same database, and the receiver gets every event the database
// holds — every answered ticket's and call's among them — once each after dedup, in order per ticket.
// The endpoint's secret is in neither run's log nor the audit log.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WEBHOOK_EVENT_TYPES, type IssuedTicket, type TicketView, type WebhookEndpointCreated } from '../../shared/types.js';
import { startChildServer, WEEKDAY_9AM_ISO, type ChildServer } from '../support/child-server.js';
import { signInAll } from '../support/clock-and-roles.js';
import { demoCatalog } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { DEMO_CENTER_ID } from '../support/test-server.js';
import { WebhookReceiver } from '../support/webhook-receiver.js';

const env = {
  MOTCUA_WEBHOOK_ALLOW_HTTP_HOSTS: '127.0.0.1',
  MOTCUA_RATE_PER_IP_BURST: '1000000',
  MOTCUA_RATE_OVERALL_BURST: '1000000',
  MOTCUA_KIOSK_TICKETS_PER_MINUTE: '1000000',
};

describe('a SIGKILL in the middle of webhook deliveries', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'motcua-webhook-crash-'));
  const receiver = new WebhookReceiver();
  let running: ChildServer | null = null;

  afterAll(async () => {
    if (running && running.process.exitCode === null) {
      running.process.kill('SIGKILL');
      await running.exited;
    }
    await receiver.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses no event: after the restart the receiver gets every one, once after dedup, in order per ticket', async () => {
    await receiver.start();
    running = await startChildServer(dataDir, env);
    const server = {
      get baseUrl() {
        return running!.baseUrl;
      },
    };
    const kiosk = new ApiClient(server);
    const catalog = await demoCatalog(kiosk);
    const { admin, canbo1 } = await signInAll(server, ['admin', 'canbo1']);
    receiver.secret = ok(
      await admin.post<WebhookEndpointCreated>(`/api/centers/${DEMO_CENTER_ID}/webhooks`, {
        url: receiver.url,
        eventTypes: WEBHOOK_EVENT_TYPES,
      }),
    ).secret;
    const counter = catalog.counterId(1);
    ok(await canbo1.post(`/api/counters/${counter}/open`));
    const birth = catalog.procedureIds('A')[0];
    const issued: IssuedTicket[] = [];
    const called: TicketView[] = [];
    const issueOne = async () =>
      issued.push(ok(await kiosk.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds: [birth] })));

    // Delivered before the crash.
    for (let i = 0; i < 3; i++) await issueOne();
    await expect.poll(() => receiver.accepted.length).toBe(3);
    // Then held: requests in flight, more queued behind them, and a kiosk issuing as the process dies.
    receiver.mode = 'hold';
    for (let i = 0; i < 3; i++) await issueOne();
    called.push(ok(await canbo1.post<TicketView>(`/api/counters/${counter}/call-next`)));
    ok(await canbo1.post(`/api/counters/${counter}/start`));
    ok(await canbo1.post(`/api/counters/${counter}/finish`, { outcomes: [{ procedureId: birth, outcome: 'returned' }] }));
    called.push(ok(await canbo1.post<TicketView>(`/api/counters/${counter}/call-next`)));
    ok(await canbo1.post(`/api/counters/${counter}/start`));
    await expect.poll(() => receiver.held.length).toBe(2);
    for (let i = 0; i < 4; i++) await issueOne();
    // Killed with a ticket request on its way: answered or not, the database says whether it happened.
    const lastRequest = issueOne().catch(() => undefined);
    const firstRun = running;
    firstRun.process.kill('SIGKILL');
    expect((await firstRun.exited).signal).toBe('SIGKILL');
    await lastRequest;
    expect(receiver.accepted.length).toBe(3);

    // Back on the same database, an hour later by its clock; the receiver answers again.
    receiver.mode = 'accept';
    receiver.release(503);
    const later = new Date(Date.parse(WEEKDAY_9AM_ISO) + 3600_000).toISOString();
    running = await startChildServer(dataDir, { ...env, MOTCUA_CLOCK: later });
    const db = new Database(join(dataDir, 'motcua.sqlite'), { readonly: true });
    try {
      const written = () =>
        db.prepare('SELECT public_id, seq, ticket_id, type FROM outbox_events ORDER BY seq').all() as {
          public_id: string;
          seq: number;
          ticket_id: number;
          type: string;
        }[];
      await expect.poll(() => receiver.unique().length, { timeout: 60_000 }).toBe(written().length);
      const events = written();
      const unique = receiver.unique();
      expect(unique.map((d) => d.eventId).sort()).toEqual(events.map((e) => e.public_id).sort());
      expect(receiver.requests.every((r) => r.signed)).toBe(true);
      // Every answered ticket and call is among them.
      const kinds = (type: string) => new Set(events.filter((e) => e.type === type).map((e) => e.ticket_id));
      for (const t of issued) expect(kinds('ticket.issued').has(t.ticket.id), t.ticket.number).toBe(true);
      for (const t of called) expect(kinds('ticket.called').has(t.id), t.number).toBe(true);
      expect(kinds('ticket.finished').has(called[0].id)).toBe(true);
      expect(kinds('ticket.started').has(called[1].id)).toBe(true);
      for (const ticketId of new Set(events.map((e) => e.ticket_id))) {
        expect(
          unique.filter((d) => d.body.data.ticket.id === ticketId).map((d) => d.body.seq),
          `ticket ${ticketId}`,
        ).toEqual(events.filter((e) => e.ticket_id === ticketId).map((e) => e.seq));
      }
      // The secret signs; it is never logged nor audited.
      expect(firstRun.output() + running.output()).not.toContain(receiver.secret);
      expect(JSON.stringify(db.prepare('SELECT * FROM audit_log').all())).not.toContain(receiver.secret);
    } finally {
      db.close();
    }
  }, 120_000);
});
