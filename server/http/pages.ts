// Serves the built screens (Vite's dist/) under short, memorable URLs.
import express, { Router } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Short URL → built page. Every screen takes `?center=<id>` (default: the first center). */
export const SCREENS = {
  '/': 'index.html',
  '/kiosk': 'display/kiosk.html',
  '/wall': 'display/wall.html',
  '/booking': 'display/booking.html',
  '/status': 'display/status.html',
  '/rating': 'display/rating.html',
  '/counter': 'counter/index.html',
  '/reception': 'counter/reception.html',
  '/leader': 'counter/leader.html',
  '/admin': 'counter/admin.html',
  '/board': 'display/board.html',
  '/province': 'display/province.html',
  '/pair': 'display/pair.html',
} as const;

export function pageRoutes(distDir: string): Router {
  const r = Router();
  if (!existsSync(distDir)) {
    r.get('/', (_req, res) => {
      res.type('text').send('motcua: the screens are not built yet. Run `npm run build` (npm start does it for you).');
    });
    return r;
  }
  for (const [path, file] of Object.entries(SCREENS)) {
    r.get(path, (_req, res) => res.sendFile(join(distDir, file)));
  }
  // The status page's service worker, at the root so its scope can cover /status; no cache keeps an
  // old one between the browser's checks for a new release.
  r.get('/status-sw.js', (_req, res) => res.sendFile(join(distDir, 'status-sw.js'), { headers: { 'Cache-Control': 'no-cache' } }));
  r.use(express.static(distDir, { index: false, maxAge: '1h' }));
  return r;
}
