// Daily numbering follows the center's local calendar (Asia/Ho_Chi_Minh, UTC+7), not UTC. Fixed instants on
// purpose: pure conversions of the instant given, which never read the real clock, so they cannot expire.
import { describe, expect, it } from 'vitest';
import { localDate, localParts } from '../../shared/rules/local-time.js';
import { formatTicketNumber } from '../../shared/rules/ticket-number.js';

const HCM = 'Asia/Ho_Chi_Minh';

describe('local time in Asia/Ho_Chi_Minh', () => {
  it('23:59 local on 2026-11-22 is 16:59 UTC the same day', () => {
    const at = Date.UTC(2026, 10, 22, 16, 59);
    expect(localDate(at, HCM)).toBe('2026-11-22');
    expect(localParts(at, HCM)).toEqual({ date: '2026-11-22', minutes: 23 * 60 + 59, weekday: 0 });
  });

  it('00:01 local on 2026-11-23 is 17:01 UTC on the previous UTC day', () => {
    const at = Date.UTC(2026, 10, 22, 17, 1);
    expect(new Date(at).toISOString().slice(0, 10)).toBe('2026-11-22');
    expect(localDate(at, HCM)).toBe('2026-11-23');
    expect(localParts(at, HCM)).toEqual({ date: '2026-11-23', minutes: 1, weekday: 1 });
  });

  it('local midnight is minute 0 of the new day (never hour 24 of the old one)', () => {
    const at = Date.UTC(2026, 10, 22, 17, 0);
    expect(localParts(at, HCM)).toEqual({ date: '2026-11-23', minutes: 0, weekday: 1 });
  });

  it('the office morning and a Friday', () => {
    expect(localParts(Date.UTC(2026, 10, 23, 2, 0), HCM)).toEqual({ date: '2026-11-23', minutes: 9 * 60, weekday: 1 });
    expect(localParts(Date.UTC(2026, 10, 27, 7, 30), HCM)).toEqual({ date: '2026-11-27', minutes: 14 * 60 + 30, weekday: 5 });
  });

  it('the same instant is another date in another zone', () => {
    const at = Date.UTC(2026, 10, 22, 17, 1);
    expect(localDate(at, 'UTC')).toBe('2026-11-22');
    expect(localDate(at, HCM)).toBe('2026-11-23');
  });
});

describe('formatTicketNumber', () => {
  it('pads to three digits and grows past 999', () => {
    expect(formatTicketNumber('A', 1)).toBe('A001');
    expect(formatTicketNumber('A', 12)).toBe('A012');
    expect(formatTicketNumber('A', 999)).toBe('A999');
    expect(formatTicketNumber('A', 1000)).toBe('A1000');
    expect(formatTicketNumber('AB', 7)).toBe('AB007');
  });
});
