// HTTP as a stranger can send it: bytes over node:net, nothing cleaned by a client library.
import { connect } from 'node:net';

export interface RawAnswer {
  /** The status of the first answer, or null when the server closed without one. */
  status: number | null;
  text: string;
}

/**
 * Writes `parts` one after another (a slow body is several parts) and reads until the server
 * closes; `endEarly` closes our side after the last part instead of waiting for an answer.
 */
export function rawRequest(
  port: number,
  parts: (string | Buffer)[],
  { endEarly = false, localAddress }: { endEarly?: boolean; localAddress?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    let text = '';
    socket.setEncoding('latin1');
    socket.on('data', (d: string) => (text += d));
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? undefined : reject(err)));
    socket.on('close', () => {
      const m = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : null, text });
    });
    // Nothing arrives after the answer's end when the server keeps the connection: ask it to close.
    socket.setTimeout(10_000, () => socket.destroy());
    const write = (i: number) => {
      if (i === parts.length) {
        if (endEarly) socket.end();
        return;
      }
      socket.write(parts[i], () => setImmediate(() => write(i + 1)));
    };
    socket.on('connect', () => write(0));
  });
}

/** A whole request, closed after its answer. */
export function request(method: string, path: string, headers: Record<string, string> = {}, body = ''): string {
  const lines = [`${method} ${path} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close'];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body || method === 'POST') lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

export interface RawConnection {
  /** Writes one part; resolves once it is handed to the kernel. */
  write(part: string | Buffer): Promise<void>;
  /** Resolves with everything received so far once it matches `pattern`. */
  received(pattern: RegExp): Promise<string>;
  /** Everything the server sent, once it closed: `status` is the final answer's (1xx skipped), `body` follows its head. */
  readonly closed: Promise<RawAnswer & { body: string }>;
}

/**
 * A connection the test writes step by step, waiting on what the server says in between (a
 * `100 Continue` proves the server has read a request's head and the request is in flight).
 */
export function rawConnection(port: number): RawConnection {
  const socket = connect({ port, host: '127.0.0.1' });
  let text = '';
  const waiters: { pattern: RegExp; resolve: (t: string) => void; reject: (e: Error) => void }[] = [];
  const check = () => {
    for (const w of [...waiters]) {
      if (!w.pattern.test(text)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(text);
    }
  };
  socket.setEncoding('latin1');
  socket.on('data', (d: string) => {
    text += d;
    check();
  });
  socket.setTimeout(10_000, () => socket.destroy());
  const connected = new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  const closed = new Promise<RawAnswer & { body: string }>((resolve, reject) => {
    socket.on('error', (err: NodeJS.ErrnoException) => (err.code === 'ECONNRESET' || err.code === 'EPIPE' ? undefined : reject(err)));
    socket.on('close', () => {
      for (const w of waiters.splice(0)) w.reject(new Error(`closed before ${w.pattern}; received: ${JSON.stringify(text)}`));
      // Skip interim answers (100 Continue): the last head is the answer.
      const heads = [...text.matchAll(/HTTP\/1\.[01] (\d{3})[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n/g)];
      const last = heads.at(-1);
      resolve({
        status: last ? Number(last[1]) : null,
        text,
        body: last ? Buffer.from(text.slice(last.index + last[0].length), 'latin1').toString('utf8') : '',
      });
    });
  });
  closed.catch(() => {});
  return {
    async write(part) {
      await connected;
      await new Promise<void>((resolve, reject) => socket.write(part, (err) => (err ? reject(err) : resolve())));
    },
    received(pattern) {
      return new Promise((resolve, reject) => {
        waiters.push({ pattern, resolve, reject });
        check();
      });
    },
    closed,
  };
}
