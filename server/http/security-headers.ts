// Security headers for every answer (pages and API), by hand rather than a dependency. The CSP fits
// the Vite-built screens: own scripts only, Lit's styles, QR codes as data: images, the socket, the
// status page's service worker.
import type { RequestHandler } from 'express';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Lit sets style attributes and may fall back to <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "media-src 'self' data: blob:",
  // CSP Level 3: 'self' also covers this origin's own websocket (ws: or wss:), and no other host's.
  "connect-src 'self'",
  // The status page's service worker (call-back notifications), from this origin only.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = Object.entries({
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
});

// Node's own setHeader: express's res.set() re-checks every value, on every request.
export const securityHeaders: RequestHandler = (_req, res, next) => {
  for (const [name, value] of HEADERS) res.setHeader(name, value);
  next();
};
