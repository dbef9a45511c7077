// Structured logs: one JSON line per event (pino), read by the province's log collector. No personal
// data: no names, phones, dossier codes, tokens, cookies or bodies; client addresses only when the
// operator turns them on (MOTCUA_LOG_IP=1). On a terminal `npm start` pipes the lines through pino-pretty.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';

export type { Logger };

export interface LogSettings {
  level: string;
  /** Write the client address of each request (off: an address is personal data). */
  withIp: boolean;
}

export function readLogSettings(env: NodeJS.ProcessEnv = process.env): LogSettings {
  return { level: env.MOTCUA_LOG_LEVEL || 'info', withIp: env.MOTCUA_LOG_IP === '1' };
}

/** The process's logger; `silent` for tests that start servers in-process. */
export function createLogger(settings: LogSettings, destination?: NodeJS.WritableStream): Logger {
  return pino(
    {
      level: settings.level,
      base: { service: 'motcua' },
      // Whatever a caller attaches by mistake never reaches the log.
      redact: { paths: ['req.headers', 'headers.cookie', 'cookie', 'password', 'token', '*.password', '*.token'], remove: true },
    },
    destination,
  );
}

export const silentLogger: Logger = pino({ level: 'silent' });

/**
 * One line per answered request: its id (also sent back as X-Request-Id), method, route pattern
 * (never the raw path, which may hold a status token or a booking code), status and duration.
 */
export function requestLogger(
  logger: Logger,
  routeOf: (req: IncomingMessage) => string,
  settings: Pick<LogSettings, 'withIp'>,
): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (_req, res) => {
      const id = randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // The pattern is known only once the request was routed.
    serializers: {
      req: (req: { id: string; method: string; raw: IncomingMessage; remoteAddress?: string }) => ({
        id: req.id,
        method: req.method,
        route: routeOf(req.raw),
        ...(settings.withIp ? { ip: req.remoteAddress } : {}),
      }),
      res: (res: { statusCode: number }) => ({ status: res.statusCode }),
    },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    customSuccessMessage: () => 'answered',
    customErrorMessage: () => 'failed',
    quietReqLogger: true,
  });
}
