// The address phones open for a center (the tickets' QR codes): its shape, the loopback addresses no
// phone can open, the status page under it, and MOTCUA_PUBLIC_URL read at start.
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { isLoopbackUrl, isPublicUrlShape, normalisePublicUrl, statusPageUrl } from '../../shared/rules/public-url.js';

describe('a public address', () => {
  it('is an absolute http(s) address with a host, and nothing after its path', () => {
    for (const good of ['https://motcua.example.vn', 'http://192.168.1.10:3000', 'https://example.vn/motcua/', 'http://[fd00::1]:3000']) {
      expect(isPublicUrlShape(good), good).toBe(true);
    }
    for (const bad of [
      'localhost:3000',
      'motcua.example.vn',
      'ftp://example.vn',
      'https://example.vn/?x=1',
      'https://example.vn/#a',
      'https://u:p@example.vn',
      '',
      'javascript:alert(1)',
    ]) {
      expect(isPublicUrlShape(bad), bad).toBe(false);
    }
  });

  it('is kept without its trailing slash, so the status page hangs under it', () => {
    expect(normalisePublicUrl(' https://example.vn/motcua/ ')).toBe('https://example.vn/motcua');
    expect(statusPageUrl('https://example.vn/motcua/', 'abc-DEF_123')).toBe('https://example.vn/motcua/status?t=abc-DEF_123');
  });

  it('is loopback for localhost, 127.0.0.0/8 and ::1 only', () => {
    for (const loop of [
      'http://localhost:3000',
      'http://LOCALHOST',
      'http://kiosk.localhost',
      'http://127.0.0.1:3000',
      'http://127.1.2.3',
      'http://[::1]:3000',
    ]) {
      expect(isLoopbackUrl(loop), loop).toBe(true);
    }
    for (const reachable of ['http://192.168.1.10:3000', 'https://motcua.example.vn', 'http://[fd00::1]', 'http://localhost.example.vn']) {
      expect(isLoopbackUrl(reachable), reachable).toBe(false);
    }
  });
});

describe('MOTCUA_PUBLIC_URL', () => {
  it('is read without its trailing slash; unset is none', () => {
    expect(readConfig({ MOTCUA_PUBLIC_URL: 'https://motcua.example.vn/' }).publicUrl).toBe('https://motcua.example.vn');
    expect(readConfig({}).publicUrl).toBeNull();
    expect(readConfig({ MOTCUA_PUBLIC_URL: ' ' }).publicUrl).toBeNull();
  });

  it('stops the start with the reason when it is not an absolute http(s) address', () => {
    expect(() => readConfig({ MOTCUA_PUBLIC_URL: 'motcua.example.vn' })).toThrow(/MOTCUA_PUBLIC_URL must be an absolute http/);
  });
});
