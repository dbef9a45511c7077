// The one place screens talk HTTP: JSON in and out, the session cookie, the screen's language.
// Answers are ApiResult<T>: narrow with `'error' in res`. A network failure becomes an error too.
import type { ApiResult } from '../../shared/errors.js';
import { lang } from '../i18n/lang.js';

export async function request<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, {
      method,
      credentials: 'same-origin',
      headers: {
        'accept-language': lang(),
        ...(method === 'POST' ? { 'content-type': 'application/json' } : {}),
      },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : null,
    });
    return (await res.json()) as ApiResult<T>;
  } catch {
    return {
      error: {
        code: 'internal',
        message: lang() === 'en' ? 'Cannot reach the server.' : 'Không kết nối được máy chủ.',
      },
    };
  }
}
