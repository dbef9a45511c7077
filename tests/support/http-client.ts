// A JSON client for the motcua API over global fetch, keeping the staff session cookie it was given.
import type { ApiErrorBody, ApiResult, ErrorCode } from '../../shared/errors.js';
import type { StaffView } from '../../shared/types.js';

const SESSION_COOKIE = 'motcua_session';

export interface Reply<T> {
  status: number;
  body: ApiResult<T>;
}

export class ApiClient {
  /** `name=value` of the session cookie, once signed in. */
  cookie: string | null = null;
  /** Sent as Accept-Language when set (the server answers Vietnamese otherwise). */
  acceptLanguage: string | null = null;
  /** An integration API key (`mc_…`), sent as `Authorization: Bearer` when set. */
  bearer: string | null = null;

  /** `server` is read on every request, so a client outlives a server restart. */
  constructor(private readonly server: { readonly baseUrl: string }) {}

  async login(username: string, password: string): Promise<Reply<{ staff: StaffView }>> {
    const res = await this.send('POST', '/api/auth/login', JSON.stringify({ username, password }), 'application/json');
    const session = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (session) this.cookie = session.split(';')[0]!;
    return { status: res.status, body: (await res.json()) as ApiResult<{ staff: StaffView }> };
  }

  get<T>(path: string): Promise<Reply<T>> {
    return this.request<T>('GET', path);
  }

  /** Every write sends a JSON body, `{}` when there is nothing to say. */
  post<T>(path: string, body: unknown = {}): Promise<Reply<T>> {
    return this.request<T>('POST', path, JSON.stringify(body), 'application/json');
  }

  /** Sends a body exactly as given (malformed or oversized JSON). */
  postRaw<T>(path: string, raw: string, contentType = 'application/json'): Promise<Reply<T>> {
    return this.request<T>('POST', path, raw, contentType);
  }

  private async request<T>(method: string, path: string, body?: string, contentType?: string): Promise<Reply<T>> {
    const res = await this.send(method, path, body, contentType);
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new Error(`${method} ${path} → ${res.status} with a non-JSON body: ${text.slice(0, 200)}`);
    }
    return { status: res.status, body: parsed as ApiResult<T> };
  }

  private send(method: string, path: string, body?: string, contentType?: string): Promise<Response> {
    const headers: Record<string, string> = {};
    if (contentType) headers['content-type'] = contentType;
    if (this.cookie) headers.cookie = this.cookie;
    if (this.acceptLanguage) headers['accept-language'] = this.acceptLanguage;
    if (this.bearer) headers.authorization = `Bearer ${this.bearer}`;
    return fetch(this.server.baseUrl + path, { method, headers, body });
  }
}

function isErrorBody(body: unknown): body is ApiErrorBody {
  return typeof body === 'object' && body !== null && 'error' in body;
}

/** The body of a 2xx reply; anything else fails the test with the server's answer. */
export function ok<T>(reply: Reply<T>): T {
  if (reply.status < 200 || reply.status >= 300 || isErrorBody(reply.body)) {
    throw new Error(`expected a 2xx reply, got ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return reply.body;
}

/** Status and error code of a refusal, to compare with toEqual in one step. */
export function refusal<T>(reply: Reply<T>): { status: number; code: ErrorCode | null } {
  return { status: reply.status, code: isErrorBody(reply.body) ? reply.body.error.code : null };
}

/** The message of a refusal, in the language the server chose. */
export function refusalMessage<T>(reply: Reply<T>): string | null {
  return isErrorBody(reply.body) ? reply.body.error.message : null;
}

/** A client that calls with an integration API key instead of a session. */
export function withKey(server: { readonly baseUrl: string }, token: string): ApiClient {
  const client = new ApiClient(server);
  client.bearer = token;
  return client;
}

/** Signs in a demo account and returns its client; fails the test if the login is refused. */
export async function signedIn(server: { readonly baseUrl: string }, username: string, password: string): Promise<ApiClient> {
  const client = new ApiClient(server);
  ok(await client.login(username, password));
  return client;
}
