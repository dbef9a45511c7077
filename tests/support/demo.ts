// Shortcuts over the demo center for integration tests: look up fields, procedures and counters by
// what people call them (prefix "A", counter 1), issue tickets, and work a counter through the API.
import type { Store } from '../../server/store/database.js';
import type { CatalogView, CounterView, IssuedTicket, PriorityKind, TicketView } from '../../shared/types.js';
import { ApiClient, ok, type Reply } from './http-client.js';
import { DEMO_CENTER_ID } from './test-server.js';

export interface DemoCatalog {
  view: CatalogView;
  fieldId(prefix: string): number;
  /** The procedure ids of a field, in catalogue order. */
  procedureIds(prefix: string): number[];
  /** A procedure's id by its Vietnamese name ('Đăng ký khai sinh'). */
  procedureNamed(nameVi: string): number;
  counterId(number: number): number;
}

/** The demo center's catalogue (or another seeded center's, by id). */
export async function demoCatalog(client: ApiClient, centerId = DEMO_CENTER_ID): Promise<DemoCatalog> {
  const view = ok(await client.get<CatalogView>(`/api/centers/${centerId}/catalog`));
  const field = (prefix: string) => {
    const f = view.fields.find((x) => x.prefix === prefix);
    if (!f) throw new Error(`no field ${prefix}`);
    return f;
  };
  return {
    view,
    fieldId: (prefix) => field(prefix).id,
    procedureIds: (prefix) => view.procedures.filter((p) => p.fieldId === field(prefix).id).map((p) => p.id),
    procedureNamed: (nameVi) => {
      const p = view.procedures.find((x) => x.nameVi === nameVi);
      if (!p) throw new Error(`no procedure ${nameVi}`);
      return p.id;
    },
    counterId: (number) => {
      const c = view.counters.find((x) => x.number === number);
      if (!c) throw new Error(`no counter ${number}`);
      return c.id;
    },
  };
}

/** Issues a ticket at the kiosk (or the reception desk, if `client` is signed in there). */
export async function issue(client: ApiClient, procedureIds: number[], priority: PriorityKind | null = null): Promise<IssuedTicket> {
  return ok(await client.post<IssuedTicket>(`/api/centers/${DEMO_CENTER_ID}/tickets`, { procedureIds, priority }));
}

/** One clerk at one counter, acting through the HTTP API. */
export class Desk {
  constructor(
    readonly client: ApiClient,
    readonly counterId: number,
  ) {}

  act<T = TicketView>(action: string, body: unknown = {}): Promise<Reply<T>> {
    return this.client.post<T>(`/api/counters/${this.counterId}/${action}`, body);
  }

  async open(): Promise<CounterView> {
    return ok(await this.act<CounterView>('open'));
  }

  async callNext(): Promise<TicketView> {
    return ok(await this.act('call-next'));
  }

  async queue(): Promise<TicketView[]> {
    return ok(await this.client.get<{ tickets: TicketView[] }>(`/api/counters/${this.counterId}/queue`)).tickets;
  }

  async counter(): Promise<CounterView> {
    return ok(await this.client.get<CounterView>(`/api/counters/${this.counterId}`));
  }

  /** Finishes the current ticket with every procedure's result handed over. */
  async finish(ticket: TicketView): Promise<TicketView> {
    return ok(await this.act('finish', { outcomes: returnedOutcomes(ticket) }));
  }

  /** Starts the current ticket and finishes it. */
  async serve(ticket: TicketView): Promise<TicketView> {
    ok(await this.act('start'));
    return this.finish(ticket);
  }

  /** Calls the next ticket and serves it to the end; returns it as called. */
  async callAndServe(): Promise<TicketView> {
    const ticket = await this.callNext();
    await this.serve(ticket);
    return ticket;
  }
}

export function returnedOutcomes(ticket: TicketView): { procedureId: number; outcome: 'returned' }[] {
  return ticket.procedures.map((p) => ({ procedureId: p.procedureId, outcome: 'returned' as const }));
}

/** The tables a ticket or counter action may write. */
export const WRITTEN_TABLES = [
  'tickets',
  'ticket_procedures',
  'ticket_sequences',
  'ticket_events',
  'counters',
  'counter_pauses',
  'field_fairness',
  'auth_sessions',
] as const;

/** Every row of the given tables, in storage order, for a before/after comparison. */
export function dumpTables(store: Store, tables: readonly string[] = WRITTEN_TABLES): Record<string, unknown[]> {
  return Object.fromEntries(tables.map((t) => [t, store.all<unknown>(`SELECT * FROM ${t}`)]));
}
