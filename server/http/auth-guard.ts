// Resolves the session cookie to a staff member and the bearer token to an API key, and the one
// guard every non-public route uses: a role's permission, or a key's scope.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { can } from '../../shared/permissions.js';
import type { ApiKeyView, StaffView } from '../../shared/types.js';
import type { ApiKeys } from '../domain/api-keys.js';
import type { AuthService } from '../domain/auth-service.js';
import { DomainError } from '../domain/domain-error.js';
import { readCookie, SESSION_COOKIE } from '../cookies.js';
import type { TokenBuckets } from './rate-limit.js';
import type { Access } from './route-spec.js';

declare module 'express-serve-static-core' {
  interface Request {
    staff?: StaffView | null;
    apiKey?: ApiKeyView | null;
  }
}

export function sessionResolver(auth: AuthService): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.staff = auth.staffForToken(readCookie(req.get('cookie'), SESSION_COOKIE));
    next();
  };
}

/**
 * `Authorization: Bearer mc_…`: the call is the key's, never a staff member's (a cookie beside it is
 * not read). A token that opens no live key is 401 on any route; each key takes from its own bucket.
 */
export function apiKeyResolver(keys: ApiKeys, perKey: TokenBuckets): RequestHandler {
  return (req, _res, next) => {
    req.apiKey = null;
    const header = req.get('authorization');
    if (header === undefined) return next();
    const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
    const key = m ? keys.resolve(m[1]) : null;
    if (!key) throw new DomainError('api-key-invalid');
    req.staff = null;
    req.apiKey = key;
    const wait = perKey.take(String(key.id));
    if (wait > 0) throw new DomainError('rate-limited', { seconds: wait });
    next();
  };
}

/** The signed-in staff member, or a 401. */
export function currentStaff(req: Request): StaffView {
  if (!req.staff) throw new DomainError('unauthenticated');
  return req.staff;
}

/** The API key of the call, or a 401. */
export function currentKey(req: Request): ApiKeyView {
  if (!req.apiKey) throw new DomainError('unauthenticated');
  return req.apiKey;
}

/** A key needs the route's key scope; staff the route's permission ('api-key' routes take none). */
export function requireAccess(access: Access): RequestHandler {
  return (req, _res, next) => {
    if (req.apiKey) {
      if (!access.key || !req.apiKey.scopes.includes(access.key)) throw new DomainError('forbidden');
    } else {
      const staff = currentStaff(req);
      if (access.who === 'public' || access.who === 'api-key' || !can(staff.role, access.who)) throw new DomainError('forbidden');
    }
    next();
  };
}
