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
export function rawRequest(port: number, parts: (string | Buffer)[], { endEarly = false, localAddress }: { endEarly?: boolean; localAddress?: string } = {}): Promise<RawAnswer> {
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
      socket.write(parts[i]!, () => setImmediate(() => write(i + 1)));
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
