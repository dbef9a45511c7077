// The backoff after `io server disconnect` (ui/live-socket.ts): doubling from 1 s to at most 30 s,
// each wait spread ±50 % so the screens of a restarted server do not all reconnect at once.
import { describe, expect, it } from 'vitest';
import { serverDisconnectDelay } from '../../ui/live-socket.js';

describe('the wait before reconnecting after the server ended the link', () => {
  it('doubles from 1 s and stops at 30 s, at the middle of its spread', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 20].map((n) => serverDisconnectDelay(n, () => 0.5))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('spreads each wait from half to one and a half of it', () => {
    expect(serverDisconnectDelay(0, () => 0)).toBe(500);
    expect(serverDisconnectDelay(0, () => 0.999_999)).toBe(1500);
    expect(serverDisconnectDelay(9, () => 0)).toBe(15_000);
    expect(serverDisconnectDelay(9, () => 0.999_999)).toBe(45_000);
  });
});
