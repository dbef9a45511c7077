// Reading the cookies a stranger sends, shared by HTTP and sockets. The `cookie` package never
// throws: a value whose percent-encoding is broken (`%zz`) comes back as it was sent.
import { parse } from 'cookie';

export const SESSION_COOKIE = 'motcua_session';
/** A paired screen's credential (wall, kiosk, rating). */
export const DEVICE_COOKIE = 'motcua_device';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  return parse(header)[name];
}
