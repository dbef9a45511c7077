// Resolves the session cookie to a staff member, and the one guard every staff route uses.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { can, type Permission } from '../../shared/permissions.js';
import type { StaffView } from '../../shared/types.js';
import type { AuthService } from '../domain/auth-service.js';
import { DomainError } from '../domain/domain-error.js';
import { readCookie, SESSION_COOKIE } from '../cookies.js';

declare module 'express-serve-static-core' {
  interface Request {
    staff?: StaffView | null;
  }
}

export function sessionResolver(auth: AuthService): RequestHandler {
  return (req: Request, _res: Response, next: NextFunction) => {
    req.staff = auth.staffForToken(readCookie(req.get('cookie'), SESSION_COOKIE));
    next();
  };
}

/** The signed-in staff member, or a 401. */
export function currentStaff(req: Request): StaffView {
  if (!req.staff) throw new DomainError('unauthenticated');
  return req.staff;
}

export function requirePermission(permission: Permission): RequestHandler {
  return (req, _res, next) => {
    const staff = currentStaff(req);
    if (!can(staff.role, permission)) throw new DomainError('forbidden');
    next();
  };
}
