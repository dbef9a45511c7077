// The bench's HTTP client for the motcua API (undici, keep-alive, 127.0.0.1 only): sign a clerk in
// at a counter and work it — Call next, start, finish — the way the counter terminal does.
import { Pool } from 'undici';
import type { CatalogView, IssuedTicket, TicketView } from '../../shared/types.js';
import { CENTER_ID, PASSWORDS } from './settings.js';

export interface Reply<T> {
  status: number;
  body: T;
}

export class Api {
  private readonly pool: Pool;

  constructor(
    readonly baseUrl: string,
    private cookie = '',
  ) {
    this.pool = new Pool(baseUrl, { connections: 4 });
  }

  async request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.cookie) headers.cookie = this.cookie;
    const res = await this.pool.request({
      method,
      path,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first) this.cookie = first.split(';')[0]!;
    const text = await res.body.text();
    return { status: res.statusCode, body: (text ? JSON.parse(text) : null) as T };
  }

  /** The body of a 2xx reply; anything else stops the bench with the server's answer. */
  async ok<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const reply = await this.request<T>(method, path, body);
    if (reply.status >= 300) throw new Error(`${method} ${path} → ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  catalog(): Promise<CatalogView> {
    return this.ok('GET', `/api/centers/${CENTER_ID}/catalog`);
  }

  issue(procedureId: number): Promise<IssuedTicket> {
    return this.ok('POST', `/api/centers/${CENTER_ID}/tickets`, { procedureIds: [procedureId], priority: null });
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/** A clerk signed in and holding one counter. */
export class CounterClerk {
  private constructor(
    readonly api: Api,
    readonly counterId: number,
  ) {}

  /** Signs `canbo<n>` in and opens counter number n (the demo seats clerk n at counter n). */
  static async open(baseUrl: string, counterNumber: number): Promise<CounterClerk> {
    const api = new Api(baseUrl);
    await api.ok('POST', '/api/auth/login', { username: `canbo${counterNumber}`, password: PASSWORDS.demo });
    const counter = (await api.catalog()).counters.find((c) => c.number === counterNumber);
    if (!counter) throw new Error(`no counter ${counterNumber}`);
    await api.ok('POST', `/api/counters/${counter.id}/open`, {});
    return new CounterClerk(api, counter.id);
  }

  callNext(): Promise<TicketView> {
    return this.api.ok('POST', `/api/counters/${this.counterId}/call-next`, {});
  }

  /** Starts and finishes the called ticket, every result handed over, so the counter is free again. */
  async serve(ticket: TicketView): Promise<void> {
    await this.api.ok('POST', `/api/counters/${this.counterId}/start`, {});
    const outcomes = ticket.procedures.map((p) => ({ procedureId: p.procedureId, outcome: 'returned' }));
    await this.api.ok('POST', `/api/counters/${this.counterId}/finish`, { outcomes });
  }

  close(): Promise<void> {
    return this.api.close();
  }
}
