// One JSON error envelope for every refusal: { error: { code, message } }, message in the
// client's language (Vietnamese unless it asks for English). No stack traces leave the server.
import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import type { Duplex } from 'node:stream';
import { ERRORS, errorMessage, type ApiErrorBody, type ErrorCode, type ErrorParams, type FieldError } from '../../shared/errors.js';
import type { Lang } from '../../shared/types.js';
import { DomainError } from '../domain/domain-error.js';

export function requestLang(req: Request): Lang {
  return /^en\b/i.test(req.get('accept-language') ?? '') ? 'en' : 'vi';
}

export function sendError(req: Request, res: Response, code: ErrorCode, params: ErrorParams = {}, fields?: readonly FieldError[]): void {
  const body: ApiErrorBody = {
    error: { code, message: errorMessage(code, params, requestLang(req)), ...(fields?.length ? { fields: [...fields] } : {}) },
  };
  const status: number = ERRORS[code].status;
  // "Come back later" answers say when.
  if ((status === 429 || status === 503) && typeof params.seconds === 'number') res.set('Retry-After', String(params.seconds));
  res.status(status).json(body);
}

/** How long a client should wait when the database is locked or out of space. */
const UNAVAILABLE_RETRY_SECONDS = 5;

/** SQLite is busy (another writer holds the lock), the disk is full, or the file cannot be written. */
function isStorageUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED|FULL|IOERR|READONLY|CANTOPEN)/.test(code);
}

export const notFoundHandler: RequestHandler = (req, res) => sendError(req, res, 'not-found');

interface BodyParserError {
  type?: string;
  status?: number;
}

/** The envelope's code for what a handler threw; what is not the client's doing is logged. */
function refusalOf(err: unknown, req: Request): [ErrorCode, ErrorParams?, (readonly FieldError[])?] {
  if (err instanceof DomainError) return [err.code, err.params, err.fields];
  const parserError = err as BodyParserError;
  if (parserError.type === 'entity.too.large') return ['payload-too-large'];
  if (parserError.type === 'entity.parse.failed') return ['malformed-json'];
  if (parserError.status && parserError.status >= 400 && parserError.status < 500) {
    return ['bad-request', { detail: parserError.type ?? 'request' }];
  }
  if (isStorageUnavailable(err)) {
    req.log.error({ code: (err as { code?: unknown }).code }, 'database unavailable');
    return ['unavailable', { seconds: UNAVAILABLE_RETRY_SECONDS }];
  }
  req.log.error({ err }, 'unexpected error');
  return ['internal'];
}

export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  sendError(req, res, ...refusalOf(err, req));
};

/**
 * Requests Node's parser refuses before express sees them (a broken request line, headers too large,
 * two Content-Lengths) get the same JSON envelope, in Vietnamese: there is no request to read a language from.
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  // An answer already on its way (Node's own handler checks the same) or a closed socket: just close.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage?.headersSent === true;
  if (!socket.writable || inFlight || err.code === 'ECONNRESET') {
    socket.destroy();
    return;
  }
  const [status, code]: [string, ErrorCode] =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? ['431 Request Header Fields Too Large', 'headers-too-large']
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? ['408 Request Timeout', 'request-timeout']
        : ['400 Bad Request', 'bad-request'];
  const body = JSON.stringify({ error: { code, message: errorMessage(code, { detail: 'request' }, 'vi') } } satisfies ApiErrorBody);
  socket.end(
    `HTTP/1.1 ${status}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}
