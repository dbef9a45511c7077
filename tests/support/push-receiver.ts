// A stand-in for a browser push service (FCM, Mozilla's, Apple's): a real HTTPS server on loopback
// with a certificate made for this run, recording what motcua sends it. And the browser's side of a
// subscription, made by the test: a P-256 key pair and an auth secret, with which it decrypts what
// arrived by RFC 8291 (aes128gcm, RFC 8188) and checks the VAPID header (RFC 8292) — written here
// from the RFCs with node:crypto, never with web-push, so the check does not share the sender's code.
import { spawnSync } from 'node:child_process';
import { createDecipheriv, createECDH, createHmac, createPublicKey, randomBytes, verify, type ECDH } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request held until the test releases it (an answer that comes late). */
export interface HeldAnswer {
  /** Resolves when the push has arrived (and is being held). */
  readonly arrived: Promise<ReceivedPush>;
  /** Answers it now with the held status. */
  release(): void;
}

export interface PushReceiver {
  /** https://localhost:PORT — the VAPID audience of its endpoints. */
  readonly origin: string;
  /** `localhost:PORT`, as an operator lists it in MOTCUA_PUSH_SERVICES. */
  readonly host: string;
  /** The certificate (PEM) to trust: it is its own CA. */
  readonly ca: string;
  /** Every push received so far, in order of arrival. */
  readonly received: ReceivedPush[];
  /** Resolves once `count` pushes have reached `path`; returns them. */
  pushesTo(path: string, count: number): Promise<ReceivedPush[]>;
  /** The next push to `path` is held, then answered with `status` when released. */
  hold(path: string, status: number): HeldAnswer;
  close(): Promise<void>;
}

/** A certificate for localhost and 127.0.0.1, valid two days, made with Debian's openssl. */
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'motcua-push-cert-'));
  try {
    const openssl = spawnSync(
      'openssl',
      [
        ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '2'],
        ...['-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,DNS:*.push.test,IP:127.0.0.1'],
        ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      ],
      { encoding: 'utf8' },
    );
    if (openssl.status !== 0) throw new Error(`openssl could not make a certificate: ${openssl.error?.message ?? openssl.stderr}`);
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Starts the receiver: every push is answered 201 Created (RFC 8030) unless held. */
export async function startPushReceiver(): Promise<PushReceiver> {
  const { key, cert } = makeCertificate();
  const received: ReceivedPush[] = [];
  const waiters: { path: string; count: number; resolve: (pushes: ReceivedPush[]) => void }[] = [];
  const holds = new Map<string, { status: number; arrived: (push: ReceivedPush) => void; released: Promise<void> }>();
  const to = (path: string) => received.filter((p) => p.path === path);

  const answer = (res: ServerResponse, status: number) => {
    res.writeHead(status, { 'content-length': '0' });
    res.end();
  };
  const server: Server = createServer({ key, cert }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const push: ReceivedPush = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(push);
      for (const w of [...waiters]) {
        if (to(w.path).length >= w.count) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(to(w.path).slice(0, w.count));
        }
      }
      const held = holds.get(push.path);
      if (!held) return answer(res, 201);
      holds.delete(push.path);
      held.arrived(push);
      void held.released.then(() => answer(res, held.status));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `https://localhost:${port}`,
    host: `localhost:${port}`,
    ca: cert,
    received,
    pushesTo: (path, count) =>
      new Promise((resolve) => {
        if (to(path).length >= count) resolve(to(path).slice(0, count));
        else waiters.push({ path, count, resolve });
      }),
    hold(path, status) {
      let release!: () => void;
      let arrived!: (push: ReceivedPush) => void;
      const released = new Promise<void>((r) => (release = r));
      const arrival = new Promise<ReceivedPush>((r) => (arrived = r));
      holds.set(path, { status, arrived, released });
      return { arrived: arrival, release };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const b64url = (buf: Buffer) => buf.toString('base64url');
const hmac = (key: Buffer, data: Buffer) => createHmac('sha256', key).update(data).digest();
/** HKDF (RFC 5869) with SHA-256, for outputs of at most one block. */
const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) =>
  hmac(hmac(salt, ikm), Buffer.concat([info, Buffer.from([1])])).subarray(0, length);

/** What a browser keeps of one push subscription: its key pair (P-256) and its auth secret. */
export class BrowserPushKeys {
  private readonly ecdh: ECDH = createECDH('prime256v1');
  readonly auth: Buffer = randomBytes(16);
  readonly publicKey: Buffer;

  constructor() {
    this.publicKey = this.ecdh.generateKeys();
  }

  /** As PushSubscription.toJSON() gives it. */
  subscription(endpoint: string): { endpoint: string; expirationTime: null; keys: { p256dh: string; auth: string } } {
    return { endpoint, expirationTime: null, keys: { p256dh: b64url(this.publicKey), auth: b64url(this.auth) } };
  }

  /** The plaintext of an aes128gcm body (RFC 8188 header, one record) encrypted for these keys (RFC 8291). */
  decrypt(body: Buffer): string {
    const salt = body.subarray(0, 16);
    const recordSize = body.readUInt32BE(16);
    const idLength = body[20];
    // RFC 8291 §4: the key id is the sender's ephemeral public key.
    const senderPublic = body.subarray(21, 21 + idLength);
    const record = body.subarray(21 + idLength);
    if (record.length > recordSize) throw new Error(`one record expected, got ${record.length} bytes for a record size of ${recordSize}`);
    const ecdhSecret = this.ecdh.computeSecret(senderPublic);
    // RFC 8291 §3.4: the auth secret and both public keys go into the input keying material.
    const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), this.publicKey, senderPublic]);
    const ikm = hkdf(this.auth, ecdhSecret, keyInfo, 32);
    // RFC 8188 §2.2–2.3: the content encryption key and the nonce (record 0: the nonce as is).
    const cek = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16);
    const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12);
    const decipher = createDecipheriv('aes-128-gcm', cek, nonce);
    decipher.setAuthTag(record.subarray(record.length - 16));
    const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
    // The last record ends with the delimiter 2, then zero padding.
    let end = padded.length - 1;
    while (end >= 0 && padded[end] === 0) end--;
    if (padded[end] !== 2) throw new Error('the record does not end with the last-record delimiter');
    return padded.subarray(0, end).toString('utf8');
  }
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): k is the server's public key, the JWT is
 * ES256 over that key, for `audience`, not expired, with a contact. Returns the JWT's claims.
 */
export function verifyVapid(
  authorization: string | undefined,
  serverPublicKey: string,
  audience: string,
): { aud: string; exp: number; sub: string } {
  const match = /^vapid t=([\w-]+\.[\w-]+\.[\w-]+), k=([\w-]+)$/.exec(authorization ?? '');
  if (!match) throw new Error(`not a VAPID Authorization header: ${authorization}`);
  const [, jwt, k] = match as unknown as [string, string, string];
  if (k !== serverPublicKey) throw new Error(`k is ${k}, the server's key is ${serverPublicKey}`);
  const [header, claims, signature] = jwt.split('.') as [string, string, string];
  const head = JSON.parse(Buffer.from(header, 'base64url').toString()) as { alg: string; typ: string };
  if (head.alg !== 'ES256') throw new Error(`alg ${head.alg}`);
  const point = Buffer.from(k, 'base64url');
  const key = createPublicKey({
    key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) },
    format: 'jwk',
  });
  const signed = verify(
    'sha256',
    Buffer.from(`${header}.${claims}`),
    { key, dsaEncoding: 'ieee-p1363' },
    Buffer.from(signature, 'base64url'),
  );
  if (!signed) throw new Error('the VAPID JWT is not signed by the server key');
  const body = JSON.parse(Buffer.from(claims, 'base64url').toString()) as { aud: string; exp: number; sub: string };
  if (body.aud !== audience) throw new Error(`aud ${body.aud}, expected ${audience}`);
  if (!(body.exp * 1000 > Date.now())) throw new Error('the VAPID JWT has expired');
  if (!/^(mailto:|https:)/.test(body.sub)) throw new Error(`sub ${body.sub}`);
  return body;
}
