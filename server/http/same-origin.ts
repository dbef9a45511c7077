// Cookie-authenticated writes must come from our own pages: a foreign Origin (or, without one, a
// foreign Referer) is refused with 403 'cross-site'. SameSite=Strict already keeps the cookie off
// cross-site requests; this holds even where a browser ignores it. Clients without either header
// (not a browser page) are let through: they cannot ride on a citizen's or clerk's cookie.
import type { Request, RequestHandler } from 'express';
import { DomainError } from '../domain/domain-error.js';
import { DEVICE_COOKIE, readCookie, SESSION_COOKIE } from '../cookies.js';

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return 'invalid';
  }
}

/** A write that carries one of our cookies: only those can ride on a citizen's or clerk's session. */
function cookieWrite(req: Request): boolean {
  if (req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return false;
  const cookies = req.get('cookie');
  return Boolean(readCookie(cookies, SESSION_COOKIE) ?? readCookie(cookies, DEVICE_COOKIE));
}

export const sameOriginWrites: RequestHandler = (req, _res, next) => {
  if (cookieWrite(req)) {
    const origin = req.get('origin');
    const from = origin !== undefined && origin !== 'null' ? hostOf(origin) : hostOf(req.get('referer'));
    if (origin === 'null' || (from !== null && from !== req.get('host'))) throw new DomainError('cross-site');
  }
  next();
};
