// Staff sign-in and sign-out.
import { emptySchema, loginSchema } from '../../../shared/schemas.js';
import { readCookie, SESSION_COOKIE } from '../../cookies.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { clearSessionCookie, setSessionCookie } from '../cookies.js';
import type { LoginThrottle } from '../login-throttle.js';
import { defineRoute, type RouteSpec } from '../route-spec.js';

/** `signedOut` disconnects the sockets of a session that signed out. */
export function authRoutes({ auth }: Domain, throttle: LoginThrottle, signedOut: (sessionId: string) => void): RouteSpec[] {
  return [
    defineRoute({
      method: 'POST',
      path: '/auth/login',
      summary: 'Sign in; sets the session cookie',
      access: { who: 'public', scope: 'none' },
      body: loginSchema,
      examples: { request: { username: 'canbo1', password: 'mật-khẩu-của-cán-bộ' }, errors: ['invalid-credentials', 'login-locked'] },
      handle: async ({ body: { username, password }, req, res }) => {
        const session = await throttle.attempt(username, req.ip ?? 'unknown', () => auth.login(username, password));
        // The audit trail files the sign-in under the account (nobody was signed in when it began).
        res.locals.auditStaff = session.staff;
        setSessionCookie(req, res, session.token, session.lifetimeMs);
        return { staff: session.staff };
      },
    }),
    defineRoute({
      method: 'POST',
      path: '/auth/logout',
      summary: 'Sign out: ends the session and its sockets',
      access: { who: 'public', scope: 'own' },
      body: emptySchema,
      examples: { request: {}, errors: [] },
      handle: ({ req, res }) => {
        const token = readCookie(req.get('cookie'), SESSION_COOKIE);
        if (token) signedOut(auth.logout(token));
        clearSessionCookie(res);
        return { ok: true };
      },
    }),
    defineRoute({
      method: 'GET',
      path: '/auth/me',
      summary: 'The signed-in staff member',
      access: { who: 'staff:read', scope: 'own' },
      handle: ({ req }) => ({ staff: currentStaff(req) }),
    }),
  ];
}
