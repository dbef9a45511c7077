// Which session is open at an instant, and which comes next (shared/rules/sessions.ts), on the fixture
// calendar (calendar-fixtures.ts): every date comes from the run's own date, so none can ever be past.
import { describe, expect, it } from 'vitest';
import { addDays, nextSession, sessionAt, sessionsOn, weekdayOf } from '../../shared/rules/sessions.js';
import { vnTime as vn } from '../support/test-dates.js';
import { NEXT_MONDAY, SATURDAY, SUNDAY, TET, TET_WEEKDAY, WEEK, calendar } from './calendar-fixtures.js';

describe('session resolution', () => {
  it('knows the weekday of a date', () => {
    expect(weekdayOf(WEEK.monday)).toBe(1);
    expect(weekdayOf(SUNDAY)).toBe(0);
  });

  it('finds the morning and afternoon office hours and nothing at lunch', () => {
    expect(sessionAt(calendar, vn(WEEK.monday, '07:30'))?.kind).toBe('regular');
    expect(sessionAt(calendar, vn(WEEK.monday, '11:29'))?.start).toBe(7 * 60 + 30);
    expect(sessionAt(calendar, vn(WEEK.monday, '11:30'))).toBeNull();
    expect(sessionAt(calendar, vn(WEEK.monday, '12:15'))).toBeNull();
    expect(sessionAt(calendar, vn(WEEK.monday, '16:59'))?.end).toBe(17 * 60);
    expect(sessionAt(calendar, vn(WEEK.monday, '17:00'))).toBeNull();
  });

  it('puts Tuesday 19:30 in the evening session, and Monday 19:30 in none', () => {
    expect(sessionAt(calendar, vn(WEEK.tuesday, '19:30'))?.kind).toBe('extra');
    expect(sessionAt(calendar, vn(WEEK.monday, '19:30'))).toBeNull();
  });

  it('closes on weekends and holidays', () => {
    expect(sessionAt(calendar, vn(SATURDAY, '09:00'))).toBeNull();
    expect(sessionAt(calendar, vn(TET_WEEKDAY, '09:00'))).toBeNull(); // a weekday in Tết
    expect(sessionsOn(calendar, TET_WEEKDAY)).toEqual([]);
  });

  it('holds an outreach session at its place instead of the usual morning, and the afternoon at the center', () => {
    const morning = sessionAt(calendar, vn(WEEK.thursday, '09:00'));
    expect(morning?.kind).toBe('outreach');
    expect(morning?.outreach?.placeVi).toBe('Nhà văn hóa tổ dân phố 5');
    const afternoon = sessionAt(calendar, vn(WEEK.thursday, '14:00'));
    expect(afternoon?.kind).toBe('regular');
    expect(afternoon?.outreach).toBeNull();
    expect(sessionsOn(calendar, WEEK.thursday).map((s) => s.kind)).toEqual(['outreach', 'regular', 'extra']);
  });

  it('says when the next session opens', () => {
    const lunch = nextSession(calendar, vn(WEEK.monday, '12:00'));
    expect(lunch).toMatchObject({ date: WEEK.monday, start: 13 * 60 + 30 });
    const friday = nextSession(calendar, vn(WEEK.friday, '17:30'));
    expect(friday).toMatchObject({ date: NEXT_MONDAY, start: 7 * 60 + 30 }); // after the weekend
    // The Friday before the break (which starts on a Saturday), after hours: the Monday after it.
    const tet = nextSession(calendar, vn(addDays(TET[0], -1), '17:30'));
    expect(tet?.date).toBe(addDays(TET.at(-1)!, 1));
  });
});
