// Staff sign-in and sign-out.
import { Router } from 'express';
import { loginSchema } from '../../../shared/schemas.js';
import type { Domain } from '../../domain/index.js';
import { currentStaff } from '../auth-guard.js';
import { clearSessionCookie, readCookie, SESSION_COOKIE, setSessionCookie } from '../cookies.js';
import { parseBody } from '../validate.js';

export function authRoutes({ auth }: Domain): Router {
  const r = Router();
  r.post('/login', async (req, res) => {
    const { username, password } = parseBody(loginSchema, req.body);
    const session = await auth.login(username, password);
    setSessionCookie(req, res, session.token, session.expiresAt);
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
