// The staff session cookie: httpOnly, SameSite=Strict, never readable by page scripts.
import type { Request, Response } from 'express';

export const SESSION_COOKIE = 'motcua_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

export function setSessionCookie(req: Request, res: Response, token: string, expiresAt: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** A paired screen's credential (wall, kiosk, rating): httpOnly, kept a year, revoked server-side. */
export const DEVICE_COOKIE = 'motcua_device';

export function setDeviceCookie(req: Request, res: Response, token: string): void {
  res.cookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: 365 * 24 * 3600_000,
  });
}
