// Which session is open at an instant, and which comes next (shared/rules/sessions.ts). Fixed dates of 2026
// on purpose: the rules are pure functions of the instant given and never read the real clock, so these
// dates cannot expire.
import { describe, expect, it } from 'vitest';
import { nextSession, sessionAt, sessionsOn, weekdayOf } from '../../shared/rules/sessions.js';
import { calendar, vn } from './calendar-fixtures.js';

describe('session resolution', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf('2026-11-23')).toBe(1); // Monday
    expect(weekdayOf('2026-11-29')).toBe(0); // Sunday
  });

  it('finds the morning and afternoon office hours and nothing at lunch', () => {
    expect(sessionAt(calendar, vn('2026-11-23T07:30'))?.kind).toBe('regular');
    expect(sessionAt(calendar, vn('2026-11-23T11:29'))?.start).toBe(7 * 60 + 30);
    expect(sessionAt(calendar, vn('2026-11-23T11:30'))).toBeNull();
    expect(sessionAt(calendar, vn('2026-11-23T12:15'))).toBeNull();
    expect(sessionAt(calendar, vn('2026-11-23T16:59'))?.end).toBe(17 * 60);
    expect(sessionAt(calendar, vn('2026-11-23T17:00'))).toBeNull();
  });

  it('puts Tuesday 19:30 in the evening session, and Monday 19:30 in none', () => {
    expect(sessionAt(calendar, vn('2026-11-24T19:30'))?.kind).toBe('extra');
    expect(sessionAt(calendar, vn('2026-11-23T19:30'))).toBeNull();
  });

  it('closes on weekends and holidays', () => {
    expect(sessionAt(calendar, vn('2026-11-28T09:00'))).toBeNull(); // Saturday
    expect(sessionAt(calendar, vn('2026-02-20T09:00'))).toBeNull(); // Friday in Tết
    expect(sessionsOn(calendar, '2026-09-02')).toEqual([]);
  });

  it('holds an outreach session at its place instead of the usual morning, and the afternoon at the center', () => {
    const morning = sessionAt(calendar, vn('2026-11-26T09:00'));
    expect(morning?.kind).toBe('outreach');
    expect(morning?.outreach?.placeVi).toBe('Nhà văn hóa tổ dân phố 5');
    const afternoon = sessionAt(calendar, vn('2026-11-26T14:00'));
    expect(afternoon?.kind).toBe('regular');
    expect(afternoon?.outreach).toBeNull();
    expect(sessionsOn(calendar, '2026-11-26').map((s) => s.kind)).toEqual(['outreach', 'regular', 'extra']);
  });

  it('says when the next session opens', () => {
    const lunch = nextSession(calendar, vn('2026-11-23T12:00'));
    expect(lunch).toMatchObject({ date: '2026-11-23', start: 13 * 60 + 30 });
    const friday = nextSession(calendar, vn('2026-11-27T17:30'));
    expect(friday).toMatchObject({ date: '2026-11-30', start: 7 * 60 + 30 }); // after the weekend
    const tet = nextSession(calendar, vn('2026-02-13T17:30'));
    expect(tet?.date).toBe('2026-02-23'); // after the Tết break
  });
});
