// The staff session cookie: httpOnly, SameSite=Strict, never readable by page scripts.
import type { Request, Response } from 'express';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../cookies.js';

/**
 * `lifetimeMs` becomes Max-Age, which the browser counts from its own clock: an Expires date from the
 * server's clock (which may be set to another day, MOTCUA_CLOCK and tests) would be dropped at once
 * by a browser whose clock is later. The server keeps its own expiry beside the session.
 */
export function setSessionCookie(req: Request, res: Response, token: string, lifetimeMs: number): void {
  res.cookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: lifetimeMs,
  });
}

export function clearSessionCookie(res: Response): void {
  res.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** A paired screen's credential: httpOnly, kept a year, revoked server-side. */
export function setDeviceCookie(req: Request, res: Response, token: string): void {
  res.cookie(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: req.secure,
    path: '/',
    maxAge: 365 * 24 * 3600_000,
  });
}
