// The address phones open for a center — the start of the QR code printed on every ticket. A kiosk
// opened as http://localhost would otherwise print codes no phone can open.
import { statusPath } from '../status-path.js';

/** An absolute http(s) address with a host, nothing after the path: what a public address may be. */
export function isPublicUrlShape(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && !url.search && !url.hash && !url.username;
}

/** As stored and used: without a trailing slash, so paths append cleanly. */
export function normalisePublicUrl(text: string): string {
  return text.trim().replace(/\/+$/, '');
}

/** A loopback host (localhost, 127.0.0.0/8, ::1): only the machine itself can open it. */
export function isLoopbackUrl(text: string): boolean {
  const host = new URL(text).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** The status page of a ticket at `base` (the center's public address, or where the kiosk runs). */
export function statusPageUrl(base: string, token: string): string {
  return normalisePublicUrl(base) + statusPath(token);
}
