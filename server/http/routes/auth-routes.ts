// Staff sign-in and sign-out.
import { Router } from 'express';
import { loginSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { readCookie, SESSION_COOKIE } from '../../cookies.js';
import { clearSessionCookie, setSessionCookie } from '../cookies.js';
import type { LoginThrottle } from '../login-throttle.js';
import { parseBody } from '../validate.js';

export function authRoutes({ auth }: Domain, throttle: LoginThrottle): Router {
  const r = Router();
  r.post('/login', async (req, res) => {
    const { username, password } = parseBody(loginSchema, req.body);
    const session = await throttle.attempt(username, req.ip ?? 'unknown', () => auth.login(username, password));
    // The audit trail files the sign-in under the account (nobody was signed in when it began).
    res.locals.auditStaff = session.staff;
    setSessionCookie(req, res, session.token, session.lifetimeMs);
    res.json({ staff: session.staff });
  });
  r.post('/logout', (req, res) => {
    const token = readCookie(req.get('cookie'), SESSION_COOKIE);
    if (token) auth.logout(token);
    clearSessionCookie(res);
    res.json({ ok: true });
  });
  r.get('/me', (req, res) => {
    res.json({ staff: currentStaff(req) });
  });
  return r;
}
