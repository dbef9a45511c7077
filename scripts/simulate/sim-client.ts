// A staff member (or the kiosk) talking to a running server over its public HTTP API. Signs in
// again when the session lapses (an accelerated clock ages sessions fast) and waits out a 429.
import type { ApiResult } from '../../shared/errors.js';

export interface Reply<T> {
  status: number;
  body: ApiResult<T>;
}

export class SimClient {
  private cookie: string | null = null;

  constructor(
    private readonly baseUrl: string,
    private readonly account: { username: string; password: string } | null = null,
  ) {}

  async login(): Promise<void> {
    if (!this.account) return;
    const res = await fetch(`${this.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.account),
    });
    if (!res.ok) throw new Error(`sign-in of ${this.account.username} refused: ${res.status} ${await res.text()}`);
    this.cookie =
      res.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .find((c) => c.startsWith('motcua_session=')) ?? null;
  }

  get<T>(path: string): Promise<Reply<T>> {
    return this.send<T>('GET', path);
  }

  post<T>(path: string, body: unknown = {}): Promise<Reply<T>> {
    return this.send<T>('POST', path, body);
  }

  private async send<T>(method: string, path: string, body?: unknown, retried = false): Promise<Reply<T>> {
    const res = await fetch(this.baseUrl + path, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: body === undefined ? null : JSON.stringify(body),
    });
    if (res.status === 401 && this.account && !retried) {
      await this.login();
      return this.send(method, path, body, true);
    }
    if (res.status === 429) {
      await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
      return this.send(method, path, body, retried);
    }
    return { status: res.status, body: (await res.json()) as ApiResult<T> };
  }
}

export function ok<T>(reply: Reply<T>, what: string): T {
  if (reply.status >= 300 || 'error' in (reply.body as object)) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body)}`);
  return reply.body as T;
}
