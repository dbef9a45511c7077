// Phones following a long queue: after calls, each learns its new place, the same figure its status
// page shows — priority citizens interleaved — while its own call still comes at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssuedTicket, TicketStatus } from '../../shared/types.js';
import { closeSockets, roundTrip } from '../support/center-socket.js';
import { signInAll } from '../support/clock-and-roles.js';
import { Desk, demoCatalog, issue, type DemoCatalog } from '../support/demo.js';
import { ApiClient, ok } from '../support/http-client.js';
import { openPhonePage, type PhonePage } from '../support/phone-page.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

interface Phone {
  ticket: IssuedTicket;
  /** What its page holds: the status it was answered when it started watching, kept current. */
  page: PhonePage;
}

async function phoneFor(server: TestServer, ticket: IssuedTicket): Promise<Phone> {
  return { ticket, page: await openPhonePage(server.baseUrl, ticket.statusToken) };
}

describe('phones following a long queue', () => {
  let server: TestServer;
  let kiosk: ApiClient;
  let desk: Desk;
  let catalog: DemoCatalog;

  beforeAll(async () => {
    server = await startTestServer();
    kiosk = new ApiClient(server);
    catalog = await demoCatalog(kiosk);
    const { canbo1 } = await signInAll(server, ['canbo1'] as const);
    desk = new Desk(canbo1, catalog.counterId(1));
    await desk.open();
  });
  afterAll(async () => {
    closeSockets();
    await server.stop();
  });

  it('each phone shows the place its status page gives, after every few calls; the called phone hears its call at once', async () => {
    // Field A: eleven walk-ins, three of them elderly (the demo center lets one through after every 3).
    const priorities = new Set([2, 3, 7]);
    const tickets: IssuedTicket[] = [];
    for (let i = 0; i < 11; i++) tickets.push(await issue(kiosk, [catalog.procedureIds('A')[0]], priorities.has(i) ? 'elderly' : null));
    const phones = await Promise.all(tickets.map((t) => phoneFor(server, t)));
    const statusPage = async (p: Phone) => ok(await kiosk.get<TicketStatus>(`/api/tickets/status/${p.ticket.statusToken}`));

    for (const round of [3, 2, 4]) {
      for (let i = 0; i < round; i++) {
        const ticket = await desk.callNext();
        const phone = phones.find((p) => p.ticket.ticket.id === ticket.id)!;
        // Its own call is sent at once, not with the next round of places (gathered for
        // PLACE_UPDATE_MS): it was sent before the call was answered, so it is here once a round
        // trip on the phone's socket is.
        await roundTrip(phone.page.socket);
        expect(phone.page.status.state).toBe('called');
        await desk.serve(ticket);
      }
      const waiting: { p: Phone; ahead: number | null }[] = [];
      for (const p of phones) {
        const page = await statusPage(p);
        if (page.state === 'waiting') waiting.push({ p, ahead: page.ahead });
      }
      await expect.poll(() => waiting.map(({ p }) => p.page.status.ahead), { interval: 50 }).toEqual(waiting.map(({ ahead }) => ahead));
      // The places are 0, 1, 2 … : nobody shares a place and nobody is skipped.
      expect(waiting.map(({ ahead }) => ahead ?? -1).sort((a, b) => a - b)).toEqual(waiting.map((_, i) => i));
    }
  });
});
