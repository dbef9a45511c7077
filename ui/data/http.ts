// The one place screens talk HTTP: JSON in and out, the session cookie, the screen's language.
// Answers are ApiResult<T>: narrow with `'error' in res`. A network failure becomes an error too.
// A refusal that lists field errors gets its message in the screen's words (ui/field-errors.ts), and
// an answer that tells the server's time sets the screens' clock (ui/server-time.ts).
import { isApiError, type ApiResult } from '../../shared/errors.js';
import { fieldErrorText } from '../field-errors.js';
import { lang } from '../i18n/lang.js';
import { noteServerTime } from '../server-time.js';

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
    const answer = (await res.json()) as ApiResult<T>;
    const serverTime = (answer as { serverTime?: unknown }).serverTime;
    if (typeof serverTime === 'number') noteServerTime(serverTime);
    if (isApiError(answer) && answer.error.fields?.length) answer.error.message = fieldErrorText(answer.error.fields);
    return answer;
  } catch {
    return {
      error: {
        code: 'internal',
        message: lang() === 'en' ? 'Cannot reach the server.' : 'Không kết nối được máy chủ.',
      },
    };
  }
}
